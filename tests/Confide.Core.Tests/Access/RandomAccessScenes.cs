using System.Globalization;
using Confide.Core.Access;
using Confide.Core.Families;
using Confide.Core.Profiles;
using Confide.Core.Staff;

namespace Confide.Core.Tests.Access;

/// <summary>
/// Random actors, files, grants and profiles over a small pool of people and a few days around "now", so that
/// relationships, exclusions, boundaries of time and odd combinations of roles occur often. Deterministic per seed.
/// </summary>
internal sealed class RandomAccessScenes(int seed)
{
    private static readonly Role[] Roles = Enum.GetValues<Role>();
    private static readonly GrantKind[] Kinds = Enum.GetValues<GrantKind>();

    private readonly Random _random = new(seed);
    private readonly UserId[] _people = Enumerable.Range(0, 8).Select(i => new UserId(new Guid(i + 1, 0, 0, new byte[8]))).ToArray();

    public AccessRequest FamilyRequest()
    {
        var at = At();
        var actor = Actor();
        return new AccessRequest(actor, Action(), File(at, actor), at)
        {
            Rules = Rules(),
            Reason = Reason(),
            BreakGlass = Chance(0.25),
        };
    }

    public PersonnelAccessRequest PersonnelRequest()
    {
        var file = new PersonnelFileFacts(Pick(_people), Chance(0.95) ? Scene.Org : Scene.OtherOrg, Chance(0.7) ? Pick(_people) : null)
        {
            Excluded = Subset(_people, 0.08),
        };
        return new PersonnelAccessRequest(Actor(), Action(), file, At()) { Rules = Rules(), Reason = Reason() };
    }

    public Actor Actor() =>
        new(Pick(_people), Chance(0.95) ? Scene.Org : Scene.OtherOrg, SomeRoles()) { Supervisees = Subset(_people, 0.07) };

    /// <summary>Mostly one role or two, sometimes none or three: a mix of every role would let the safeguarding lead win too often.</summary>
    private HashSet<Role> SomeRoles()
    {
        var count = _random.Next(10) switch { 0 => 0, < 7 => 1, < 9 => 2, _ => 3 };
        return Enumerable.Range(0, count).Select(_ => Pick(Roles)).ToHashSet();
    }

    /// <summary>Reads weigh most: they are where reasons, presence and break-glass come in.</summary>
    private AccessAction Action() => _random.Next(10) switch
    {
        < 4 => AccessAction.Read,
        < 6 => AccessAction.Discover,
        < 8 => AccessAction.Write,
        8 => AccessAction.Export,
        _ => AccessAction.Share,
    };

    /// <summary>A file whose coordinator, matches and grants name <paramref name="focus"/> more often than chance would.</summary>
    public FileRelationships File(DateTimeOffset at, Actor? focus = null)
    {
        UserId Someone(double p) => focus is not null && Chance(p) ? focus.UserId : Pick(_people);
        GrantKind Kind() => focus?.Roles.FirstOrDefault(r => r is Role.Trustee or Role.ExternalAuditor or Role.Contractor) switch
        {
            Role.Trustee when Chance(0.5) => GrantKind.TrusteeSpotCheck,
            Role.ExternalAuditor when Chance(0.5) => GrantKind.AuditorSample,
            Role.Contractor when Chance(0.5) => GrantKind.ContractorIncidental,
            _ => Pick(Kinds),
        };
        var family = FamilyId.New();
        var today = DateOnly.FromDateTime(at.UtcDateTime);
        var matches = Enumerable.Range(0, _random.Next(4)).Select(_ =>
        {
            var start = today.AddDays(_random.Next(-40, 4));
            DateOnly? end = Chance(0.5) ? null : start.AddDays(_random.Next(0, 45));
            return new VolunteerMatch(MatchId.New(), family, Someone(0.2), start, end);
        }).ToList();
        var grants = Enumerable.Range(0, _random.Next(5)).Select(_ => Grant(at, Kind(), Someone(0.4))).ToList();
        return new FileRelationships(family, Chance(0.95) ? Scene.Org : Scene.OtherOrg, Chance(0.8) ? Someone(0.3) : null, matches)
        {
            Excluded = Subset(_people, 0.08),
            Grants = grants,
        };
    }

    public AccessRules Rules() => new(
        ReasonRequiredRoles: Subset(Roles, 0.4).ToList(),
        SignatureRequiredRoles: [],
        RecordOfAccessFiles: [FileKind.Family],
        Auditor: new AuditorAccess(Chance(0.8), Chance(0.5)),
        PersonnelFileRoles: Subset(Roles, 0.25).ToList());

