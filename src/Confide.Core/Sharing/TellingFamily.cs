namespace Confide.Core.Sharing;

/// <summary>Whether and when the family is told of a share (SUF-15, WIR-08, CFS-25, LEI-05).</summary>
public enum TellingFamily
{
    /// <summary>Told before the share (date and method recorded on the decision).</summary>
    Before,

    /// <summary>To be told afterwards: a "family to be informed" task stays open until it is done.</summary>
    After,

    /// <summary>Not told, for one of the profile's reasons, until a review date.</summary>
    NotTold,
}
