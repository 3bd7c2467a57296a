namespace Confide.Cli.Tests.Infrastructure;

/// <summary>What one in-process run of <c>confide</c> did: its exit code and what it wrote.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error);
