using Confide.Core.Staff;

namespace Confide.Core.Access.Rules;

/// <summary>
/// Does a trustee hold an active spot-check grant naming this file (WIR-28)? Reading, special-category fields masked.
/// A trustee without one sees no file.
/// </summary>
internal sealed class TrusteeSpotCheck : IAccessRule<AccessRequest>
{
    private static readonly ActionTable Terms = new(
        Decisions.Allow(AccessRuleNames.TrusteeSpotCheck, Role.Trustee, FileView.Full, AccessObligations.MaskSpecialCategory,
            "The trustee holds a spot-check grant for this file."),
        Decisions.Refuse(AccessRuleNames.TrusteeSpotCheck, Role.Trustee,
            "A spot-check grant lets a trustee read the file, not change, export or share it."),
        AccessAction.Read, AccessAction.Discover);

    public RuleVerdict Evaluate(AccessRequest request) =>
        GrantFacts.HoldsActive(request, GrantKind.TrusteeSpotCheck) ? Terms.For(request.Action) : RuleVerdict.NotApplicable;
}
