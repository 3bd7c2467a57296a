using System.Text;
using Confide.Core.Common;
using Confide.Core.Consent;
using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Sharing;
using Confide.Core.Staff;
using Confide.Data.Consent;
using Confide.Data.Families;
using Confide.Data.Organisations;
using Confide.Data.Records;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Data.Tests.Consent;

public sealed class ConsentRecordsTests
{
    private readonly FakeAgencyDirectory _agencies = new();

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task RecordAndList_RoundTripsEveryRecordAndEncryptsTheFamilysWords(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (org, coordinator, file) = await SeedAsync(store, "leicestershire");
        var agency = _agencies.Add(org.Id);
        var teenager = file.Family.Members.Single(m => m.Kind == MemberKind.Child);
        var today = store.Clock.Today;

        var notice = await Consents(store, c => c.RecordNoticeAsync(org.Id, file.Family.Id, coordinator, new PrivacyNoticeDetails
        {
            NoticeVersion = "PN-2024-03", ExplainedOn = today, ExplainedBy = coordinator, Verbally = true, LeafletVersion = "Leaflet v4",
            SharingExplained = true, RefusalConsequencesExplained = true, AbsentPartner = AbsentPartner.NotTold, AbsentPartnerWhyNot = "Zebediah is in prison",
        }));
        var agreement = await Consents(store, c => c.RecordAgreementAsync(org.Id, file.Family.Id, coordinator, today));
        var parent = await Consents(store, c => c.RecordConsentAsync(org.Id, file.Family.Id, coordinator, Written(file, agency.Id, today)));
        var child = await Consents(store, c => c.RecordConsentAsync(org.Id, file.Family.Id, coordinator, Written(file, agency.Id, today) with
        {
            GivenBy = teenager.Id, Role = ConsentGiverRole.Child, ChildCompetent = true, CompetenceNote = "Quentin asked who would read it",
            Evidence = ConsentEvidenceKind.Oral, WrittenReference = null, Witness = coordinator, OralOn = today, OralAt = new TimeOnly(15, 5),
            Wording = "Xylophone lessons can be mentioned", ExpiresOn = today.AddYears(1),
        }));

        var listed = await Consents(store, c => c.ListAsync(org.Id, file.Family.Id));

        listed!.Notices.ShouldHaveSingleItem().ShouldBe(notice.Value);
        listed.Agreements.ShouldHaveSingleItem().ShouldBe(agreement.Value);
        listed.Consents.Count.ShouldBe(2);
        AssertSame(listed.Consents.Single(c => c.Id == parent.Value.Id), parent.Value);
        AssertSame(listed.Consents.Single(c => c.Id == child.Value.Id), child.Value);
        var raw = await RawTextAsync(store);
        raw.ShouldNotContain("Zebediah");
        raw.ShouldNotContain("Quentin");
        raw.ShouldNotContain("Xylophone");
        raw.ShouldContain("PN-2024-03");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Withdraw_StopsCoverageFromThatDay_AndCannotBeRepeated(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (org, coordinator, file) = await SeedAsync(store, "suffolk");
        var agency = _agencies.Add(org.Id);
        var today = store.Clock.Today;
        var consent = (await Consents(store, c => c.RecordConsentAsync(org.Id, file.Family.Id, coordinator, Written(file, agency.Id, today.AddDays(-30))))).Value;
        var before = await CoverAsync(store, org, file, agency, today);

        var withdrawn = await Consents(store, c => c.WithdrawAsync(org.Id, file.Family.Id, consent.Id, coordinator, today, "Phoned the office"));
        var after = await CoverAsync(store, org, file, agency, today);
        var dayBefore = await CoverAsync(store, org, file, agency, today.AddDays(-1));
        var again = await Consents(store, c => c.WithdrawAsync(org.Id, file.Family.Id, consent.Id, coordinator, today, "Again"));

        before.ConsentId.ShouldBe(consent.Id.Value);
        withdrawn.Value.Withdrawal!.On.ShouldBe(today);
        after.Covered.ShouldBeFalse();
        after.Explanation.ShouldBe($"The consent of {ConsentWording.Date(today.AddDays(-30))} to the agency named was withdrawn on {ConsentWording.Date(today)}.");
        dayBefore.Covered.ShouldBeTrue();
        again.Errors.ShouldHaveSingleItem().Code.ShouldBe("consent.already_withdrawn");
        var stored = (await Consents(store, c => c.ListAsync(org.Id, file.Family.Id)))!.Consents.Single();
        stored.Withdrawal!.HowTold.ShouldBe("Phoned the office");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task AnotherOrganisationsFamily_IsRefusedAndNothingIsWritten(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (org, coordinator, file) = await SeedAsync(store, "suffolk");
        var (other, stranger, _) = await SeedAsync(store, "wirral", "Other Scheme");
        var agency = _agencies.Add(org.Id);
        var today = store.Clock.Today;
        var consent = (await Consents(store, c => c.RecordConsentAsync(org.Id, file.Family.Id, coordinator, Written(file, agency.Id, today)))).Value;
        var counts = await CountsAsync(store);

        var record = await Consents(store, c => c.RecordConsentAsync(other.Id, file.Family.Id, stranger, Written(file, agency.Id, today)));
        var notice = await Consents(store, c => c.RecordNoticeAsync(other.Id, file.Family.Id, stranger, new PrivacyNoticeDetails { NoticeVersion = "PN-1", ExplainedOn = today, ExplainedBy = stranger, Verbally = true, AbsentPartner = AbsentPartner.NotApplicable }));
        var agreement = await Consents(store, c => c.RecordAgreementAsync(other.Id, file.Family.Id, stranger, today));
        var withdraw = await Consents(store, c => c.WithdrawAsync(other.Id, file.Family.Id, consent.Id, stranger, today, "Letter"));
        var list = await Consents(store, c => c.ListAsync(other.Id, file.Family.Id));
        var cover = await store.WithAsync<IConsentCoverageSource, CoverageAnswer>(s => s.AnswerAsync(other.Id, Question(file, agency, today)));

        record.Errors.ShouldHaveSingleItem().Code.ShouldBe("not_found");
        notice.Errors.ShouldHaveSingleItem().Code.ShouldBe("not_found");
        agreement.Errors.ShouldHaveSingleItem().Code.ShouldBe("not_found");
        withdraw.Errors.ShouldHaveSingleItem().Code.ShouldBe("not_found");
        list.ShouldBeNull();
        cover.Covered.ShouldBeFalse();
        (await CountsAsync(store)).ShouldBe(counts);
        (await Consents(store, c => c.ListAsync(org.Id, file.Family.Id)))!.Consents.Single().Withdrawal.ShouldBeNull();
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task BadInput_WritesNothing(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (org, coordinator, file) = await SeedAsync(store, "cumbria");
        var agency = _agencies.Add(org.Id);
        var today = store.Clock.Today;
        var outsider = await store.AddUserAsync(await store.CreateOrganisationAsync("Elsewhere"), Core.Staff.Role.Coordinator);
        var volunteer = await store.AddUserAsync(org, Core.Staff.Role.Volunteer);

        var oral = await Consents(store, c => c.RecordConsentAsync(org.Id, file.Family.Id, coordinator, Written(file, agency.Id, today) with
        {
            Evidence = ConsentEvidenceKind.Oral, Witness = outsider, OralOn = today, OralAt = new TimeOnly(10, 0), Wording = "Yes",
        }));
        var unregistered = await Consents(store, c => c.RecordConsentAsync(org.Id, file.Family.Id, coordinator, Written(file, Guid.NewGuid(), today)));
        var notice = await Consents(store, c => c.RecordNoticeAsync(org.Id, file.Family.Id, coordinator, new PrivacyNoticeDetails
        {
            NoticeVersion = "PN-1", ExplainedOn = today, ExplainedBy = volunteer, Verbally = true, AbsentPartner = AbsentPartner.Told,
        }));
        var agreement = await Consents(store, c => c.RecordAgreementAsync(org.Id, file.Family.Id, coordinator, today.AddDays(1)));

        oral.Errors.Select(e => e.Code).ShouldBe(["form_not_allowed", "not_staff"]);
        unregistered.Errors.ShouldHaveSingleItem().Code.ShouldBe("not_registered");
        notice.Errors.Select(e => (e.Field, e.Code)).ShouldBe([("explainedBy", "not_staff"), ("absentPartnerHow", "required"), ("absentPartnerToldOn", "required")]);
        agreement.Errors.ShouldHaveSingleItem().Code.ShouldBe("in_future");
        (await CountsAsync(store)).ShouldBe((0, 0, 0));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Database_RefusesEditingAConsentOrItsWithdrawal(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (org, coordinator, file) = await SeedAsync(store, "suffolk");
        var agency = _agencies.Add(org.Id);
        var today = store.Clock.Today;
        var consent = (await Consents(store, c => c.RecordConsentAsync(org.Id, file.Family.Id, coordinator, Written(file, agency.Id, today.AddDays(-10))))).Value;
        await using var scope = store.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfideDbContext>();
        var rows = db.Consents.Where(c => c.Id == consent.Id.Value);

        var edit = await Should.ThrowAsync<Exception>(() => rows.ExecuteUpdateAsync(s => s.SetProperty(c => c.Granted, false)));
        await Consents(store, c => c.WithdrawAsync(org.Id, file.Family.Id, consent.Id, coordinator, today, "Letter"));
        var undo = await Should.ThrowAsync<Exception>(() => rows.ExecuteUpdateAsync(s => s.SetProperty(c => c.WithdrawnOn, (DateOnly?)null)));

        edit.ToString().ShouldContain("a consent cannot be changed");
        undo.ToString().ShouldContain("a consent cannot be changed");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Database_RefusesRemovingAMemberWhoGaveConsent_ButDestroyingTheWholeFileTakesItsConsents(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (org, coordinator, file) = await SeedAsync(store, "suffolk");
        var agency = _agencies.Add(org.Id);
        await Consents(store, c => c.RecordConsentAsync(org.Id, file.Family.Id, coordinator, Written(file, agency.Id, store.Clock.Today)));
        await Consents(store, c => c.RecordAgreementAsync(org.Id, file.Family.Id, coordinator, store.Clock.Today));
        await using var scope = store.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfideDbContext>();
        var giver = file.Family.Members.First(m => m.Kind == MemberKind.Adult).Id.Value;

        await Should.ThrowAsync<Exception>(() => db.Members.Where(m => m.Id == giver).ExecuteDeleteAsync());
        await db.Families.Where(f => f.Id == file.Family.Id.Value).ExecuteDeleteAsync();

        (await CountsAsync(store)).ShouldBe((0, 0, 0));
    }

    private static ConsentDetails Written(FamilyFile file, Guid agency, DateOnly on) => new()
    {
        GivenBy = file.Family.Members.First(m => m.Kind == MemberKind.Adult).Id,
        Role = ConsentGiverRole.Parent,
        Granted = true,
        Scope = ConsentScopeKind.Specific,
        AgencyId = agency,
        Purposes = [SharingPurpose.CoordinatingSupport],
        Kinds = [InformationKind.SupportGiven, InformationKind.ProgressAndCircumstances],
        Evidence = ConsentEvidenceKind.Written,
        WrittenReference = "FORM-2026-031",
        Visit = ConsentVisit.Initial,
        GivenOn = on,
    };

    private static CoverageQuestion Question(FamilyFile file, Agency agency, DateOnly on) =>
        new(file.Family.Id, agency.Id, agency.Category, false, false, SharingPurpose.CoordinatingSupport,
            new HashSet<InformationKind> { InformationKind.SupportGiven }, new HashSet<Guid> { file.Family.Members[0].Id.Value }, on);

    private static Task<CoverageAnswer> CoverAsync(TestStore store, Organisation org, FamilyFile file, Agency agency, DateOnly on) =>
        store.WithAsync<IConsentCoverageSource, CoverageAnswer>(s => s.AnswerAsync(org.Id, Question(file, agency, on)));

    private Task<T> Consents<T>(TestStore store, Func<ConsentRecords, Task<T>> work) =>
        store.InScopeAsync(sp => work(ActivatorUtilities.CreateInstance<ConsentRecords>(sp, _agencies)));

    private static async Task<(Organisation Org, UserId Coordinator, FamilyFile File)> SeedAsync(TestStore store, string profile, string name = "Test Scheme")
    {
        var org = (await store.WithAsync<OrganisationRecords, Result<Organisation>>(o => o.CreateAsync(name, profile, 1, SeedProfiles.Find(profile)!, false))).Value;
        var coordinator = await store.AddUserAsync(org, Core.Staff.Role.Coordinator);
        var details = new FamilyBuilder().WithAdult("Harriet", "Applegarth").WithChild(age: 13).Build();
        var file = (await store.WithAsync<FamilyRecords, Result<FamilyFile>>(f => f.OpenAsync(org.Id, coordinator, details, FamilyBuilder.Referral(), coordinator))).Value;
        return (org, coordinator, file);
    }

    private static Task<(int, int, int)> CountsAsync(TestStore store) => store.WithAsync<ConfideDbContext, (int, int, int)>(async db =>
        (await db.Consents.CountAsync(), await db.PrivacyNoticeExplanations.CountAsync(), await db.ServiceAgreements.CountAsync()));

    private static Task<string> RawTextAsync(TestStore store) => store.WithAsync<ConfideDbContext, string>(async db =>
    {
        var consents = await db.Consents.AsNoTracking().ToListAsync();
        var notices = await db.PrivacyNoticeExplanations.AsNoTracking().ToListAsync();
        var blobs = consents.SelectMany(c => new[] { c.CompetenceNote, c.Wording, c.WithdrawalHow })
            .Concat(notices.SelectMany(n => new[] { n.AbsentPartnerHow, n.AbsentPartnerWhyNot }))
            .Where(b => b is not null).Select(b => Encoding.UTF8.GetString(b!));
        return string.Join("|", blobs.Concat(notices.Select(n => n.NoticeVersion)).Concat(consents.Select(c => c.WrittenReference ?? "")));
    });

    private static void AssertSame(ConsentRecord actual, ConsentRecord expected)
    {
        actual.ShouldBe(expected with { Scope = actual.Scope });
        actual.Scope.Purposes.ShouldBe(expected.Scope.Purposes, ignoreOrder: true);
        actual.Scope.Kinds.ShouldBe(expected.Scope.Kinds, ignoreOrder: true);
        (actual.Scope.Kind, actual.Scope.AgencyId, actual.Scope.Category).ShouldBe((expected.Scope.Kind, expected.Scope.AgencyId, expected.Scope.Category));
    }
}
