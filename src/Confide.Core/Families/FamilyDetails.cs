namespace Confide.Core.Families;

/// <summary>What a coordinator enters to open a family file.</summary>
public sealed record FamilyDetails(string Address, string Postcode, IReadOnlyList<MemberDetails> Members);
