using System.Data.Common;
using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Portal;
using Confide.Core.Sharing;
using Confide.Core.Staff;
using Confide.Data.Audit;
using Confide.Data.Families;
using Confide.Data.Migrations;
using Confide.Data.Organisations;
using Confide.Data.Portal;
using Confide.Data.Records;
using Confide.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Data.Tests.Portal;

/// <summary>The portal's services over a test store, wired as the web app wires them, with a family to share from.</summary>
internal sealed class PortalNode : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private PortalNode(TestStore store, ServiceProvider services) => (Store, _services) = (store, services);

    public TestStore Store { get; }
    public Organisation Organisation { get; private set; } = null!;
    public UserId Coordinator { get; private set; }
    public FamilyFile Family { get; private set; } = null!;
    public AuditReader Audit => _services.GetRequiredService<AuditReader>();

    /// <param name="provider">The engine.</param>
    /// <param name="profile">A shipped profile for the organisation (its YAML as shipped), or null for a minimal Suffolk one.</param>
    public static async Task<PortalNode> StartAsync(Data.Storage.DatabaseProvider provider, string? profile = null)
    {
        var store = await TestStore.CreateAsync(provider);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(store.Clock);
        services.AddLogging();
        services.AddConfideData(store.Options, store.MasterKey);
        services.AddConfideAudit();
        services.AddPortalRecords();
        var node = new PortalNode(store, services.BuildServiceProvider());
        node.Organisation = profile is null
            ? await store.CreateOrganisationAsync()
            : (await store.WithAsync<OrganisationRecords, Core.Common.Result<Organisation>>(o =>
                o.CreateAsync("Shipped profile scheme", profile, 1, SeedProfiles.Find(profile)!, false))).Value;
        node.Coordinator = await store.AddUserAsync(node.Organisation, Role.Coordinator);
        node.Family = (await node.WithAsync<FamilyRecords, Core.Common.Result<FamilyFile>>(f => f.OpenAsync(node.Organisation.Id, node.Coordinator,
            new FamilyBuilder().WithAdult("Harriet", "Applegarth").WithChild(4, "Rowan").Build(), FamilyBuilder.Referral(), node.Coordinator))).Value;
        return node;
    }

    public ShareParcel Parcel(string recipient = "Dr Imogen Vale", TimeSpan? expiresIn = null, params SharedItemCopy[] items) =>
        new(Organisation.Id, Family.Family.Id, Guid.NewGuid(), Guid.NewGuid(), recipient,
            items.Length == 0
                ? [new SharedItemCopy("member:rowan:date_of_birth", InformationKind.ContactDetails, "Date of birth of the youngest child", "3 March 2022"),
                   new SharedItemCopy("note:1", InformationKind.ProgressAndCircumstances, "Visit note, 12 November", "Harriet finds mornings hard; Rowan settled.")]
                : items,
            Store.Clock.Now + (expiresIn ?? TimeSpan.FromDays(7)), Coordinator);

    public async Task<PublishedShare> PublishAsync(ShareParcel? parcel = null)
    {
        var published = await WithAsync<ISecureShareChannel, Core.Common.Result<PublishedShare>>(c => c.PublishAsync(parcel ?? Parcel()));
        published.Errors.ShouldBeEmpty();
        return published.Value;
    }

    public Task<UnlockResult> UnlockAsync(PublishedShare share, string? passcode, bool acceptedTerms = false) =>
        WithAsync<PortalDesk, UnlockResult>(d => d.UnlockAsync(share.LinkPath["/share/".Length..], passcode, "test", acceptedTerms));

    public async Task<T> WithAsync<TService, T>(Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task<int> CountAsync(Func<ConfideDbContext, Task<int>> count) => WithAsync(count);

    /// <summary>Runs SQL straight on the records database, as someone with database access could.</summary>
    public async Task<int> ExecuteAsync(string sql)
    {
        await using var connection = SchemaMigrator.Open(Store.Provider, Store.Options.RecordsConnectionString);
        await connection.OpenAsync();
        await using DbCommand cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return await cmd.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Store.DisposeAsync();
    }
}
