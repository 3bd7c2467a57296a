using Confide.Core.Access;
using Confide.Core.Profiles;
using Confide.Core.Staff;
using static Confide.Core.Tests.Access.Scene;

namespace Confide.Core.Tests.Access;

/// <summary>Time-limited grants: trustee spot-checks, auditor samples, contractors' incidental access.</summary>
public sealed class GrantRuleTests
{
    private static readonly AccessRules PresenceRequired = AccessDefaults.Rules with { Auditor = new AuditorAccess(true, CoordinatorPresentRequired: true) };
    private static readonly AccessRules PresenceNotRequired = AccessDefaults.Rules with { Auditor = new AuditorAccess(true, CoordinatorPresentRequired: false) };
    private static readonly AccessRules AuditorsNotAllowed = AccessDefaults.Rules with { Auditor = new AuditorAccess(false, CoordinatorPresentRequired: false) };

    private static (Actor Actor, FileRelationships File) Holding(Role role, GrantKind kind, Func<GrantBuilder, GrantBuilder>? grant = null)
    {
        var actor = new ActorBuilder(role);
        var builder = new GrantBuilder(kind, actor.Id);
        return (actor, new FamilyFileBuilder().AssignedTo(UserId.New()).WithGrant(grant is null ? builder : grant(builder)));
    }

    [Theory]
    [InlineData(AccessAction.Read)]
    [InlineData(AccessAction.Discover)]
    public void Decide_TrusteeWithActiveSpotCheck_ReadsMasked(AccessAction action) // WIR-28
    {
        var (trustee, file) = Holding(Role.Trustee, GrantKind.TrusteeSpotCheck);

        Decide(trustee, action, file).ShouldAllow("trustee-spot-check", FileView.Full, AccessObligations.MaskSpecialCategory, Role.Trustee);
    }

    [Theory]
    [InlineData(AccessAction.Write)]
    [InlineData(AccessAction.Export)]
    [InlineData(AccessAction.Share)]
    public void Decide_TrusteeWithSpotCheckChangingTheFile_Refuses(AccessAction action)
    {
        var (trustee, file) = Holding(Role.Trustee, GrantKind.TrusteeSpotCheck);

        Decide(trustee, action, file).ShouldRefuse("trustee-spot-check");
    }

    [Fact]
    public void Decide_TrusteeWithoutSpotCheck_Refuses() => // WIR-28
        Decide(new ActorBuilder(Role.Trustee), AccessAction.Read, new FamilyFileBuilder()).ShouldRefuse("no-relationship");

    [Fact]
    public void Decide_TrusteeWithExpiredSpotCheck_RefusesAndSaysItExpired()
    {
        var (trustee, file) = Holding(Role.Trustee, GrantKind.TrusteeSpotCheck, g => g.Between(Now.AddDays(-10), Now.AddDays(-1)));

        var decision = Decide(trustee, AccessAction.Read, file);

        decision.ShouldRefuse("no-relationship");
        decision.Explanation.ShouldContain("spot-check grant for this file expired");
    }

    [Fact]
    public void Decide_TrusteeAtTheMomentTheGrantEnds_Refuses()
    {
        var (trustee, file) = Holding(Role.Trustee, GrantKind.TrusteeSpotCheck, g => g.Between(Now.AddDays(-1), Now));

        Decide(trustee, AccessAction.Read, file).ShouldRefuse("no-relationship");
    }

    [Fact]
    public void Decide_TrusteeWithRevokedSpotCheck_RefusesAndSaysItWasRevoked()
    {
        var (trustee, file) = Holding(Role.Trustee, GrantKind.TrusteeSpotCheck, g => g.RevokedAt(Now.AddHours(-1)));

        var decision = Decide(trustee, AccessAction.Read, file);

        decision.ShouldRefuse("no-relationship");
        decision.Explanation.ShouldContain("was revoked");
    }

    [Fact]
    public void Decide_TrusteeBeforeTheRevocationTakesEffect_Reads()
    {
        var (trustee, file) = Holding(Role.Trustee, GrantKind.TrusteeSpotCheck, g => g.RevokedAt(Now.AddHours(1)));

        Decide(trustee, AccessAction.Read, file).Allowed.ShouldBeTrue();
    }

