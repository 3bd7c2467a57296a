namespace Confide.Core.Access;

/// <summary>Tasks of running access control itself (not reading files): who may grant, exclude, review and report.</summary>
public enum StaffTask
{
    /// <summary>Issue or revoke a time-limited grant (trustee spot-check, auditor sample, contractor).</summary>
    ManageGrants,

    /// <summary>Attest being present while an external auditor reads files (WIR-39).</summary>
    AttestPresence,

    /// <summary>Record that a contractor signed a confidentiality undertaking.</summary>
    RecordUndertaking,

    /// <summary>Declare or lift a conflict-of-interest exclusion (CFS-36).</summary>
    ManageExclusions,

    /// <summary>Run the exception report: refusals, break-glass, access without reason, out of hours (SUF-21).</summary>
    ViewExceptionReport,

    /// <summary>Review break-glass accesses afterwards.</summary>
    ReviewBreakGlass,

    /// <summary>Ask who can see any file of the organisation, and why a person can.</summary>
    ExplainAccess,

    /// <summary>Set who line-manages whom (supervision).</summary>
    SetLineManagers,

    /// <summary>Add, edit, check and retire agencies on the register (SUF-22); everyone on the staff may read it.</summary>
    ManageAgencies,
}
