namespace Confide.Core.Staff;

/// <summary>
/// The roles people hold in a scheme (SPEC §1). A person may hold several. Families, data subjects and
/// receiving agencies are not roles: they never sign in to the records system itself.
/// </summary>
public enum Role
{
    /// <summary>Organiser/co-ordinator: works the families assigned to them, in full.</summary>
    Coordinator,

    /// <summary>Home-visiting volunteer: only families matched to them, minimal fields.</summary>
    Volunteer,

    /// <summary>Scheme manager or line manager: supervises a team's families.</summary>
    SchemeManager,

    /// <summary>Chief officer: personnel files; conflicts of interest are declared to the Chair.</summary>
    ChiefOfficer,

    /// <summary>Office manager: personnel files.</summary>
    OfficeManager,

    /// <summary>Designated safeguarding lead.</summary>
    SafeguardingLead,

    /// <summary>Trustee: anonymised reports; files only through a recorded spot-check grant.</summary>
    Trustee,

    /// <summary>External auditor or quality-assurance reviewer: sampled files, time-limited.</summary>
    ExternalAuditor,

    /// <summary>Contractor or visitor: nothing by default.</summary>
    Contractor,

    /// <summary>System administrator: accounts and configuration, never family content.</summary>
    Administrator,
}
