using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Profiles;
using Confide.Core.Sharing;
using Confide.Core.Staff;
using Confide.Core.Tests.Profiles;

namespace Confide.Core.Tests.Sharing;

/// <summary>A complete, valid share of two items to a checked agency, and the context it is decided in.</summary>
internal static class SharingTestData
{
    public static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);
    public static readonly OrganisationId Org = new(Guid.Parse("0193a000-0000-7000-8000-000000000001"));
    public static readonly FamilyId Family = new(Guid.Parse("0193a000-0000-7000-8000-000000000002"));
    public static readonly Guid AgencyId = Guid.Parse("0193a000-0000-7000-8000-000000000003");
    public static readonly Guid ChildId = Guid.Parse("0193a000-0000-7000-8000-000000000004");
    public static readonly UserId Coordinator = new(Guid.Parse("0193a000-0000-7000-8000-000000000005"));

    public static Agency CheckedAgency => new(AgencyId, Org, "Northgate Health Visiting Team", AgencyCategory.HealthVisitor,
        "Health visitors support every family with children under five.", Today.AddDays(-30), "ISA-2026-04", false, null);

    public static IReadOnlyList<FileItem> Items =>
    [
        new("family:address", InformationKind.ContactDetails, "Home address", "12 Orchard Row, IP33 1AB", null),
        new($"member:{ChildId}:date_of_birth", InformationKind.ContactDetails, "Date of birth of child 1", "3 March 2022", ChildId),
        new($"member:{ChildId}:health", InformationKind.SpecialCategory, "Health of child 1", "Asthma", ChildId),
    ];

    public static SharingDecisionDraft Draft(string profile = "suffolk") => new SharingDecisionDraft
    {
        Purpose = SharingPurpose.Safeguarding,
        AgencyId = AgencyId,
        RecipientName = "Priya Natarajan",
        ItemRefs = ["family:address", $"member:{ChildId}:date_of_birth"],
        BasisKind = "exception",
        Exception = LawfulException.ChildWelfare,
        ExceptionJustification = "Bruising seen on the youngest child at the visit of 20 November.",
        Rationale = "The child's safety comes first; the health visitor can see the child this week.",
        AccuracyChecked = true,
        FamilyTold = TellingFamily.Before,
        ToldOn = Today,
        ToldMethod = InformMethod.InPerson,
        Channel = ShareChannel.SecurePortal,
        Outcome = SharingOutcome.Shared,
    }.WithAdviceFor(Rules(profile));

    public static SharingDecisionDraft WithAdviceFor(this SharingDecisionDraft draft, SharingRules rules) =>
        rules.AdviceBeforeSharing.Count == 0 ? draft
            : draft with { AdviceFrom = rules.AdviceBeforeSharing[0], AdviceOn = Today, AdviceSummary = "Agreed that the share is needed and proportionate." };

    public static SharingContext Context(string profile = "suffolk", Agency? agency = null, CoverageAnswer? coverage = null) =>
        new(Org, Family, Rules(profile), agency ?? CheckedAgency, Items, coverage ?? new CoverageAnswer(null, "No consent recorded yet."), Coordinator, Now);

    public static SharingRules Rules(string profile) => ShippedProfiles.Load(profile + ".yaml").Sharing;
}
