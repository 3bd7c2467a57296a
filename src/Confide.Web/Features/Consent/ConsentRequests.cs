using System.Globalization;
using Confide.Core.Common;
using Confide.Core.Consent;
using Confide.Core.Families;
using Confide.Core.Profiles;
using Confide.Core.Sharing;
using Confide.Core.Staff;
using static Confide.Web.Features.Api.ConsentContracts;

namespace Confide.Web.Features.Consent;

/// <summary>Turns the codes of a request (API or form) into the domain's details, reporting unknown codes by field.</summary>
public static class ConsentRequests
{
    public static (ConsentDetails Details, IReadOnlyList<ValidationError> Errors) ToDetails(ConsentRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var v = new Validator();
        TimeOnly? oralAt = null;
        if (!string.IsNullOrWhiteSpace(r.OralAt))
        {
            if (TimeOnly.TryParseExact(r.OralAt.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
            {
                oralAt = t;
            }
            else
            {
                v.Add("oralAt", "invalid", $"'{Clip(r.OralAt)}' is not a time; enter it like 14:30.");
            }
        }

        var details = new ConsentDetails
        {
            GivenBy = r.MemberId is { } m ? new MemberId(m) : null,
            Role = Code<ConsentGiverRole>(r.Role, "role", v),
            Granted = r.Granted,
            Scope = Code<ConsentScopeKind>(r.Scope, "scope", v),
            AgencyId = r.AgencyId,
            Category = Code<AgencyCategory>(r.Category, "category", v),
            Purposes = r.Purposes.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => Code<SharingPurpose>(p, "purposes", v)).OfType<SharingPurpose>().ToList(),
            Kinds = r.Kinds.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => Code<InformationKind>(k, "kinds", v)).OfType<InformationKind>().ToList(),
            Evidence = Code<ConsentEvidenceKind>(r.Evidence, "evidence", v),
            WrittenReference = r.WrittenReference,
            Witness = r.Witness is { } w ? new UserId(w) : null,
            OralOn = r.OralOn,
            OralAt = oralAt,
            Wording = r.Wording,
            Visit = Code<ConsentVisit>(r.Visit, "visit", v),
            GivenOn = r.GivenOn,
            ExpiresOn = r.ExpiresOn,
            ReviewOn = r.ReviewOn,
            ChildCompetent = r.ChildCompetent,
            CompetenceNote = r.CompetenceNote,
        };
        return (details, v.Errors);
    }

    public static (PrivacyNoticeDetails Details, IReadOnlyList<ValidationError> Errors) ToDetails(PrivacyNoticeRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var v = new Validator();
        return (new PrivacyNoticeDetails
        {
            NoticeVersion = r.NoticeVersion,
            ExplainedOn = r.ExplainedOn,
            ExplainedBy = r.ExplainedBy is { } e ? new UserId(e) : null,
            Verbally = r.Verbally,
            LeafletVersion = r.LeafletVersion,
            SharingExplained = r.SharingExplained,
            RefusalConsequencesExplained = r.RefusalConsequencesExplained,
            AbsentPartner = Code<AbsentPartner>(r.AbsentPartner, "absentPartner", v),
            AbsentPartnerHow = r.AbsentPartnerHow,
            AbsentPartnerToldOn = r.AbsentPartnerToldOn,
            AbsentPartnerWhyNot = r.AbsentPartnerWhyNot,
        }, v.Errors);
    }

    /// <summary>Null when empty (the domain says it is required, if it is); an error when not a known code.</summary>
    private static T? Code<T>(string? code, string field, Validator v) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        if (SnakeCase.TryParse<T>(code.Trim(), out var value))
        {
            return value;
        }

        v.Add(field, "invalid", $"'{Clip(code)}' is not a known value here; use one of: {string.Join(", ", SnakeCase.All<T>())}.");
        return null;
    }

    private static string Clip(string s) => s.Length > 30 ? s[..30] + "…" : s;
}
