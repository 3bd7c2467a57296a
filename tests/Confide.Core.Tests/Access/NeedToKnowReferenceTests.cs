using Confide.Core.Access;
using Confide.Core.Families;
using Confide.Core.Profiles;
using Confide.Core.Staff;

namespace Confide.Core.Tests.Access;

/// <summary>
/// The engine against a reference model written separately, as a plain if-chain straight from the rule list, on
/// seeded random requests. The model shares no code with the engine: it recomputes active matches, active grants,
/// presence and reasons itself.
/// </summary>
public sealed class NeedToKnowReferenceTests
{
    private const int CasesPerSeed = 2_000;

    private static readonly int[] SeedValues = [11, 2026, 31_337, 424_242, 9_000_001];

    public static TheoryData<int> Seeds => new(SeedValues);

    private sealed record Expected(bool Allowed, string Rule, FileView View, bool ReasonRequired, AccessObligations Obligations, bool Hidden, Role? Basis);

    [Theory, MemberData(nameof(Seeds))]
    public void Decide_FamilyFiles_AgreesWithTheReferenceModel(int seed) => RunFamilyCases(seed);

    [Theory, MemberData(nameof(Seeds))]
    public void Decide_PersonnelFiles_AgreesWithTheReferenceModel(int seed) => RunPersonnelCases(seed);

    [Fact]
    public void RandomCases_ReachEveryRule()
    {
        // Guards against a generator that only ever produces strangers: across the seeds, every outcome occurs.
        var family = Tally(SeedValues.Select(RunFamilyCases));
        var personnel = Tally(SeedValues.Select(RunPersonnelCases));

        string[] familyOutcomes =
        [
            "organisation-boundary", "conflict-of-interest", "assigned-coordinator", "assigned-coordinator+reason",
            "sharing-decision-required", "safeguarding-lead", "safeguarding-lead+reason", "line-manager-supervision",
            "line-manager-supervision+reason", "matched-volunteer", "matched-volunteer+reason", "trustee-spot-check",
            "auditor-sample", "auditor-coordinator-absent", "auditor-not-allowed", "contractor-undertaking",
            "contractor-undertaking-missing", "break-glass", "break-glass+reason", "break-glass-not-available",
            "administrator-no-content", "no-relationship", "allowed", "refused",
        ];
        string[] personnelOutcomes =
        [
            "organisation-boundary", "conflict-of-interest", "own-record", "line-manager", "line-manager+reason",
            "personnel-role", "personnel-role+reason", "administrator-no-content", "no-relationship", "allowed", "refused",
        ];
        familyOutcomes.Where(o => family.GetValueOrDefault(o) < 5).ShouldBeEmpty(Counts(family));
        personnelOutcomes.Where(o => personnel.GetValueOrDefault(o) < 5).ShouldBeEmpty(Counts(personnel));
    }

    private static Dictionary<string, int> RunFamilyCases(int seed)
    {
        var scenes = new RandomAccessScenes(seed);
        var policy = new NeedToKnowPolicy();
        var outcomes = new Dictionary<string, int>();
        for (var i = 0; i < CasesPerSeed; i++)
        {
            var request = scenes.FamilyRequest();
            var actual = policy.Decide(request);

            Compare(actual, Reference(request), $"seed {seed}, case {i}: {RandomAccessScenes.Describe(request)}");
            Count(outcomes, actual);
        }

        return outcomes;
    }

    private static Dictionary<string, int> RunPersonnelCases(int seed)
    {
        var scenes = new RandomAccessScenes(seed);
        var policy = new NeedToKnowPolicy();
        var outcomes = new Dictionary<string, int>();
        for (var i = 0; i < CasesPerSeed; i++)
        {
            var request = scenes.PersonnelRequest();
            var actual = policy.Decide(request);

            Compare(actual, Reference(request), $"seed {seed}, case {i}: {RandomAccessScenes.Describe(request)}");
            Count(outcomes, actual);
        }

        return outcomes;
    }

    private static void Count(Dictionary<string, int> outcomes, AccessDecision decision)
    {
        foreach (var key in new[] { decision.Rule + (decision.ReasonRequired ? "+reason" : ""), decision.Allowed ? "allowed" : "refused" })
        {
            outcomes[key] = outcomes.GetValueOrDefault(key) + 1;
        }
    }

