using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Confide.Core.Access;
using Confide.Core.Audit;
using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Sharing;
using Confide.Core.Staff;
using Confide.Data.Access;
using Confide.Data.ApiTokens;
using Confide.Data.Audit;
using Confide.Data.Families;
using Confide.Data.Organisations;
using Confide.Data.Records;
using Confide.Data.Staff;
using Confide.Data.Storage;
using Confide.Data.Tests.Consent;
using Confide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Web.Tests.Consent;

/// <summary>The real app on a fresh database with a dictionary-backed agency register, organisations on shipped profiles, accounts, families and tokens.</summary>
public sealed class ConsentWorld : IAsyncDisposable
{
    private ConsentWorld(ConfideWebFactory factory, FakeAgencyDirectory agencies)
    {
        Factory = factory;
        Agencies = agencies;
    }

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public ConfideWebFactory Factory { get; }

    public FakeAgencyDirectory Agencies { get; }

    public static async Task<ConsentWorld> CreateAsync(DatabaseProvider provider)
    {
        var agencies = new FakeAgencyDirectory();
        var factory = await ConfideWebFactory.CreateAsync(provider, configure: b => b.ConfigureTestServices(s => s.AddSingleton<IAgencyDirectory>(agencies)));
        return new ConsentWorld(factory, agencies);
    }

    public Task<Organisation> OrganisationAsync(string profile = "suffolk", string? name = null) =>
        WithAsync<OrganisationRecords, Organisation>(async o => (await o.CreateAsync(name ?? $"Scheme {profile} {Guid.NewGuid():N}", profile, 1, SeedProfiles.Find(profile)!, false)).Value);

    public Task<UserId> AccountAsync(Organisation org, Role role, string? email = null) =>
        WithAsync<StaffAccounts, UserId>(async s => (await s.AddAsync(org.Id, email ?? $"{Guid.NewGuid():N}@example.org", $"Test {role}", [role], "correct horse battery staple")).Value);

    /// <summary>An API client acting as a new account of <paramref name="org"/> with <paramref name="role"/>.</summary>
    public async Task<(UserId Id, HttpClient Client)> SignedInAsync(Organisation org, Role role)
    {
        var email = $"{Guid.NewGuid():N}@example.org";
        var id = await AccountAsync(org, role, email);
        var token = await WithAsync<PersonalApiTokens, PersonalApiTokens.IssuedToken>(async t => (await t.CreateAsync(email, 30, "tests")).Value);
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        return (id, client);
    }

    public Task<FamilyFile> FamilyAsync(Organisation org, UserId coordinator) =>
        WithAsync<FamilyRecords, FamilyFile>(async f => (await f.OpenAsync(org.Id, coordinator,
            new FamilyDetails("12 Orchard Row, Bury St Edmunds", "IP33 1AB", [
                new MemberDetails(MemberKind.Adult, "Harriet", "Applegarth", null),
                new MemberDetails(MemberKind.Child, "Rowan", "Applegarth", Today.AddYears(-13).AddDays(-20)),
            ]),
            new ReferralDetails("Health visitor", Today.AddDays(-3), "Isolated after a house move", true), coordinator)).Value);

    public Task<bool> MatchAsync(Organisation org, FamilyId family, UserId volunteer) =>
        WithAsync<SupportRecords, bool>(async s => (await s.MatchVolunteerAsync(org.Id, family, volunteer, Today.AddDays(-10))).Succeeded);

    /// <summary>Starts an access session with a case-work reason, as the reason page would (suffolk asks everyone for one).</summary>
    public Task<bool> GiveReasonAsync(Organisation org, UserId user, FamilyId family) =>
        WithAsync<AccessSessions, bool>(async s => (await s.StartAsync(org.Id, user, "family", family.Value,
            new AccessReason(AccessPurpose.CaseWork, "Consent review"), false)).Succeeded);

    public Task<(int Consents, int Notices, int Agreements)> CountsAsync() => WithAsync<ConfideDbContext, (int, int, int)>(async db =>
        (await db.Consents.CountAsync(), await db.PrivacyNoticeExplanations.CountAsync(), await db.ServiceAgreements.CountAsync()));

    public Task<CoverageAnswer> CoverAsync(Organisation org, FamilyFile file, Agency agency, DateOnly on) =>
        WithAsync<IConsentCoverageSource, CoverageAnswer>(s => s.AnswerAsync(org.Id, new CoverageQuestion(file.Family.Id, agency.Id, agency.Category, false, false,
            SharingPurpose.CoordinatingSupport, new HashSet<InformationKind> { InformationKind.SupportGiven }, new HashSet<Guid> { file.Family.Members[0].Id.Value }, on)));

    public async Task<IReadOnlyList<AuditEvent>> AuditAsync(Organisation org, FamilyId family) =>
        (await Factory.Services.GetRequiredService<AuditReader>().QueryAsync(new AuditQuery(org.Id) { ResourceKind = "family", ResourceId = family.ToString(), Limit = 200 }))
            .OrderBy(e => e.Sequence).Select(e => e.Event).ToList();

    /// <summary>A written consent by the family's first adult to <paramref name="agency"/>, as the API takes it.</summary>
    public static object Written(FamilyFile file, Guid agency, DateOnly givenOn) => new
    {
        memberId = file.Family.Members[0].Id.Value,
        role = "parent",
        granted = true,
        scope = "specific",
        agencyId = agency,
        purposes = new[] { "coordinating_support" },
        kinds = new[] { "support_given", "progress_and_circumstances" },
        evidence = "written",
        writtenReference = "FORM-2026-031",
        visit = "initial",
        givenOn,
    };

    public static Uri Url(string path) => new(path, UriKind.Relative);

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, object body) =>
        await client.PostAsJsonAsync(Url(path), body);

    public async Task<T> WithAsync<TService, T>(Func<TService, Task<T>> work) where TService : notnull
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
}
