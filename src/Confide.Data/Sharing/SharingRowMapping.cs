using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Profiles;
using Confide.Core.Sharing;
using Confide.Core.Staff;
using Confide.Data.Crypto;
using Confide.Data.Records;

namespace Confide.Data.Sharing;

/// <summary>Maps sharing rows to the domain and back; enums are stored in their profile (snake_case) spelling.</summary>
internal static class SharingRowMapping
{
    public static string Code<T>(T value) where T : struct, Enum => SnakeCase.Name(value);

    public static T Parse<T>(string code) where T : struct, Enum =>
        SnakeCase.TryParse<T>(code, out var value) ? value : throw new InvalidOperationException($"Unknown stored {typeof(T).Name} '{code}'.");

    public static T? ParseOptional<T>(string? code) where T : struct, Enum => code is null ? null : Parse<T>(code);

    public static Agency ToDomain(AgencyRow r) => new(r.Id, new OrganisationId(r.OrganisationId), r.Name, Parse<AgencyCategory>(r.Category),
        r.LegitimateInterest, r.DataProtectionCheckedOn, r.SharingAgreement, r.AppropriateAuthority, r.RetiredOn);

    public static SharingDecisionRow ToRow(SharingDecision d, FieldCipher c) => new()
    {
        Id = d.Id,
        OrganisationId = d.OrganisationId.Value,
        FamilyId = d.FamilyId.Value,
        AgencyId = d.AgencyId,
        Purpose = Code(d.Purpose),
        Outcome = Code(d.Outcome),
        RecipientName = c.Encrypt("sharing.recipient_name", d.RecipientName),
        Rationale = c.Encrypt("sharing.rationale", d.Rationale),
        BasisCode = d.Basis?.Code,
        ConsentId = d.Basis?.ConsentId,
        BasisExplanation = c.EncryptOptional("sharing.basis_explanation", d.Basis?.Explanation),
        AccuracyChecked = d.AccuracyChecked,
        AdviceFrom = d.Advice?.From,
        AdviceOn = d.Advice?.On,
        AdviceSummary = c.EncryptOptional("sharing.advice_summary", d.Advice?.Summary),
        FamilyTold = d.FamilyTold is { } t ? Code(t) : null,
        ToldOn = d.ToldOn,
        ToldMethod = d.ToldMethod is { } m ? Code(m) : null,
        UninformedReason = d.UninformedReason is { } u ? Code(u) : null,
        ReviewOn = d.ReviewOn,
        Channel = d.Channel is { } ch ? Code(ch) : null,
        ChannelRiskAssessment = c.EncryptOptional("sharing.channel_risk_assessment", d.ChannelRiskAssessment),
        ConfidentialityStated = d.ConfidentialityStated,
        AddressVerified = d.AddressVerified,
        DecidedBy = d.DecidedBy.Value,
        DecidedAt = d.DecidedAt,
        SentAt = d.SentAt,
        PortalShareId = d.PortalShareId,
        PortalExpiresAt = d.PortalExpiresAt,
        PortalRevokedAt = d.PortalRevokedAt,
        Items = d.Items.Select((i, n) => new SharedItemRow
        {
            DecisionId = d.Id,
            Position = n,
            Ref = i.Ref,
            Kind = Code(i.Kind),
            Label = i.Label,
            Text = c.Encrypt("sharing.item", i.Text),
        }).ToList(),
    };

    public static SharingDecision ToDomain(SharingDecisionRow r, FieldCipher c) => new()
    {
        Id = r.Id,
        OrganisationId = new OrganisationId(r.OrganisationId),
        FamilyId = new FamilyId(r.FamilyId),
        Purpose = Parse<SharingPurpose>(r.Purpose),
        AgencyId = r.AgencyId,
        RecipientName = c.Decrypt("sharing.recipient_name", r.RecipientName),
        Items = r.Items.OrderBy(i => i.Position)
            .Select(i => new SharedItemCopy(i.Ref, Parse<InformationKind>(i.Kind), i.Label, c.Decrypt("sharing.item", i.Text))).ToList(),
        Basis = r.BasisCode is null ? null
            : new LawfulBasis(r.ConsentId, r.BasisCode == "consent" ? null : Parse<LawfulException>(r.BasisCode), c.DecryptOptional("sharing.basis_explanation", r.BasisExplanation) ?? ""),
        Rationale = c.Decrypt("sharing.rationale", r.Rationale),
        AccuracyChecked = r.AccuracyChecked,
        Advice = r.AdviceFrom is null || r.AdviceOn is null ? null
            : new AdviceSought(r.AdviceFrom, r.AdviceOn.Value, c.DecryptOptional("sharing.advice_summary", r.AdviceSummary) ?? ""),
        FamilyTold = ParseOptional<TellingFamily>(r.FamilyTold),
        ToldOn = r.ToldOn,
        ToldMethod = ParseOptional<InformMethod>(r.ToldMethod),
        UninformedReason = ParseOptional<UninformedReason>(r.UninformedReason),
        ReviewOn = r.ReviewOn,
        Channel = ParseOptional<ShareChannel>(r.Channel),
        ChannelRiskAssessment = c.DecryptOptional("sharing.channel_risk_assessment", r.ChannelRiskAssessment),
        ConfidentialityStated = r.ConfidentialityStated,
        AddressVerified = r.AddressVerified,
        Outcome = Parse<SharingOutcome>(r.Outcome),
        DecidedBy = new UserId(r.DecidedBy),
        DecidedAt = r.DecidedAt,
        SentAt = r.SentAt,
        PortalShareId = r.PortalShareId,
        PortalExpiresAt = r.PortalExpiresAt,
        PortalRevokedAt = r.PortalRevokedAt,
    };

    public static FamilyInformedTaskRow ToRow(FamilyInformedTask t) => new()
    {
        Id = t.Id,
        OrganisationId = t.OrganisationId.Value,
        FamilyId = t.FamilyId.Value,
        DecisionId = t.DecisionId,
        CreatedAt = t.CreatedAt,
        Status = Code(t.Status),
        Exemption = t.Exemption is { } e ? Code(e) : null,
        ReviewOn = t.ReviewOn,
        ToldOn = t.ToldOn,
        Method = t.Method is { } m ? Code(m) : null,
        ClosedBy = t.ClosedBy?.Value,
        ClosedAt = t.ClosedAt,
    };

    public static FamilyInformedTask ToDomain(FamilyInformedTaskRow r) => new()
    {
        Id = r.Id,
        OrganisationId = new OrganisationId(r.OrganisationId),
        FamilyId = new FamilyId(r.FamilyId),
        DecisionId = r.DecisionId,
        CreatedAt = r.CreatedAt,
        Status = Parse<InformedTaskStatus>(r.Status),
        Exemption = ParseOptional<UninformedReason>(r.Exemption),
        ReviewOn = r.ReviewOn,
        ToldOn = r.ToldOn,
        Method = ParseOptional<InformMethod>(r.Method),
        ClosedBy = r.ClosedBy is { } b ? new UserId(b) : null,
        ClosedAt = r.ClosedAt,
    };
}
