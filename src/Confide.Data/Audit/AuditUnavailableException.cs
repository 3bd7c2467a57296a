namespace Confide.Data.Audit;

/// <summary>
/// The audit log could not record an event (the database refused or could not be reached). Whoever asked must
/// not go on to show what the event was about: no entry, no access.
/// </summary>
public sealed class AuditUnavailableException : Exception
{
    public AuditUnavailableException()
    {
    }

    public AuditUnavailableException(string message) : base(message)
    {
    }

    public AuditUnavailableException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