    private static Dictionary<string, int> Tally(IEnumerable<Dictionary<string, int>> runs) =>
        runs.SelectMany(r => r).GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value));

    private static string Counts(Dictionary<string, int> outcomes) =>
        string.Join(", ", outcomes.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} {kv.Value}"));

    private static void Compare(AccessDecision actual, Expected expected, string where)
    {
        var got = (actual.Allowed, actual.Rule, actual.View, actual.ReasonRequired, actual.Obligations, actual.HideExistence);
        var want = (expected.Allowed, expected.Rule, expected.View, expected.ReasonRequired, expected.Obligations, expected.Hidden);
        got.ShouldBe(want, where);
        if (expected.Allowed || expected.ReasonRequired)
        {
            actual.Basis.ShouldBe(expected.Basis, where);
        }

        actual.Explanation.ShouldNotBeNullOrWhiteSpace(where);
    }

    // ---- The reference model: the rule list, read top to bottom. ----

    private static Expected Reference(AccessRequest q)
    {
        var (a, f, at, rules) = (q.Actor, q.File, q.At, q.Rules);
        var day = DateOnly.FromDateTime(at.UtcDateTime);
        bool read = q.Action == AccessAction.Read, write = q.Action == AccessAction.Write, discover = q.Action == AccessAction.Discover;

        if (a.OrganisationId != f.OrganisationId)
        {
            return Hidden("organisation-boundary");
        }

        if (f.Excluded.Contains(a.UserId))
        {
            return Hidden("conflict-of-interest");
        }

        bool MatchActive(VolunteerMatch m) => m.StartedOn <= day && (m.EndedOn == null || day <= m.EndedOn);
        bool GrantActive(AccessGrant g) => g.ValidFrom <= at && at < g.ValidUntil && (g.RevokedAt == null || at < g.RevokedAt);
        var myGrants = f.Grants.Where(g => g.GranteeId == a.UserId && GrantActive(g)).ToList();

        var verdicts = new List<Expected>();
        if (a.Roles.Contains(Role.Coordinator) && f.AssignedCoordinatorId == a.UserId)
        {
            verdicts.Add(read || write || discover
                ? Allow("assigned-coordinator", FileView.Full, AccessObligations.None, Role.Coordinator)
                : Refuse("sharing-decision-required"));
        }

        if (a.Roles.Contains(Role.SafeguardingLead))
        {
            verdicts.Add(read || write || discover
                ? Allow("safeguarding-lead", FileView.Full, AccessObligations.None, Role.SafeguardingLead)
                : Refuse("sharing-decision-required"));
        }

        var supervisesCoordinator = f.AssignedCoordinatorId != null && a.Supervisees.Contains(f.AssignedCoordinatorId.Value);
        var supervisesVolunteer = f.Matches.Any(m => a.Supervisees.Contains(m.VolunteerId) && MatchActive(m));
        if (supervisesCoordinator || supervisesVolunteer)
        {
            var basis = supervisesCoordinator
                ? FirstHeld(a, Role.SchemeManager, Role.ChiefOfficer, Role.Coordinator)
                : FirstHeld(a, Role.Coordinator, Role.SchemeManager, Role.ChiefOfficer);
            verdicts.Add(read || discover
                ? Allow("line-manager-supervision", FileView.Full, AccessObligations.MaskSpecialCategory, basis)
                : Refuse("line-manager-supervision"));
        }

        if (a.Roles.Contains(Role.Volunteer) && f.Matches.Any(m => m.VolunteerId == a.UserId && MatchActive(m)))
        {
            verdicts.Add(read || write || discover
                ? Allow("matched-volunteer", FileView.Volunteer, AccessObligations.None, Role.Volunteer)
                : Refuse("matched-volunteer"));
        }

        if (a.Roles.Contains(Role.Trustee) && myGrants.Any(g => g.Kind == GrantKind.TrusteeSpotCheck))
        {
            verdicts.Add(read || discover
                ? Allow("trustee-spot-check", FileView.Full, AccessObligations.MaskSpecialCategory, Role.Trustee)
                : Refuse("trustee-spot-check"));
        }

        var samples = myGrants.Where(g => g.Kind == GrantKind.AuditorSample).ToList();
        if (a.Roles.Contains(Role.ExternalAuditor) && samples.Count > 0)
        {
            var present = samples.Any(g => g.Presence != null && g.Presence.AttestedAt <= at && at < g.Presence.Until);
            var audit = Allow("auditor-sample", FileView.Full, AccessObligations.MaskSpecialCategory, Role.ExternalAuditor);
            if (!rules.Auditor.Allowed)
            {
                verdicts.Add(Refuse("auditor-not-allowed"));
            }
            else if (discover)
            {
                verdicts.Add(audit);
            }
            else if (read)
            {
                verdicts.Add(!rules.Auditor.CoordinatorPresentRequired || present ? audit : Refuse("auditor-coordinator-absent"));
            }
            else
            {
                verdicts.Add(Refuse("auditor-sample"));
            }
        }

        var incidental = myGrants.Where(g => g.Kind == GrantKind.ContractorIncidental).ToList();
        if (a.Roles.Contains(Role.Contractor) && incidental.Count > 0)
        {
            if (!incidental.Any(g => g.UndertakingSignedAt != null && g.UndertakingSignedAt.Value <= at))
            {
                verdicts.Add(Refuse("contractor-undertaking-missing"));
            }
            else
            {
                verdicts.Add(read
                    ? Allow("contractor-undertaking", FileView.Full, AccessObligations.MaskSpecialCategory, Role.Contractor)
                    : Refuse("contractor-undertaking"));
            }
        }

        var firstAllowed = verdicts.FirstOrDefault(v => v.Allowed);
        if (firstAllowed != null)
        {
            return AskForReason(firstAllowed, q.Action, a, rules, q.Reason);
        }

        if (q.BreakGlass)
        {
            var basis = FirstHeld(a, Role.Coordinator, Role.SchemeManager, Role.ChiefOfficer, Role.OfficeManager, Role.SafeguardingLead);
            if (basis == null)
            {
                return Refuse("break-glass-not-available");
            }

            if (!read)
            {
                return Refuse("break-glass");
            }

            if (q.Reason == null || string.IsNullOrWhiteSpace(q.Reason.Detail))
            {
                return Refuse("break-glass") with { ReasonRequired = true, Basis = basis };
            }

            return Allow("break-glass", FileView.Full, AccessObligations.AlertSafeguardingLead | AccessObligations.ReviewAfterwards, basis);
        }

        if (verdicts.Count > 0)
        {
            return verdicts[0];
        }

        return a.Roles.Contains(Role.Administrator) ? Refuse("administrator-no-content") : Refuse("no-relationship");
    }

    private static Expected Reference(PersonnelAccessRequest q)
    {
        var (a, f, rules) = (q.Actor, q.File, q.Rules);
        bool read = q.Action == AccessAction.Read, write = q.Action == AccessAction.Write, discover = q.Action == AccessAction.Discover;

        if (a.OrganisationId != f.OrganisationId)
        {
            return Hidden("organisation-boundary");
        }

        if (f.Excluded.Contains(a.UserId))
        {
            return Hidden("conflict-of-interest");
        }

        var verdicts = new List<Expected>();
        if (f.Subject == a.UserId)
        {
            verdicts.Add(read || discover ? Allow("own-record", FileView.Full, AccessObligations.None, null) : Refuse("own-record"));
        }

        if (f.LineManagerId == a.UserId)
        {
            verdicts.Add(read || write || discover
                ? Allow("line-manager", FileView.Full, AccessObligations.None, FirstHeld(a, Role.SchemeManager, Role.ChiefOfficer, Role.Coordinator))
                : Refuse("line-manager"));
        }

        var personnelRole = rules.PersonnelFileRoles.Where(a.Roles.Contains).Select(r => (Role?)r).FirstOrDefault();
        if (personnelRole != null)
        {
            verdicts.Add(read || write || discover
                ? Allow("personnel-role", FileView.Full, AccessObligations.None, personnelRole)
                : Refuse("personnel-role"));
        }

        var firstAllowed = verdicts.FirstOrDefault(v => v.Allowed);
        if (firstAllowed != null)
        {
            return firstAllowed.Rule == "own-record" ? firstAllowed : AskForReason(firstAllowed, q.Action, a, rules, q.Reason);
        }

        if (verdicts.Count > 0)
        {
            return verdicts[0];
        }

        return a.Roles.Contains(Role.Administrator) ? Refuse("administrator-no-content") : Refuse("no-relationship");
    }

    /// <summary>Only a read asks for a reason; the basis role must be one the profile names (no basis: any role the person holds).</summary>
    private static Expected AskForReason(Expected allowance, AccessAction action, Actor a, AccessRules rules, AccessReason? reason)
    {
        var given = reason != null && (reason.Purpose != AccessPurpose.Other || !string.IsNullOrWhiteSpace(reason.Detail));
        var demanded = allowance.Basis != null
            ? rules.ReasonRequiredRoles.Contains(allowance.Basis.Value)
            : a.Roles.Any(rules.ReasonRequiredRoles.Contains);
        return action == AccessAction.Read && !given && demanded
            ? allowance with { Allowed = false, View = FileView.None, Obligations = AccessObligations.None, ReasonRequired = true }
            : allowance;
    }

    private static Role? FirstHeld(Actor a, params Role[] roles) => roles.Where(a.Roles.Contains).Select(r => (Role?)r).FirstOrDefault();

    private static Expected Allow(string rule, FileView view, AccessObligations obligations, Role? basis) => new(true, rule, view, false, obligations, false, basis);

    private static Expected Refuse(string rule) => new(false, rule, FileView.None, false, AccessObligations.None, false, null);

    private static Expected Hidden(string rule) => new(false, rule, FileView.None, false, AccessObligations.None, true, null);
}
