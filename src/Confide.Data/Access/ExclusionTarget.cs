using Confide.Core.Families;
using Confide.Core.Staff;

namespace Confide.Data.Access;

/// <summary>The file a person is excluded from: a family file, or a colleague's personnel file.</summary>
/// <param name="Kind"><see cref="ResourceKinds.Family"/> or <see cref="ResourceKinds.Personnel"/>.</param>
/// <param name="Id">The family's id, or the personnel file subject's account id.</param>
public readonly record struct ExclusionTarget(string Kind, Guid Id)
{
    /// <summary>A family file.</summary>
    public static ExclusionTarget Family(FamilyId family) => new(ResourceKinds.Family, family.Value);

    /// <summary>The personnel file of <paramref name="subject"/>.</summary>
    public static ExclusionTarget Personnel(UserId subject) => new(ResourceKinds.Personnel, subject.Value);
}
