using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Data.Families;
using Confide.Data.Organisations;
using Confide.Data.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Cli.Tests.Infrastructure;

/// <summary>Reads back what the CLI wrote, decrypted through the real record services.</summary>
public static class DemoFiles
{
    public static async Task<Organisation> SingleOrganisationAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<OrganisationRecords>().ListAsync()).ShouldHaveSingleItem();
    }

    /// <summary>Every family file of the organisation, in reference order.</summary>
    public static async Task<IReadOnlyList<FamilyFile>> AllAsync(IServiceProvider services)
    {
        var org = await SingleOrganisationAsync(services);
        await using var scope = services.CreateAsyncScope();
        var ids = await scope.ServiceProvider.GetRequiredService<ConfideDbContext>().Families
            .OrderBy(f => f.Reference).Select(f => f.Id).ToListAsync();
        var records = scope.ServiceProvider.GetRequiredService<FamilyRecords>();
        var files = new List<FamilyFile>();
        foreach (var id in ids)
        {
            files.Add((await records.GetAsync(org.Id, new FamilyId(id)))!);
        }

        return files;
    }

    /// <summary>A family as plain text (names, dates of birth, postcode) for comparing two runs.</summary>
    public static string Describe(FamilyFile file) =>
        $"{file.Family.Reference} {file.Family.Postcode} {file.Family.Address} | " +
        string.Join("; ", file.Family.Members.Select(m => $"{m.Kind} {m.GivenName} {m.FamilyName} {m.DateOfBirth}")) +
        $" | notes {file.Notes.Count}";
}
