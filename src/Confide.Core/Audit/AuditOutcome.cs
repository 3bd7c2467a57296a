namespace Confide.Core.Audit;

/// <summary>How an audited event ended.</summary>
public enum AuditOutcome
{
    /// <summary>The access or action was allowed and done.</summary>
    Allowed,

    /// <summary>The access or action was refused.</summary>
    Refused,
}
