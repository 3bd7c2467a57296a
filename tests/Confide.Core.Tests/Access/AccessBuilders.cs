using Confide.Core.Access;
using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Staff;

namespace Confide.Core.Tests.Access;

/// <summary>The shared scene of the access tests: one organisation, a fixed "now", and a way to ask the engine.</summary>
internal static class Scene
{
    public static readonly OrganisationId Org = OrganisationId.New();
    public static readonly OrganisationId OtherOrg = OrganisationId.New();

    /// <summary>Noon UTC on 15 April 2026.</summary>
    public static readonly DateTimeOffset Now = new(2026, 4, 15, 12, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    public static readonly AccessReason CaseWork = new(AccessPurpose.CaseWork, null);

    public static readonly AccessReason Emergency = new(AccessPurpose.Emergency, "Police at the door asking about the children");

    public static readonly IAccessPolicy Policy = new NeedToKnowPolicy();

    public static AccessDecision Decide(Actor actor, AccessAction action, FileRelationships file, Func<AccessRequest, AccessRequest>? with = null)
    {
        var request = new AccessRequest(actor, action, file, Now);
        return Policy.Decide(with is null ? request : with(request));
    }
}

/// <summary>Builds an <see cref="Actor"/>: <c>new ActorBuilder(Role.Coordinator).Supervising(volunteer)</c>.</summary>
internal sealed class ActorBuilder(params Role[] roles)
{
    private readonly HashSet<UserId> _supervisees = [];
    private UserId _id = UserId.New();
    private OrganisationId _org = Scene.Org;

    public UserId Id => _id;

    public ActorBuilder WithId(UserId id)
    {
        _id = id;
        return this;
    }

    public ActorBuilder InOrganisation(OrganisationId org)
    {
        _org = org;
        return this;
    }

    public ActorBuilder Supervising(params UserId[] supervisees)
    {
        _supervisees.UnionWith(supervisees);
        return this;
    }

    public Actor Build() => new(_id, _org, new HashSet<Role>(roles)) { Supervisees = new HashSet<UserId>(_supervisees) };

    public static implicit operator Actor(ActorBuilder builder) => builder.Build();
}

/// <summary>Builds a family file's relationships: <c>new FamilyFileBuilder().AssignedTo(c).WithMatch(v, from, to)</c>.</summary>
internal sealed class FamilyFileBuilder
{
    private readonly FamilyId _family = FamilyId.New();
    private readonly List<VolunteerMatch> _matches = [];
    private readonly HashSet<UserId> _excluded = [];
    private readonly List<AccessGrant> _grants = [];
    private OrganisationId _org = Scene.Org;
    private UserId? _coordinator;

    public FamilyFileBuilder AssignedTo(UserId coordinator)
    {
        _coordinator = coordinator;
        return this;
    }

    public FamilyFileBuilder InOrganisation(OrganisationId org)
    {
        _org = org;
        return this;
    }

    /// <summary>A match from <paramref name="from"/> to <paramref name="to"/> inclusive (open-ended when null).</summary>
    public FamilyFileBuilder WithMatch(UserId volunteer, DateOnly from, DateOnly? to = null)
    {
        _matches.Add(new VolunteerMatch(MatchId.New(), _family, volunteer, from, to));
        return this;
    }

    /// <summary>A match that started a month ago and is still running.</summary>
    public FamilyFileBuilder WithActiveMatch(UserId volunteer) => WithMatch(volunteer, Scene.Today.AddMonths(-1));

    public FamilyFileBuilder Excluding(UserId user)
    {
        _excluded.Add(user);
        return this;
    }

    public FamilyFileBuilder WithGrant(AccessGrant grant)
    {
        _grants.Add(grant);
        return this;
    }

    public FileRelationships Build() =>
        new(_family, _org, _coordinator, _matches.ToList()) { Excluded = new HashSet<UserId>(_excluded), Grants = _grants.ToList() };

    public static implicit operator FileRelationships(FamilyFileBuilder builder) => builder.Build();
}

/// <summary>Builds a grant, by default running from yesterday to a week from now, issued by someone else.</summary>
internal sealed class GrantBuilder(GrantKind kind, UserId grantee)
{
    private DateTimeOffset _from = Scene.Now.AddDays(-1);
    private DateTimeOffset _until = Scene.Now.AddDays(7);
    private DateTimeOffset? _revokedAt;
    private DateTimeOffset? _undertakingSignedAt;
    private CoordinatorPresence? _presence;

    public GrantBuilder Between(DateTimeOffset from, DateTimeOffset until)
    {
        (_from, _until) = (from, until);
        return this;
    }

    public GrantBuilder RevokedAt(DateTimeOffset at)
    {
        _revokedAt = at;
        return this;
    }

    public GrantBuilder UndertakingSignedAt(DateTimeOffset at)
    {
        _undertakingSignedAt = at;
        return this;
    }

    /// <summary>A coordinator attested being present from <paramref name="from"/> until <paramref name="until"/>.</summary>
    public GrantBuilder CoordinatorPresent(DateTimeOffset from, DateTimeOffset until)
    {
        _presence = new CoordinatorPresence(UserId.New(), from, until);
        return this;
    }

    public AccessGrant Build() => new(GrantId.New(), kind, grantee, UserId.New(), _from, _until, "Quarterly check")
    {
        RevokedAt = _revokedAt,
        UndertakingSignedAt = _undertakingSignedAt,
        Presence = _presence,
    };

    public static implicit operator AccessGrant(GrantBuilder builder) => builder.Build();
}
