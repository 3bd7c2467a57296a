using Confide.Core.Profiles;
using Confide.Core.Staff;

namespace Confide.Core.Access;

/// <summary>Access parameters for an organisation whose profile says nothing: no reasons demanded, auditors only with the coordinator present, personnel files for the chief officer and office manager.</summary>
public static class AccessDefaults
{
    /// <summary>The default parameters.</summary>
    public static AccessRules Rules { get; } = new(
        ReasonRequiredRoles: [],
        SignatureRequiredRoles: [],
        RecordOfAccessFiles: [FileKind.Family],
        Auditor: new AuditorAccess(Allowed: true, CoordinatorPresentRequired: true),
        PersonnelFileRoles: [Role.ChiefOfficer, Role.OfficeManager]);
}
