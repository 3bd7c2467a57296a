namespace Confide.Core.Consent;

/// <summary>Whether a partner who was not at the visit was made aware of the privacy notice (SUF-14).</summary>
public enum AbsentPartner
{
    /// <summary>There is no absent partner.</summary>
    NotApplicable,

    /// <summary>The absent partner was told (how and when recorded).</summary>
    Told,

    /// <summary>The absent partner was not told (why recorded).</summary>
    NotTold,
}