    public DateTimeOffset At() =>
        new DateTimeOffset(2026, 4, 15, 0, 0, 0, TimeSpan.Zero)
            .AddMinutes(_random.Next(0, 4 * 24 * 60))
            .ToOffset(TimeSpan.FromHours(_random.Next(-12, 15)));

    /// <summary>A grant whose times fall on either side of <paramref name="at"/>, and sometimes exactly on it.</summary>
    private AccessGrant Grant(DateTimeOffset at, GrantKind kind, UserId grantee)
    {
        var from = Around(at, 72);
        var until = from.AddHours(_random.Next(0, 120));
        return new AccessGrant(GrantId.New(), kind, grantee, Pick(_people), from, Chance(0.1) ? at : until, "Random check")
        {
            RevokedAt = Chance(0.2) ? Around(at, 48) : null,
            UndertakingSignedAt = Chance(0.5) ? Around(at, 48) : null,
            Presence = Chance(0.5) ? Presence(at) : null,
        };
    }

    private CoordinatorPresence Presence(DateTimeOffset at)
    {
        var from = Around(at, 4);
        return new CoordinatorPresence(Pick(_people), from, Chance(0.1) ? at : from.AddHours(_random.Next(0, 5)));
    }

    private AccessReason? Reason() => _random.Next(7) switch
    {
        0 or 1 => null,
        2 => new AccessReason(AccessPurpose.CaseWork, null),
        3 => new AccessReason(AccessPurpose.Other, null),
        4 => new AccessReason(AccessPurpose.Other, "Covering a colleague"),
        5 => new AccessReason(AccessPurpose.Emergency, "Child at risk tonight"),
        _ => new AccessReason(AccessPurpose.Emergency, " "),
    };

    private DateTimeOffset Around(DateTimeOffset at, int hours) => Chance(0.15) ? at : at.AddHours(_random.Next(-hours, hours + 1));

    private bool Chance(double p) => _random.NextDouble() < p;

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private HashSet<T> Subset<T>(T[] items, double p) => items.Where(_ => Chance(p)).ToHashSet();

    /// <summary>The request in a line, for a failure message.</summary>
    public static string Describe(AccessRequest r) => string.Create(CultureInfo.InvariantCulture,
        $"actor {r.Actor.UserId.Value.ToString()[..8]} org {(r.Actor.OrganisationId == Scene.Org ? "same" : "other")} roles [{string.Join(",", r.Actor.Roles)}] supervises [{Ids(r.Actor.Supervisees)}]; " +
        $"{r.Action} at {r.At:O} break-glass {r.BreakGlass} reason {r.Reason}; " +
        $"file org {(r.File.OrganisationId == Scene.Org ? "same" : "other")} coordinator {r.File.AssignedCoordinatorId?.Value.ToString()[..8]} excluded [{Ids(r.File.Excluded)}] " +
        $"matches [{string.Join("; ", r.File.Matches.Select(m => $"{m.VolunteerId.Value.ToString()[..8]} {m.StartedOn:O}..{m.EndedOn:O}"))}] " +
        $"grants [{string.Join("; ", r.File.Grants.Select(g => $"{g.Kind} to {g.GranteeId.Value.ToString()[..8]} {g.ValidFrom:O}..{g.ValidUntil:O} revoked {g.RevokedAt:O} undertaking {g.UndertakingSignedAt:O} presence {g.Presence}"))}]; " +
        $"rules reasons [{string.Join(",", r.Rules.ReasonRequiredRoles)}] auditor {r.Rules.Auditor}");

    /// <summary>The personnel request in a line, for a failure message.</summary>
    public static string Describe(PersonnelAccessRequest r) => string.Create(CultureInfo.InvariantCulture,
        $"actor {r.Actor.UserId.Value.ToString()[..8]} org {(r.Actor.OrganisationId == Scene.Org ? "same" : "other")} roles [{string.Join(",", r.Actor.Roles)}]; {r.Action} reason {r.Reason}; " +
        $"subject {r.File.Subject.Value.ToString()[..8]} manager {r.File.LineManagerId?.Value.ToString()[..8]} org {(r.File.OrganisationId == Scene.Org ? "same" : "other")} excluded [{Ids(r.File.Excluded)}]; " +
        $"rules reasons [{string.Join(",", r.Rules.ReasonRequiredRoles)}] personnel [{string.Join(",", r.Rules.PersonnelFileRoles)}]");

    private static string Ids(IEnumerable<UserId> ids) => string.Join(",", ids.Select(i => i.Value.ToString()[..8]));
}
