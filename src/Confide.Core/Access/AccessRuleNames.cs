namespace Confide.Core.Access;

/// <summary>
/// The stable names of the access rules, as they appear in <see cref="AccessDecision.Rule"/>, on the record of access
/// and in "why can X see this?". Renaming one breaks the meaning of past audit entries: add, never rename.
/// </summary>
public static class AccessRuleNames
{
    /// <summary>The file belongs to another organisation (hidden).</summary>
    public const string OrganisationBoundary = "organisation-boundary";

    /// <summary>The actor is excluded from the file by a declared conflict of interest (hidden).</summary>
    public const string ConflictOfInterest = "conflict-of-interest";

    /// <summary>The coordinator the family file is assigned to.</summary>
    public const string AssignedCoordinator = "assigned-coordinator";

    /// <summary>Exports and shares go through a recorded sharing decision, not a plain access.</summary>
    public const string SharingDecisionRequired = "sharing-decision-required";

    /// <summary>The organisation's designated safeguarding lead.</summary>
    public const string SafeguardingLead = "safeguarding-lead";

    /// <summary>The line manager of the assigned coordinator, or of a volunteer matched to the family.</summary>
    public const string LineManagerSupervision = "line-manager-supervision";

    /// <summary>A volunteer matched to the family, while the match is active.</summary>
    public const string MatchedVolunteer = "matched-volunteer";

    /// <summary>A trustee holding an active spot-check grant for the file.</summary>
    public const string TrusteeSpotCheck = "trustee-spot-check";

    /// <summary>An external auditor holding an active sample grant for the file.</summary>
    public const string AuditorSample = "auditor-sample";

    /// <summary>The profile requires a coordinator present and none has attested it.</summary>
    public const string AuditorCoordinatorAbsent = "auditor-coordinator-absent";

    /// <summary>The profile does not let external auditors see files at all.</summary>
    public const string AuditorNotAllowed = "auditor-not-allowed";

    /// <summary>A contractor holding an active incidental-access grant for the file.</summary>
    public const string ContractorUndertaking = "contractor-undertaking";

    /// <summary>A contractor's grant without a signed confidentiality undertaking.</summary>
    public const string ContractorUndertakingMissing = "contractor-undertaking-missing";

    /// <summary>Emergency access with a mandatory reason, alerting the safeguarding lead and reviewed afterwards.</summary>
    public const string BreakGlass = "break-glass";

    /// <summary>The actor's roles do not allow breaking the glass.</summary>
    public const string BreakGlassNotAvailable = "break-glass-not-available";

    /// <summary>Administrators manage accounts and configuration, never content.</summary>
    public const string AdministratorNoContent = "administrator-no-content";

    /// <summary>No rule gives the actor a need to know.</summary>
    public const string NoRelationship = "no-relationship";

    /// <summary>A person reading their own personnel file.</summary>
    public const string OwnRecord = "own-record";

    /// <summary>The line manager of the person a personnel file is about.</summary>
    public const string LineManager = "line-manager";

    /// <summary>A role the profile names for personnel files (e.g. chief officer, office manager).</summary>
    public const string PersonnelRole = "personnel-role";
}