    [Fact]
    public void Decide_TrusteeBeforeSpotCheckStarts_Refuses()
    {
        var (trustee, file) = Holding(Role.Trustee, GrantKind.TrusteeSpotCheck, g => g.Between(Now.AddDays(1), Now.AddDays(2)));

        var decision = Decide(trustee, AccessAction.Read, file);

        decision.ShouldRefuse("no-relationship");
        decision.Explanation.ShouldContain("has not started yet");
    }

    [Fact]
    public void Decide_SpotCheckGrantHeldWithoutTheTrusteeRole_DoesNothing()
    {
        var (volunteer, file) = Holding(Role.Volunteer, GrantKind.TrusteeSpotCheck);

        var decision = Decide(volunteer, AccessAction.Read, file);

        decision.ShouldRefuse("no-relationship");
        decision.Explanation.ShouldContain("for the trustee role, which they do not hold");
    }

    [Fact]
    public void Decide_TrusteeHoldingAnAuditSampleGrant_DoesNothing()
    {
        var (trustee, file) = Holding(Role.Trustee, GrantKind.AuditorSample, g => g.CoordinatorPresent(Now.AddHours(-1), Now.AddHours(1)));

        Decide(trustee, AccessAction.Read, file).ShouldRefuse("no-relationship");
    }

    [Fact]
    public void Decide_TrusteeWhoseGrantNamesAnotherFile_Refuses()
    {
        var (trustee, _) = Holding(Role.Trustee, GrantKind.TrusteeSpotCheck);

        Decide(trustee, AccessAction.Read, new FamilyFileBuilder().WithGrant(new GrantBuilder(GrantKind.TrusteeSpotCheck, UserId.New())))
            .ShouldRefuse("no-relationship");
    }

    [Fact]
    public void Decide_AuditorWithoutPresenceWhenProfileRequiresIt_Refuses() // WIR-39
    {
        var (auditor, file) = Holding(Role.ExternalAuditor, GrantKind.AuditorSample);

        var decision = Decide(auditor, AccessAction.Read, file, r => r with { Rules = PresenceRequired });

        decision.ShouldRefuse("auditor-coordinator-absent");
        decision.Explanation.ShouldContain("coordinator present");
    }

    [Fact]
    public void Decide_AuditorWhosePresenceAttestationEnded_Refuses()
    {
        var (auditor, file) = Holding(Role.ExternalAuditor, GrantKind.AuditorSample, g => g.CoordinatorPresent(Now.AddHours(-3), Now.AddHours(-1)));

        Decide(auditor, AccessAction.Read, file, r => r with { Rules = PresenceRequired }).ShouldRefuse("auditor-coordinator-absent");
    }

    [Fact]
    public void Decide_AuditorWithCoordinatorPresent_ReadsMasked() // WIR-39, SUF-28
    {
        var (auditor, file) = Holding(Role.ExternalAuditor, GrantKind.AuditorSample, g => g.CoordinatorPresent(Now.AddHours(-1), Now.AddHours(1)));

        Decide(auditor, AccessAction.Read, file, r => r with { Rules = PresenceRequired })
            .ShouldAllow("auditor-sample", FileView.Full, AccessObligations.MaskSpecialCategory, Role.ExternalAuditor);
    }

    [Fact]
    public void Decide_AuditorWithoutPresenceWhenProfileDoesNotRequireIt_Reads() // SUF-28
    {
        var (auditor, file) = Holding(Role.ExternalAuditor, GrantKind.AuditorSample);

        Decide(auditor, AccessAction.Read, file, r => r with { Rules = PresenceNotRequired })
            .ShouldAllow("auditor-sample", FileView.Full, AccessObligations.MaskSpecialCategory, Role.ExternalAuditor);
    }

