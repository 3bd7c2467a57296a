using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Staff;
using static Confide.Core.Consent.ConsentWording;

namespace Confide.Core.Consent;

/// <summary>
/// That a version of the privacy notice was explained to the family, when, by whom and how, and whether an absent
/// partner was made aware (SUF-14, WIR-04, CFS-15, LEI-06, CHS-12). Never edited: a new explanation is a new record.
/// </summary>
public sealed record PrivacyNoticeExplanation
{
    /// <summary>The record's identifier.</summary>
    public required Guid Id { get; init; }

    /// <summary>The family file it is on.</summary>
    public required FamilyId FamilyId { get; init; }

    /// <summary>The privacy notice's version, e.g. <c>PN-2024-03</c>.</summary>
    public required string NoticeVersion { get; init; }

    /// <summary>The day it was explained.</summary>
    public required DateOnly ExplainedOn { get; init; }

    /// <summary>The member of staff who explained it.</summary>
    public required UserId ExplainedBy { get; init; }

    /// <summary>Explained aloud.</summary>
    public required bool Verbally { get; init; }

    /// <summary>The leaflet version given in writing; null when nothing was given in writing.</summary>
    public string? LeafletVersion { get; init; }

    /// <summary>Sharing inside and outside the organisation was explained (LEI-06).</summary>
    public required bool SharingExplained { get; init; }

    /// <summary>What may follow from agreeing or refusing was explained (CHS-12, CHS-13).</summary>
    public required bool RefusalConsequencesExplained { get; init; }

    /// <summary>Whether an absent partner was told (SUF-14).</summary>
    public required AbsentPartner AbsentPartner { get; init; }

    /// <summary>How the absent partner was told (encrypted at rest).</summary>
    public string? AbsentPartnerHow { get; init; }

    /// <summary>When the absent partner was told.</summary>
    public DateOnly? AbsentPartnerToldOn { get; init; }

    /// <summary>Why the absent partner was not told (encrypted at rest).</summary>
    public string? AbsentPartnerWhyNot { get; init; }

    /// <summary>Who recorded it.</summary>
    public required UserId RecordedBy { get; init; }

    /// <summary>When it was recorded (UTC).</summary>
    public required DateTimeOffset RecordedAt { get; init; }

    /// <summary>True when explained both aloud and in writing (what WIR-04 asks for).</summary>
    public bool VerballyAndInWriting => Verbally && LeafletVersion is not null;

    /// <summary>Validates an explanation; <paramref name="explainerIsStaff"/> says whether the person named is staff of the organisation.</summary>
    public static Result<PrivacyNoticeExplanation> Create(FamilyId family, PrivacyNoticeDetails d, bool explainerIsStaff, UserId recordedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(d);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var v = new Validator().Text(d.NoticeVersion, "noticeVersion", "privacy-notice version (for example PN-2024-03)", FieldLimits.Name);
        v.When(d.ExplainedOn is null, "explainedOn", "required", "Enter the date the privacy notice was explained, like 2026-03-03.");
        v.When(d.ExplainedOn is { } on && on > today, "explainedOn", "in_future", $"The date {(d.ExplainedOn is { } e ? Date(e) : "")} is in the future.");
        v.When(d.ExplainedBy is null, "explainedBy", "required", "Choose the member of staff who explained the privacy notice.");
        v.When(d.ExplainedBy is not null && !explainerIsStaff, "explainedBy", "not_staff", "The person who explained it must be an active member of staff of your organisation.");
        v.When(!d.Verbally && string.IsNullOrWhiteSpace(d.LeafletVersion), "verbally", "how_required",
            "Record how the notice was explained: aloud, in writing (with the leaflet version given), or both.");
        v.Text(d.LeafletVersion, "leafletVersion", "leaflet version", FieldLimits.Name, required: false);
        switch (d.AbsentPartner)
        {
            case null:
                v.Add("absentPartner", "required", "Say whether there is an absent partner and, if so, whether they were told.");
                break;
            case AbsentPartner.Told:
                v.Text(d.AbsentPartnerHow, "absentPartnerHow", "way the absent partner was told", FieldLimits.Label);
                v.When(d.AbsentPartnerToldOn is null, "absentPartnerToldOn", "required", "Enter the date the absent partner was told.");
                v.When(d.AbsentPartnerToldOn is { } t && t > today, "absentPartnerToldOn", "in_future", "The date the absent partner was told is in the future.");
                break;
            case AbsentPartner.NotTold:
                v.Text(d.AbsentPartnerWhyNot, "absentPartnerWhyNot", "reason the absent partner was not told", FieldLimits.Label);
                break;
        }

        return Result<PrivacyNoticeExplanation>.From(v, () => new PrivacyNoticeExplanation
        {
            Id = Guid.CreateVersion7(),
            FamilyId = family,
            NoticeVersion = d.NoticeVersion!.Trim(),
            ExplainedOn = d.ExplainedOn!.Value,
            ExplainedBy = d.ExplainedBy!.Value,
            Verbally = d.Verbally,
            LeafletVersion = string.IsNullOrWhiteSpace(d.LeafletVersion) ? null : d.LeafletVersion.Trim(),
            SharingExplained = d.SharingExplained,
            RefusalConsequencesExplained = d.RefusalConsequencesExplained,
            AbsentPartner = d.AbsentPartner!.Value,
            AbsentPartnerHow = d.AbsentPartner == AbsentPartner.Told ? d.AbsentPartnerHow!.Trim() : null,
            AbsentPartnerToldOn = d.AbsentPartner == AbsentPartner.Told ? d.AbsentPartnerToldOn : null,
            AbsentPartnerWhyNot = d.AbsentPartner == AbsentPartner.NotTold ? d.AbsentPartnerWhyNot!.Trim() : null,
            RecordedBy = recordedBy,
            RecordedAt = now,
        });
    }
}
