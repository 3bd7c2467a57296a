namespace Confide.Core.Access;

/// <summary>
/// The one seam through which every read, write, search, list, export and share of a family file is decided.
/// Pure: no I/O, so the same answer can be given to "may X open this?" and "why can X see this?".
/// </summary>
public interface IAccessPolicy
{
    /// <summary>Decides a request.</summary>
    AccessDecision Decide(AccessRequest request);
}
