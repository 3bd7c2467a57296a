using Confide.Core.Staff;

namespace Confide.Core.Profiles;

/// <summary>The organisation's rules for opening files and recording who opened them.</summary>
/// <param name="ReasonRequiredRoles">Roles that must give a reason before a file opens.</param>
/// <param name="SignatureRequiredRoles">Roles that must sign and date the file's record of access.</param>
/// <param name="RecordOfAccessFiles">Kinds of file that carry a record of access.</param>
/// <param name="Auditor">Whether external auditors may see files, and on what condition.</param>
/// <param name="PersonnelFileRoles">Roles that may see staff, volunteer and trustee personal data.</param>
public sealed record AccessRules(
    IReadOnlyList<Role> ReasonRequiredRoles,
    IReadOnlyList<Role> SignatureRequiredRoles,
    IReadOnlyList<FileKind> RecordOfAccessFiles,
    AuditorAccess Auditor,
    IReadOnlyList<Role> PersonnelFileRoles);
