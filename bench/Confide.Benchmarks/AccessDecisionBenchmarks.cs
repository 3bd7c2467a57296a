using BenchmarkDotNet.Attributes;
using Confide.Core.Access;
using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Profiles;
using Confide.Core.Staff;

namespace Confide.Benchmarks;

/// <summary>
/// One access decision, on an organisation of 10,000 people and 100,000 family files held in memory. The requests are
/// built in advance and taken in turn from an array, so the figure is the decision and nothing else: no lookup, no
/// allocation of the request. "Related" pairs are people with some tie to the file (its coordinator, a matched
/// volunteer, a supervisor, a grantee, the safeguarding lead); "random" pairs are mostly strangers.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class AccessDecisionBenchmarks
{
    private const int People = 10_000;
    private const int Families = 100_000;
    private const int Requests = 1 << 16;

    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    private readonly IAccessPolicy _policy = new NeedToKnowPolicy();
    private AccessRequest[] _related = [];
    private AccessRequest[] _random = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261121);
        var org = OrganisationId.New();
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        var actors = Organisation(random, org);
        var byRole = Enum.GetValues<Role>().ToDictionary(r => r, r => actors.Where(a => a.Has(r)).ToArray());
        var managerOf = actors.SelectMany(m => m.Supervisees.Select(s => (s, m))).GroupBy(p => p.s).ToDictionary(g => g.Key, g => g.First().m);
        var byId = actors.ToDictionary(a => a.UserId);

        var files = new FileRelationships[Families];
        for (var i = 0; i < Families; i++)
        {
            var family = FamilyId.New();
            var matches = Enumerable.Range(0, random.Next(4)).Select(_ =>
            {
                var start = today.AddDays(-random.Next(1, 400));
                DateOnly? end = random.Next(3) == 0 ? start.AddDays(random.Next(30, 200)) : null;
                return new VolunteerMatch(MatchId.New(), family, Pick(random, byRole[Role.Volunteer]).UserId, start, end);
            }).ToList();
            var grants = random.Next(100) < 3 ? Grants(random, byRole) : [];
            var excluded = random.Next(100) < 2 ? new HashSet<UserId> { Pick(random, actors).UserId } : [];
            files[i] = new FileRelationships(family, org, Pick(random, byRole[Role.Coordinator]).UserId, matches)
            {
                Excluded = excluded,
                Grants = grants,
            };
        }

        // Leicestershire's rules (LEI-16): everyone but paid staff gives a reason; half the requests carry one.
        var rules = AccessDefaults.Rules with
        {
            ReasonRequiredRoles = [Role.Volunteer, Role.Trustee, Role.ExternalAuditor, Role.Contractor],
            Auditor = new AuditorAccess(true, false),
        };
        AccessRequest Request(Actor actor, FileRelationships file) => new(actor, Action(random), file, Now)
        {
            Rules = rules,
            Reason = random.Next(2) == 0 ? new AccessReason(AccessPurpose.CaseWork, null) : null,
        };

        _random = Enumerable.Range(0, Requests).Select(_ => Request(Pick(random, actors), Pick(random, files))).ToArray();
        _related = Enumerable.Range(0, Requests).Select(_ =>
        {
            var file = Pick(random, files);
            var coordinator = byId[file.AssignedCoordinatorId!.Value];
            Actor actor = random.Next(6) switch
            {
                0 => coordinator,
                1 when file.Matches.Count > 0 => byId[file.Matches[random.Next(file.Matches.Count)].VolunteerId],
                2 when managerOf.TryGetValue(coordinator.UserId, out var manager) => manager,
                3 when file.Grants.Count > 0 => byId[file.Grants[0].GranteeId],
                4 => Pick(random, byRole[Role.SafeguardingLead]),
                _ => coordinator,
            };
            return Request(actor, file);
        }).ToArray();
    }

    [Benchmark]
    public AccessDecision DecideRelatedPair() => _policy.Decide(_related[_next++ & (Requests - 1)]);

    [Benchmark]
    public AccessDecision DecideRandomPair() => _policy.Decide(_random[_next++ & (Requests - 1)]);

    /// <summary>7,000 volunteers, 2,000 coordinators, 100 scheme managers (each supervising 20 coordinators), and the rest.</summary>
    private static List<Actor> Organisation(Random random, OrganisationId org)
    {
        Actor Person(Role role, IEnumerable<UserId>? supervisees = null) =>
            new(UserId.New(), org, new HashSet<Role> { role }) { Supervisees = supervisees?.ToHashSet() ?? [] };

        var volunteers = Enumerable.Range(0, 7_000).Select(_ => Person(Role.Volunteer)).ToList();
        var coordinators = Enumerable.Range(0, 2_000)
            .Select(i => Person(Role.Coordinator, volunteers.Skip(i * 3).Take(4).Select(v => v.UserId))).ToList();
        var managers = Enumerable.Range(0, 100).Select(i => Person(Role.SchemeManager, coordinators.Skip(i * 20).Take(20).Select(c => c.UserId)));
        var others = new (Role Role, int Count)[]
        {
            (Role.SafeguardingLead, 20), (Role.Trustee, 300), (Role.ExternalAuditor, 200), (Role.Contractor, 200),
            (Role.Administrator, 50), (Role.OfficeManager, 60), (Role.ChiefOfficer, 70),
        }.SelectMany(o => Enumerable.Range(0, o.Count).Select(_ => Person(o.Role)));
        var everyone = volunteers.Concat(coordinators).Concat(managers).Concat(others).ToList();
        return everyone.Count == People ? everyone : throw new InvalidOperationException($"{everyone.Count} people, not {People}.");
    }

    private static List<AccessGrant> Grants(Random random, Dictionary<Role, Actor[]> byRole) =>
        Enumerable.Range(0, random.Next(1, 3)).Select(_ =>
        {
            var (kind, role) = random.Next(3) switch
            {
                0 => (GrantKind.TrusteeSpotCheck, Role.Trustee),
                1 => (GrantKind.AuditorSample, Role.ExternalAuditor),
                _ => (GrantKind.ContractorIncidental, Role.Contractor),
            };
            var from = Now.AddDays(-random.Next(0, 20));
            return new AccessGrant(GrantId.New(), kind, Pick(random, byRole[role]).UserId, UserId.New(), from, from.AddDays(random.Next(1, 30)), "Sample")
            {
                UndertakingSignedAt = random.Next(2) == 0 ? from : null,
            };
        }).ToList();

    private static AccessAction Action(Random random) => random.Next(10) switch
    {
        < 6 => AccessAction.Read,
        < 8 => AccessAction.Discover,
        < 9 => AccessAction.Write,
        _ => AccessAction.Export,
    };

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
