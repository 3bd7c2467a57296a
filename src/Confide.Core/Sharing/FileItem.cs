namespace Confide.Core.Sharing;

/// <summary>
/// One item of a family file that can be picked for a share, one by one (CFS-28, LEI-10): there is never a "whole
/// file" item.
/// </summary>
/// <param name="Ref">Where it is in the file: <c>family:address</c>, <c>member:{id}:name</c>, <c>note:{id}</c>, …</param>
/// <param name="Kind">Its kind of information, which a consent must cover.</param>
/// <param name="Label">What it is, without personal data ("Date of birth of child 1").</param>
/// <param name="Text">Its value now.</param>
/// <param name="AboutMember">The family member it is about, when it is about one.</param>
public sealed record FileItem(string Ref, InformationKind Kind, string Label, string Text, Guid? AboutMember)
{
    /// <summary>The copy kept on the decision and handed to the portal.</summary>
    public SharedItemCopy Copy() => new(Ref, Kind, Label, Text);
}
