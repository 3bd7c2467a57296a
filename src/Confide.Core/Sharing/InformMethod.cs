namespace Confide.Core.Sharing;

/// <summary>How a family was told of a share.</summary>
public enum InformMethod
{
    InPerson,
    Phone,
    Letter,
}
