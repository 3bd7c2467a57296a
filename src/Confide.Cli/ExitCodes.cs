namespace Confide.Cli;

/// <summary>The exit codes of <c>confide</c>, for scripts.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command could not be done (database unreachable, key mismatch, …).</summary>
    public const int Failure = 1;

    /// <summary>Bad arguments or input: unknown command, option, role or organisation, an invalid profile.</summary>
    public const int BadInput = 2;
}
