using Confide.Core.Staff;

namespace Confide.Core.Profiles;

/// <summary>A signed, dated declaration a role needs before it may see personal data.</summary>
/// <param name="Role">The role that must make the declaration.</param>
/// <param name="Declaration">What is declared.</param>
public sealed record RequiredDeclaration(Role Role, DeclarationKind Declaration);
