using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Profiles;
using Confide.Core.Sharing;
using Confide.Core.Staff;
using Confide.Data.Families;
using Confide.Data.Records;
using Confide.Data.Sharing;
using Confide.Data.Tests.Access;
using Confide.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Data.Tests.Sharing;

/// <summary>The sharing services on a test store, and a decision made through the core rules.</summary>
internal static class SharingKit
{
    public static Task<T> Register<T>(TestStore store, Func<AgencyRegister, Task<T>> work) =>
        store.InScopeAsync(sp => work(ActivatorUtilities.CreateInstance<AgencyRegister>(sp)));

    public static Task<T> Decisions<T>(TestStore store, Func<SharingRecords, Task<T>> work) =>
        store.InScopeAsync(sp => work(ActivatorUtilities.CreateInstance<SharingRecords>(sp)));

    public static Task Decisions(TestStore store, Func<SharingRecords, Task> work) =>
        store.InScopeAsync(async sp =>
        {
            await work(ActivatorUtilities.CreateInstance<SharingRecords>(sp));
            return true;
        });

    public static AgencyDetails HealthVisitors => new("Northgate Health Visiting Team", AgencyCategory.HealthVisitor,
        "Health visitors support every family with children under five.", "ISA-2026-04", false);

    public static async Task<Agency> CheckedAgencyAsync(TestStore store, Organisation org, UserId by)
    {
        var added = (await Register(store, r => r.AddAsync(org.Id, HealthVisitors, by))).ShouldSucceed();
        return (await Register(store, r => r.MarkCheckedAsync(org.Id, added.Id, store.Clock.Today))).ShouldSucceed();
    }

    public static async Task<FamilyFile> FileAsync(TestStore store, Organisation org, FamilyId family) =>
        (await store.WithAsync<FamilyRecords, FamilyFile?>(f => f.GetAsync(org.Id, family)))!;

    public static SharingDecision Decide(TestStore store, Organisation org, FamilyFile file, Agency agency, UserId by,
        TellingFamily told = TellingFamily.After, SharingOutcome outcome = SharingOutcome.Shared)
    {
        var items = FileItems.From(file);
        var draft = new SharingDecisionDraft
        {
            Purpose = SharingPurpose.Safeguarding,
            AgencyId = agency.Id,
            RecipientName = "Priya Natarajan",
            ItemRefs = [items[0].Ref, items[1].Ref],
            BasisKind = "exception",
            Exception = LawfulException.ChildWelfare,
            ExceptionJustification = "Bruising seen at the visit.",
            Rationale = "The child's safety comes first.",
            AccuracyChecked = true,
            FamilyTold = told,
            UninformedReason = told == TellingFamily.NotTold ? UninformedReason.RiskOfHarm : null,
            ReviewOn = told == TellingFamily.NotTold ? store.Clock.Today.AddDays(14) : null,
            Channel = ShareChannel.Phone,
            ChannelRiskAssessment = "Called the named health visitor on her direct line.",
            Outcome = outcome,
        };
        var rules = ProfileParser.Parse(Data.Organisations.SeedProfiles.Find("suffolk")!, "suffolk").Value.Sharing;
        var decided = SharingDecisionRules.Decide(draft, new SharingContext(org.Id, file.Family.Id, rules, agency, items, null, by, store.Clock.Now));
        decided.Errors.ShouldBeEmpty();
        return decided.Value with { SentAt = outcome == SharingOutcome.Shared ? store.Clock.Now : null };
    }

    public static async Task<(int Decisions, int Items, int Tasks)> CountsAsync(TestStore store) =>
        await store.WithAsync<ConfideDbContext, (int, int, int)>(async db =>
            (await db.SharingDecisions.CountAsync(), await db.SharedItems.CountAsync(), await db.FamilyInformedTasks.CountAsync()));
}
