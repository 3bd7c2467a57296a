namespace Confide.Core.Access;

/// <summary>What an actor wants to do with a file.</summary>
public enum AccessAction
{
    /// <summary>Open and read the file.</summary>
    Read,

    /// <summary>Add to or change the file.</summary>
    Write,

    /// <summary>See the file in search results, lists and counts.</summary>
    Discover,

    /// <summary>Export the file or part of it.</summary>
    Export,

    /// <summary>Share part of the file outside the organisation.</summary>
    Share,
}
