namespace Confide.Data.Audit;

/// <summary>The stored audit log does not check out, so the checkpointer refuses to sign over it.</summary>
public sealed class AuditLogDamagedException : Exception
{
    public AuditLogDamagedException()
    {
    }

    public AuditLogDamagedException(string message) : base(message)
    {
    }

    public AuditLogDamagedException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
