namespace Confide.Web.Tests.Authorization;

/// <summary>
/// How a person stands to the family file the matrix asks about. The world gives each (role, relationship) of the
/// tables an account of its own, set up exactly so.
/// </summary>
public enum Relationship
{
    /// <summary>The file's assigned coordinator.</summary>
    Assigned,

    /// <summary>Line manager of the assigned coordinator (scheme manager), or of the matched volunteer (coordinator).</summary>
    Supervising,

    /// <summary>A volunteer whose match with the family is active today.</summary>
    Matched,

    /// <summary>A volunteer whose match with the family ended yesterday.</summary>
    MatchEnded,

    /// <summary>A trustee's active spot-check grant on the file.</summary>
    SpotCheckGranted,

    /// <summary>An external auditor's active sample grant, a coordinator's presence attested for the sitting.</summary>
    SampleWithCoordinatorPresent,

    /// <summary>An external auditor's active sample grant, nobody's presence attested.</summary>
    SampleWithoutCoordinator,

    /// <summary>A contractor's active grant, the confidentiality undertaking recorded.</summary>
    GrantedWithUndertaking,

    /// <summary>A contractor's active grant, no undertaking recorded.</summary>
    GrantedWithoutUndertaking,

    /// <summary>The role's grant on the file ended yesterday.</summary>
    GrantExpired,

    /// <summary>The role's grant on the file was revoked.</summary>
    GrantRevoked,

    /// <summary>
    /// The best relationship the role can have to another file (assigned, matched, supervising, granted), and a
    /// conflict of interest declared on that file.
    /// </summary>
    Excluded,

    /// <summary>An account of the same organisation with nothing to do with the file.</summary>
    None,

    /// <summary>An account of another organisation.</summary>
    OtherOrganisation,
}

public static class RelationshipNames
{
    public static string Name(this Relationship relationship) => relationship switch
    {
        Relationship.Assigned => "assigned",
        Relationship.Supervising => "supervising",
        Relationship.Matched => "matched",
        Relationship.MatchEnded => "match ended",
        Relationship.SpotCheckGranted => "spot-check granted",
        Relationship.SampleWithCoordinatorPresent => "sample, coordinator present",
        Relationship.SampleWithoutCoordinator => "sample, no coordinator",
        Relationship.GrantedWithUndertaking => "granted, undertaking signed",
        Relationship.GrantedWithoutUndertaking => "granted, no undertaking",
        Relationship.GrantExpired => "grant expired",
        Relationship.GrantRevoked => "grant revoked",
        Relationship.Excluded => "excluded",
        Relationship.None => "none",
        Relationship.OtherOrganisation => "other organisation",
        _ => throw new ArgumentOutOfRangeException(nameof(relationship)),
    };
}
