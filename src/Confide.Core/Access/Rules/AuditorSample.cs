using Confide.Core.Staff;

namespace Confide.Core.Access.Rules;

/// <summary>
/// Does an external auditor hold an active sample grant naming this file (SUF-28, WIR-28), may auditors see files at
/// all under this profile, and — where the profile asks — has a coordinator attested being present (WIR-39)?
/// Special-category fields masked; the file shows in their lists whether or not the coordinator is there yet.
/// </summary>
internal sealed class AuditorSample : IAccessRule<AccessRequest>
{
    private static readonly AccessDecision Sampled = Decisions.Allow(AccessRuleNames.AuditorSample, Role.ExternalAuditor,
        FileView.Full, AccessObligations.MaskSpecialCategory, "The file is in the auditor's sample, during the audit window.");

    private static readonly AccessDecision NotAllowed = Decisions.Refuse(AccessRuleNames.AuditorNotAllowed, Role.ExternalAuditor,
        "This organisation's policy does not let external auditors see family files.");

    private static readonly AccessDecision CoordinatorAbsent = Decisions.Refuse(AccessRuleNames.AuditorCoordinatorAbsent, Role.ExternalAuditor,
        "An external auditor reads a family file only with a coordinator present, and no coordinator has attested being present.");

    private static readonly AccessDecision ReadOnly = Decisions.Refuse(AccessRuleNames.AuditorSample, Role.ExternalAuditor,
        "An audit sample lets the auditor read the file, not change, export or share it.");

    public RuleVerdict Evaluate(AccessRequest request)
    {
        if (!request.Actor.Has(Role.ExternalAuditor))
        {
            return RuleVerdict.NotApplicable;
        }

        var (sampled, present) = (false, false);
        foreach (var grant in request.File.Grants)
        {
            if (grant.IsActiveFor(GrantKind.AuditorSample, request.Actor, request.At))
            {
                sampled = true;
                present |= grant.Presence?.HoldsAt(request.At) == true;
            }
        }

        if (!sampled)
        {
            return RuleVerdict.NotApplicable;
        }

        var auditors = request.Rules.Auditor;
        if (!auditors.Allowed)
        {
            return NotAllowed;
        }

        return request.Action switch
        {
            AccessAction.Discover => Sampled,
            AccessAction.Read => !auditors.CoordinatorPresentRequired || present ? Sampled : CoordinatorAbsent,
            _ => ReadOnly,
        };
    }
}
