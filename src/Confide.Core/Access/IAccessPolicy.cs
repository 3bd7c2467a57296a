namespace Confide.Core.Access;

/// <summary>
/// The one seam through which every read, write, search, list, export and share of a family file or a personnel
/// file is decided. Pure: no I/O, so the same answer can be given to "may X open this?", "why can X see this?" and
/// "who can see this file?".
/// </summary>
public interface IAccessPolicy
{
    /// <summary>Decides a request about a family file.</summary>
    AccessDecision Decide(AccessRequest request);

    /// <summary>Decides a request about a personnel file.</summary>
    AccessDecision Decide(PersonnelAccessRequest request);
}
