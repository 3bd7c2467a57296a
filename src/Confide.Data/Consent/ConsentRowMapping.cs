using System.Globalization;
using Confide.Core.Consent;
using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Profiles;
using Confide.Core.Sharing;
using Confide.Core.Staff;
using Confide.Data.Crypto;
using Confide.Data.Records;

namespace Confide.Data.Consent;

/// <summary>Explicit mapping of consent records to rows and back, encrypting the family's free text on the way.</summary>
internal static class ConsentRowMapping
{
    public static ConsentRow ToRow(ConsentRecord c, OrganisationId org, FieldCipher cipher) => new()
    {
        Id = c.Id.Value,
        FamilyId = c.FamilyId.Value,
        OrganisationId = org.Value,
        MemberId = c.GivenBy.Value,
        GiverRole = SnakeCase.Name(c.Role),
        ChildCompetent = c.Understanding?.Competent,
        CompetenceNote = cipher.EncryptOptional("consent.competenceNote", c.Understanding?.Note),
        Granted = c.Granted,
        Scope = SnakeCase.Name(c.Scope.Kind),
        AgencyId = c.Scope.AgencyId,
        AgencyCategory = c.Scope.Category is { } cat ? SnakeCase.Name(cat) : null,
        Purposes = string.Join(',', c.Scope.Purposes.Order().Select(SnakeCase.Name)),
        Kinds = string.Join(',', c.Scope.Kinds.Order().Select(SnakeCase.Name)),
        Evidence = c.Evidence is { } e ? SnakeCase.Name(e.Kind) : null,
        WrittenReference = c.Evidence?.WrittenReference,
        WitnessId = c.Evidence?.Witness?.Value,
        OralOn = c.Evidence?.OralOn,
        OralAt = c.Evidence?.OralAt?.ToString("HH:mm", CultureInfo.InvariantCulture),
        Wording = cipher.EncryptOptional("consent.wording", c.Evidence?.Wording),
        Visit = SnakeCase.Name(c.Visit),
        GivenOn = c.GivenOn,
        ExpiresOn = c.ExpiresOn,
        ReviewOn = c.ReviewOn,
        RecordedBy = c.RecordedBy.Value,
        RecordedAt = c.RecordedAt,
        WithdrawnOn = c.Withdrawal?.On,
        WithdrawnBy = c.Withdrawal?.RecordedBy.Value,
        WithdrawalHow = cipher.EncryptOptional("consent.withdrawalHow", c.Withdrawal?.HowTold),
        WithdrawalRecordedAt = c.Withdrawal?.RecordedAt,
    };

    public static ConsentRecord ToDomain(ConsentRow r, FieldCipher cipher) => new()
    {
        Id = new ConsentId(r.Id),
        FamilyId = new FamilyId(r.FamilyId),
        GivenBy = new MemberId(r.MemberId),
        Role = Parse<ConsentGiverRole>(r.GiverRole),
        Understanding = r.ChildCompetent is { } competent ? new ChildUnderstanding(competent, cipher.Decrypt("consent.competenceNote", r.CompetenceNote!)) : null,
        Granted = r.Granted,
        Scope = new ConsentScope(Parse<ConsentScopeKind>(r.Scope), r.AgencyId, r.AgencyCategory is { } cat ? Parse<AgencyCategory>(cat) : null,
            Codes<SharingPurpose>(r.Purposes), Codes<InformationKind>(r.Kinds)),
        Evidence = r.Evidence is null ? null : new ConsentEvidence(Parse<ConsentEvidenceKind>(r.Evidence), r.WrittenReference,
            r.WitnessId is { } w ? new UserId(w) : null, r.OralOn,
            r.OralAt is { } at ? TimeOnly.ParseExact(at, "HH:mm", CultureInfo.InvariantCulture) : null,
            cipher.DecryptOptional("consent.wording", r.Wording)),
        Visit = Parse<ConsentVisit>(r.Visit),
        GivenOn = r.GivenOn,
        ExpiresOn = r.ExpiresOn,
        ReviewOn = r.ReviewOn,
        RecordedBy = new UserId(r.RecordedBy),
        RecordedAt = r.RecordedAt,
        Withdrawal = r.WithdrawnOn is { } on
            ? new ConsentWithdrawal(on, new UserId(r.WithdrawnBy!.Value), cipher.Decrypt("consent.withdrawalHow", r.WithdrawalHow!), r.WithdrawalRecordedAt!.Value)
            : null,
    };

    public static PrivacyNoticeExplanationRow ToRow(PrivacyNoticeExplanation p, OrganisationId org, FieldCipher cipher) => new()
    {
        Id = p.Id,
        FamilyId = p.FamilyId.Value,
        OrganisationId = org.Value,
        NoticeVersion = p.NoticeVersion,
        ExplainedOn = p.ExplainedOn,
        ExplainedBy = p.ExplainedBy.Value,
        Verbally = p.Verbally,
        LeafletVersion = p.LeafletVersion,
        SharingExplained = p.SharingExplained,
        RefusalConsequencesExplained = p.RefusalConsequencesExplained,
        AbsentPartner = SnakeCase.Name(p.AbsentPartner),
        AbsentPartnerHow = cipher.EncryptOptional("privacyNotice.absentPartnerHow", p.AbsentPartnerHow),
        AbsentPartnerToldOn = p.AbsentPartnerToldOn,
        AbsentPartnerWhyNot = cipher.EncryptOptional("privacyNotice.absentPartnerWhyNot", p.AbsentPartnerWhyNot),
        RecordedBy = p.RecordedBy.Value,
        RecordedAt = p.RecordedAt,
    };

    public static PrivacyNoticeExplanation ToDomain(PrivacyNoticeExplanationRow r, FieldCipher cipher) => new()
    {
        Id = r.Id,
        FamilyId = new FamilyId(r.FamilyId),
        NoticeVersion = r.NoticeVersion,
        ExplainedOn = r.ExplainedOn,
        ExplainedBy = new UserId(r.ExplainedBy),
        Verbally = r.Verbally,
        LeafletVersion = r.LeafletVersion,
        SharingExplained = r.SharingExplained,
        RefusalConsequencesExplained = r.RefusalConsequencesExplained,
        AbsentPartner = Parse<AbsentPartner>(r.AbsentPartner),
        AbsentPartnerHow = cipher.DecryptOptional("privacyNotice.absentPartnerHow", r.AbsentPartnerHow),
        AbsentPartnerToldOn = r.AbsentPartnerToldOn,
        AbsentPartnerWhyNot = cipher.DecryptOptional("privacyNotice.absentPartnerWhyNot", r.AbsentPartnerWhyNot),
        RecordedBy = new UserId(r.RecordedBy),
        RecordedAt = r.RecordedAt,
    };

    public static ServiceAgreementRow ToRow(ServiceAgreement a, OrganisationId org) => new()
    {
        Id = a.Id, FamilyId = a.FamilyId.Value, OrganisationId = org.Value, AgreedOn = a.AgreedOn, RecordedBy = a.RecordedBy.Value, RecordedAt = a.RecordedAt,
    };

    public static ServiceAgreement ToDomain(ServiceAgreementRow r) =>
        new(r.Id, new FamilyId(r.FamilyId), r.AgreedOn, new UserId(r.RecordedBy), r.RecordedAt);

    private static T Parse<T>(string code) where T : struct, Enum =>
        SnakeCase.TryParse<T>(code, out var value) ? value : throw new InvalidDataException($"'{code}' is not a stored {typeof(T).Name} code.");

    private static HashSet<T> Codes<T>(string codes) where T : struct, Enum =>
        codes.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Parse<T>).ToHashSet();
}
