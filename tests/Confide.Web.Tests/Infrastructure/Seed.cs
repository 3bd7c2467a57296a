using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Staff;
using Confide.Data.Families;
using Confide.Data.Organisations;
using Confide.Data.Staff;
using Confide.Data.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Web.Tests.Infrastructure;

/// <summary>Seeds organisations, accounts and families through the app's own services.</summary>
public sealed class Seed(ConfideWebFactory factory)
{
    public async Task<Organisation> OrganisationAsync(string name = "Scheme A") =>
        (await With<OrganisationRecords, Core.Common.Result<Organisation>>(o => o.CreateAsync(name, "suffolk", 1, "id: suffolk", false))).Value;

    public async Task<UserId> UserAsync(Organisation org, params Role[] roles) =>
        (await With<StaffAccounts, Core.Common.Result<UserId>>(s =>
            s.AddAsync(org.Id, $"{Guid.NewGuid():N}@example.org", "Test person", roles, "correct horse battery staple"))).Value;

    public async Task<FamilyFile> FamilyAsync(Organisation org, UserId coordinator, string given = "Ada", string family = "Quillfeather")
    {
        var details = new FamilyBuilder().WithAdult(given, family).WithChild(age: 6, given: "Bram", family: family).Build();
        var result = await With<FamilyRecords, Core.Common.Result<FamilyFile>>(r => r.OpenAsync(org.Id, coordinator, details, FamilyBuilder.Referral(), coordinator));
        result.Errors.ShouldBeEmpty();
        return result.Value;
    }

    public async Task MatchAsync(Organisation org, FamilyId family, UserId volunteer, DateOnly? endedOn = null)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var match = await With<SupportRecords, Core.Common.Result<VolunteerMatch>>(s => s.MatchVolunteerAsync(org.Id, family, volunteer, today.AddDays(-30)));
        if (endedOn is { } end)
        {
            (await With<SupportRecords, Core.Common.Result<VolunteerMatch>>(s => s.EndMatchAsync(org.Id, match.Value.Id, end))).Succeeded.ShouldBeTrue();
        }
    }

    public async Task<T> With<TService, T>(Func<TService, Task<T>> work) where TService : notnull
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
