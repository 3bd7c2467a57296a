namespace Confide.Web.Features.Api;

/// <summary>
/// The JSON shapes of consent in <c>/api/v1</c> (also bound by the consent page's forms). Codes are snake_case:
/// roles <c>parent</c>, <c>parental_responsibility_holder</c>, <c>child</c>; scopes <c>general_referrer</c>,
/// <c>general_involved_agencies</c>, <c>specific</c>; evidence <c>written</c>, <c>oral</c>; visits <c>initial</c>, <c>review</c>.
/// </summary>
public static class ConsentContracts
{
    /// <summary>A consent or refusal to record.</summary>
    public sealed class ConsentRequest
    {
        public Guid? MemberId { get; set; }
        public string? Role { get; set; }
        public bool? Granted { get; set; }
        public string? Scope { get; set; }
        public Guid? AgencyId { get; set; }
        public string? Category { get; set; }
        public List<string> Purposes { get; set; } = [];
        public List<string> Kinds { get; set; } = [];
        public string? Evidence { get; set; }
        public string? WrittenReference { get; set; }
        public Guid? Witness { get; set; }
        public DateOnly? OralOn { get; set; }

        /// <summary>The time oral consent was given, like <c>14:30</c>.</summary>
        public string? OralAt { get; set; }

        public string? Wording { get; set; }
        public string? Visit { get; set; }
        public DateOnly? GivenOn { get; set; }
        public DateOnly? ExpiresOn { get; set; }
        public DateOnly? ReviewOn { get; set; }
        public bool? ChildCompetent { get; set; }
        public string? CompetenceNote { get; set; }
    }

    /// <summary>A privacy-notice explanation to record.</summary>
    public sealed class PrivacyNoticeRequest
    {
        public string? NoticeVersion { get; set; }
        public DateOnly? ExplainedOn { get; set; }
        public Guid? ExplainedBy { get; set; }
        public bool Verbally { get; set; }
        public string? LeafletVersion { get; set; }
        public bool SharingExplained { get; set; }
        public bool RefusalConsequencesExplained { get; set; }

        /// <summary><c>not_applicable</c>, <c>told</c> or <c>not_told</c>.</summary>
        public string? AbsentPartner { get; set; }

        public string? AbsentPartnerHow { get; set; }
        public DateOnly? AbsentPartnerToldOn { get; set; }
        public string? AbsentPartnerWhyNot { get; set; }
    }

    public sealed class AgreementRequest
    {
        public DateOnly? AgreedOn { get; set; }
    }

    public sealed class WithdrawRequest
    {
        public DateOnly? WithdrawnOn { get; set; }
        public string? HowTold { get; set; }
    }

    public sealed record WithdrawalResponse(DateOnly On, Guid RecordedBy, string HowTold, DateTimeOffset RecordedAt);

    public sealed record ConsentResponse(
        Guid Id, Guid FamilyId, Guid MemberId, string Role, bool Granted, string State, string Scope, Guid? AgencyId, string? Category,
        IReadOnlyList<string> Purposes, IReadOnlyList<string> Kinds, string? Evidence, string? WrittenReference, Guid? Witness,
        DateOnly? OralOn, string? OralAt, string? Wording, string Visit, DateOnly GivenOn, DateOnly? ExpiresOn, DateOnly? ReviewOn,
        bool? ChildCompetent, string? CompetenceNote, WithdrawalResponse? Withdrawal, Guid RecordedBy, DateTimeOffset RecordedAt);

    public sealed record PrivacyNoticeResponse(
        Guid Id, Guid FamilyId, string NoticeVersion, DateOnly ExplainedOn, Guid ExplainedBy, bool Verbally, string? LeafletVersion,
        bool SharingExplained, bool RefusalConsequencesExplained, string AbsentPartner, string? AbsentPartnerHow,
        DateOnly? AbsentPartnerToldOn, string? AbsentPartnerWhyNot, Guid RecordedBy, DateTimeOffset RecordedAt);

    public sealed record AgreementResponse(Guid Id, Guid FamilyId, DateOnly AgreedOn, Guid RecordedBy, DateTimeOffset RecordedAt);
}
