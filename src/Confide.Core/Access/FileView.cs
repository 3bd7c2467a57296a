namespace Confide.Core.Access;

/// <summary>Which fields an allowed actor sees.</summary>
public enum FileView
{
    /// <summary>Nothing: the request is refused.</summary>
    None,

    /// <summary>The volunteer view: names, address, and the actor's own visit diary; no referral reason, no dates of birth, no special-category data.</summary>
    Volunteer,

    /// <summary>The whole file with special-category fields masked.</summary>
    Full,
}
