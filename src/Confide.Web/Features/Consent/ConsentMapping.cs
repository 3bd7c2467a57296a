using System.Globalization;
using Confide.Core.Consent;
using Confide.Core.Profiles;
using static Confide.Web.Features.Api.ConsentContracts;

namespace Confide.Web.Features.Consent;

/// <summary>Explicit mapping of consent records to the API's shapes, in snake_case codes.</summary>
public static class ConsentMapping
{
    public static ConsentResponse ToResponse(ConsentRecord c, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(
            c.Id.Value, c.FamilyId.Value, c.GivenBy.Value, SnakeCase.Name(c.Role), c.Granted, SnakeCase.Name(c.StateOn(today)), SnakeCase.Name(c.Scope.Kind),
            c.Scope.AgencyId, c.Scope.Category is { } cat ? SnakeCase.Name(cat) : null,
            c.Scope.Purposes.Order().Select(SnakeCase.Name).ToList(), c.Scope.Kinds.Order().Select(SnakeCase.Name).ToList(),
            c.Evidence is { } e ? SnakeCase.Name(e.Kind) : null, c.Evidence?.WrittenReference, c.Evidence?.Witness?.Value,
            c.Evidence?.OralOn, c.Evidence?.OralAt?.ToString("HH:mm", CultureInfo.InvariantCulture), c.Evidence?.Wording,
            SnakeCase.Name(c.Visit), c.GivenOn, c.ExpiresOn, c.ReviewOn, c.Understanding?.Competent, c.Understanding?.Note,
            c.Withdrawal is { } w ? new WithdrawalResponse(w.On, w.RecordedBy.Value, w.HowTold, w.RecordedAt) : null,
            c.RecordedBy.Value, c.RecordedAt);
    }

    public static PrivacyNoticeResponse ToResponse(PrivacyNoticeExplanation p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.Id, p.FamilyId.Value, p.NoticeVersion, p.ExplainedOn, p.ExplainedBy.Value, p.Verbally, p.LeafletVersion,
            p.SharingExplained, p.RefusalConsequencesExplained, SnakeCase.Name(p.AbsentPartner), p.AbsentPartnerHow,
            p.AbsentPartnerToldOn, p.AbsentPartnerWhyNot, p.RecordedBy.Value, p.RecordedAt);
    }
}
