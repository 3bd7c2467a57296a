namespace Confide.Data.Access;

/// <summary>The kinds of file an exclusion or an access session is about, as stored.</summary>
public static class ResourceKinds
{
    /// <summary>A family file; the resource id is the family's.</summary>
    public const string Family = "family";

    /// <summary>A personnel file; the resource id is the person's account.</summary>
    public const string Personnel = "personnel";

    /// <summary>True for <see cref="Family"/> and <see cref="Personnel"/>.</summary>
    public static bool IsKnown(string? kind) => kind is Family or Personnel;
}
