namespace Confide.Core.Common;

/// <summary>Maximum lengths of free-text fields, shared by validation, storage and the pages.</summary>
public static class FieldLimits
{
    /// <summary>A person's given or family name.</summary>
    public const int Name = 100;

    /// <summary>A postal address, lines joined.</summary>
    public const int Address = 400;

    /// <summary>A UK postcode, with its space.</summary>
    public const int Postcode = 10;

    /// <summary>A short free-text label such as a referrer's organisation.</summary>
    public const int Label = 200;

    /// <summary>The reason for a referral.</summary>
    public const int Reason = 4000;

    /// <summary>A contact or visit note.</summary>
    public const int NoteText = 20000;

    /// <summary>A special-category free-text field (e.g. health).</summary>
    public const int SpecialCategoryText = 2000;
}