    [Fact]
    public void Decide_AuditorDiscoveringWithoutPresence_SeesTheFileInTheirSample()
    {
        var (auditor, file) = Holding(Role.ExternalAuditor, GrantKind.AuditorSample);

        Decide(auditor, AccessAction.Discover, file, r => r with { Rules = PresenceRequired })
            .ShouldAllow("auditor-sample", FileView.Full, AccessObligations.MaskSpecialCategory, Role.ExternalAuditor);
    }

    [Theory]
    [InlineData(AccessAction.Read)]
    [InlineData(AccessAction.Discover)]
    public void Decide_AuditorWhenProfileDoesNotAllowAuditors_Refuses(AccessAction action)
    {
        var (auditor, file) = Holding(Role.ExternalAuditor, GrantKind.AuditorSample, g => g.CoordinatorPresent(Now.AddHours(-1), Now.AddHours(1)));

        Decide(auditor, action, file, r => r with { Rules = AuditorsNotAllowed }).ShouldRefuse("auditor-not-allowed");
    }

    [Fact]
    public void Decide_AuditorWritingToSampledFile_Refuses()
    {
        var (auditor, file) = Holding(Role.ExternalAuditor, GrantKind.AuditorSample);

        Decide(auditor, AccessAction.Write, file, r => r with { Rules = PresenceNotRequired }).ShouldRefuse("auditor-sample");
    }

    [Fact]
    public void Decide_AuditorOutsideTheAuditWindow_Refuses() // SUF-28
    {
        var (auditor, file) = Holding(Role.ExternalAuditor, GrantKind.AuditorSample, g => g.Between(Now.AddDays(-30), Now.AddDays(-2)));

        Decide(auditor, AccessAction.Read, file, r => r with { Rules = PresenceNotRequired }).ShouldRefuse("no-relationship");
    }

    [Fact]
    public void Decide_AuditorOnAFileOutsideTheSample_Refuses() => // SUF-28
        Decide(new ActorBuilder(Role.ExternalAuditor), AccessAction.Read, new FamilyFileBuilder(), r => r with { Rules = PresenceNotRequired })
            .ShouldRefuse("no-relationship");

    [Fact]
    public void Decide_ContractorWithoutUndertaking_Refuses()
    {
        var (contractor, file) = Holding(Role.Contractor, GrantKind.ContractorIncidental);

        Decide(contractor, AccessAction.Read, file).ShouldRefuse("contractor-undertaking-missing");
    }

    [Fact]
    public void Decide_ContractorWhoseUndertakingIsSignedLater_Refuses()
    {
        var (contractor, file) = Holding(Role.Contractor, GrantKind.ContractorIncidental, g => g.UndertakingSignedAt(Now.AddMinutes(5)));

        Decide(contractor, AccessAction.Read, file).ShouldRefuse("contractor-undertaking-missing");
    }

    [Fact]
    public void Decide_ContractorWithSignedUndertaking_ReadsMasked()
    {
        var (contractor, file) = Holding(Role.Contractor, GrantKind.ContractorIncidental, g => g.UndertakingSignedAt(Now.AddDays(-1)));

        Decide(contractor, AccessAction.Read, file)
            .ShouldAllow("contractor-undertaking", FileView.Full, AccessObligations.MaskSpecialCategory, Role.Contractor);
    }

    [Theory]
    [InlineData(AccessAction.Discover)]
    [InlineData(AccessAction.Write)]
    [InlineData(AccessAction.Export)]
    public void Decide_ContractorWithSignedUndertakingDoingMoreThanReading_Refuses(AccessAction action)
    {
        var (contractor, file) = Holding(Role.Contractor, GrantKind.ContractorIncidental, g => g.UndertakingSignedAt(Now.AddDays(-1)));

        Decide(contractor, action, file).ShouldRefuse("contractor-undertaking");
    }

    [Fact]
    public void Decide_ContractorWithRevokedGrant_RefusesEvenWithUndertaking()
    {
        var (contractor, file) = Holding(Role.Contractor, GrantKind.ContractorIncidental,
            g => g.UndertakingSignedAt(Now.AddDays(-1)).RevokedAt(Now.AddMinutes(-1)));

        Decide(contractor, AccessAction.Read, file).ShouldRefuse("no-relationship");
    }
}
