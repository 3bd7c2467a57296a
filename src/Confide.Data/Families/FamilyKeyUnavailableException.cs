namespace Confide.Data.Families;

/// <summary>The family's data key was destroyed (crypto-shredded): its fields can no longer be read by anyone.</summary>
public sealed class FamilyKeyUnavailableException : Exception
{
    public FamilyKeyUnavailableException(Guid familyId)
        : base($"The key of family {familyId:D} has been destroyed; its records can no longer be read.") => FamilyId = familyId;

    public FamilyKeyUnavailableException()
    {
    }

    public FamilyKeyUnavailableException(string message) : base(message)
    {
    }

    public FamilyKeyUnavailableException(string message, Exception inner) : base(message, inner)
    {
    }

    public Guid FamilyId { get; }
}
