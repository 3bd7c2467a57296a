using Confide.Core.Consent;
using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Profiles;
using Confide.Core.Sharing;
using Confide.Core.Staff;
using Confide.Core.Tests.Profiles;

namespace Confide.Core.Tests.Consent;

/// <summary>A family (a parent, a child of 13 and a child of 6 on <see cref="ShareOn"/>) and fluent consents on it.</summary>
internal static class ConsentWorld
{
    public static readonly DateOnly ShareOn = new(2026, 6, 1);
    public static readonly DateOnly March3 = new(2026, 3, 3);
    public static readonly Guid HealthVisitorId = Guid.Parse("0190a000-0000-7000-8000-000000000001");
    public static readonly Guid GpId = Guid.Parse("0190a000-0000-7000-8000-000000000002");
    public static readonly UserId Coordinator = new(Guid.Parse("0190a000-0000-7000-8000-0000000000c0"));

    public static readonly Family TheFamily = Family.Open(new OrganisationId(Guid.Parse("0190a000-0000-7000-8000-0000000000aa")), "F-000001",
        new FamilyDetails("12 Orchard Row", "IP33 1AB", [
            new MemberDetails(MemberKind.Adult, "Harriet", "Applegarth", null),
            new MemberDetails(MemberKind.Child, "Rowan", "Applegarth", new DateOnly(2013, 1, 10)),
            new MemberDetails(MemberKind.Child, "Ivy", "Applegarth", new DateOnly(2020, 1, 10)),
        ]), new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.Zero)).Value;

    public static FamilyMember Parent => TheFamily.Members[0];
    public static FamilyMember Teenager => TheFamily.Members[1];
    public static FamilyMember Young => TheFamily.Members[2];

    public static ConsentRules Rules(string org) => ShippedProfiles.Load(org + ".yaml").Consent;

    public static CoverageQuestion Question(
        Guid? agency = null, AgencyCategory category = AgencyCategory.HealthVisitor, SharingPurpose purpose = SharingPurpose.CoordinatingSupport,
        InformationKind[]? kinds = null, FamilyMember[]? about = null, bool referrer = false, bool involved = false, DateOnly? on = null) =>
        new(TheFamily.Id, agency ?? HealthVisitorId, category, referrer, involved, purpose,
            (kinds ?? [InformationKind.SupportGiven]).ToHashSet(), (about ?? [Parent]).Select(m => m.Id.Value).ToHashSet(), on ?? ShareOn);
}

/// <summary>Fluent consent records, built directly (validation has its own tests).</summary>
internal sealed class ConsentBuilder
{
    private ConsentRecord _c = new()
    {
        Id = ConsentId.New(),
        FamilyId = ConsentWorld.TheFamily.Id,
        GivenBy = ConsentWorld.Parent.Id,
        Role = ConsentGiverRole.Parent,
        Granted = true,
        Scope = new ConsentScope(ConsentScopeKind.Specific, null, AgencyCategory.HealthVisitor,
            new HashSet<SharingPurpose> { SharingPurpose.CoordinatingSupport },
            new HashSet<InformationKind> { InformationKind.SupportGiven, InformationKind.ProgressAndCircumstances }),
        Evidence = ConsentEvidence.Written("FORM-1"),
        Visit = ConsentVisit.Initial,
        GivenOn = ConsentWorld.March3,
        RecordedBy = ConsentWorld.Coordinator,
        RecordedAt = new DateTimeOffset(2026, 3, 3, 12, 0, 0, TimeSpan.Zero),
    };

    public static ConsentBuilder ToHealthVisitors() => new();

    public ConsentBuilder ToAgency(Guid agency) => Scope(s => s with { AgencyId = agency, Category = null });

    public ConsentBuilder ToCategory(AgencyCategory category) => Scope(s => s with { AgencyId = null, Category = category });

    public ConsentBuilder General(ConsentScopeKind kind) => With(c => c with { Scope = ConsentScope.General(kind) });

    public ConsentBuilder For(params SharingPurpose[] purposes) => Scope(s => s with { Purposes = purposes.ToHashSet() });

    public ConsentBuilder Of(params InformationKind[] kinds) => Scope(s => s with { Kinds = kinds.ToHashSet() });

    public ConsentBuilder Oral() => With(c => c with { Evidence = ConsentEvidence.Oral(ConsentWorld.Coordinator, c.GivenOn, new TimeOnly(14, 30), "Yes, tell the health visitor.") });

    public ConsentBuilder On(DateOnly given) => With(c => c with { GivenOn = given, RecordedAt = new DateTimeOffset(given, new TimeOnly(12, 0), TimeSpan.Zero) });

    public ConsentBuilder Expires(DateOnly on) => With(c => c with { ExpiresOn = on });

    public ConsentBuilder Withdrawn(DateOnly on) => With(c => c with { Withdrawal = new ConsentWithdrawal(on, ConsentWorld.Coordinator, "By telephone", new DateTimeOffset(on, new TimeOnly(9, 0), TimeSpan.Zero)) });

    public ConsentBuilder Refused() => With(c => c with { Granted = false, Evidence = null });

    public ConsentBuilder By(FamilyMember member, ConsentGiverRole role = ConsentGiverRole.Child) =>
        With(c => c with { GivenBy = member.Id, Role = role, Understanding = role == ConsentGiverRole.Child ? new ChildUnderstanding(true, "Understands.") : null });

    public ConsentBuilder OnFamily(FamilyId family) => With(c => c with { FamilyId = family });

    public ConsentRecord Build() => _c;

    private ConsentBuilder Scope(Func<ConsentScope, ConsentScope> change) => With(c => c with { Scope = change(c.Scope) });

    private ConsentBuilder With(Func<ConsentRecord, ConsentRecord> change)
    {
        _c = change(_c);
        return this;
    }
}
