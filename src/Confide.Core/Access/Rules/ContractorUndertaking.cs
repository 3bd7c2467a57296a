using Confide.Core.Staff;

namespace Confide.Core.Access.Rules;

/// <summary>
/// Does a contractor hold an active incidental-access grant naming this file, with a confidentiality undertaking signed
/// by the time of the request? Then they may read it, special-category fields masked, and nothing more: the file does
/// not even show in their lists.
/// </summary>
internal sealed class ContractorUndertaking : IAccessRule<AccessRequest>
{
    private static readonly AccessDecision Incidental = Decisions.Allow(AccessRuleNames.ContractorUndertaking, Role.Contractor,
        FileView.Full, AccessObligations.MaskSpecialCategory,
        "The contractor holds an access grant for this file and has signed a confidentiality undertaking.");

    private static readonly AccessDecision Unsigned = Decisions.Refuse(AccessRuleNames.ContractorUndertakingMissing, Role.Contractor,
        "A contractor sees a file only after signing a confidentiality undertaking, and none is recorded.");

    private static readonly AccessDecision ReadOnly = Decisions.Refuse(AccessRuleNames.ContractorUndertaking, Role.Contractor,
        "A contractor's grant lets them read the file, nothing more.");

    public RuleVerdict Evaluate(AccessRequest request)
    {
        if (!request.Actor.Has(Role.Contractor))
        {
            return RuleVerdict.NotApplicable;
        }

        var (granted, signed) = (false, false);
        foreach (var grant in request.File.Grants)
        {
            if (grant.IsActiveFor(GrantKind.ContractorIncidental, request.Actor, request.At))
            {
                granted = true;
                signed |= grant.UndertakingSignedAt <= request.At;
            }
        }

        if (!granted)
        {
            return RuleVerdict.NotApplicable;
        }

        if (!signed)
        {
            return Unsigned;
        }

        return request.Action == AccessAction.Read ? Incidental : ReadOnly;
    }
}
