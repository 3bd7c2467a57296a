using Confide.Core.Families;
using Confide.Core.Sharing;
using Confide.Core.Staff;

namespace Confide.Core.Consent;

/// <summary>A consent or refusal as a coordinator enters it, before validation. Nullable where a form may leave it empty.</summary>
public sealed record ConsentDetails
{
    /// <summary>The family member who gave or refused consent.</summary>
    public MemberId? GivenBy { get; init; }

    /// <summary>In what capacity.</summary>
    public ConsentGiverRole? Role { get; init; }

    /// <summary>True when granted, false when refused.</summary>
    public bool? Granted { get; init; }

    /// <summary>General (referrer, involved agencies) or specific.</summary>
    public ConsentScopeKind? Scope { get; init; }

    /// <summary>The registered agency (specific scope; or a category instead).</summary>
    public Guid? AgencyId { get; init; }

    /// <summary>The category of agency (specific scope; or an agency instead).</summary>
    public AgencyCategory? Category { get; init; }

    /// <summary>The purposes (specific scope: at least one).</summary>
    public IReadOnlyCollection<SharingPurpose> Purposes { get; init; } = [];

    /// <summary>The kinds of information (specific scope: at least one).</summary>
    public IReadOnlyCollection<InformationKind> Kinds { get; init; } = [];

    /// <summary>Written or oral; required for a granted consent.</summary>
    public ConsentEvidenceKind? Evidence { get; init; }

    /// <summary>The signed form's or e-signature's reference (written).</summary>
    public string? WrittenReference { get; init; }

    /// <summary>The member of staff who heard it (oral).</summary>
    public UserId? Witness { get; init; }

    /// <summary>The date it was said (oral).</summary>
    public DateOnly? OralOn { get; init; }

    /// <summary>The time it was said (oral).</summary>
    public TimeOnly? OralAt { get; init; }

    /// <summary>The words used (oral).</summary>
    public string? Wording { get; init; }

    /// <summary>Initial or review visit.</summary>
    public ConsentVisit? Visit { get; init; }

    /// <summary>The date given or refused.</summary>
    public DateOnly? GivenOn { get; init; }

    /// <summary>The day from which it no longer covers anything, if any.</summary>
    public DateOnly? ExpiresOn { get; init; }

    /// <summary>When it should be reviewed, if set.</summary>
    public DateOnly? ReviewOn { get; init; }

    /// <summary>For a child's consent: the coordinator's view of the child's understanding.</summary>
    public bool? ChildCompetent { get; init; }

    /// <summary>For a child's consent: a short note on that view.</summary>
    public string? CompetenceNote { get; init; }
}
