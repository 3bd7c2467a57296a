using Confide.Core.Common;

namespace Confide.Cli.Commands;

/// <summary>Writes validation errors the way every command does, and gives the matching exit code.</summary>
internal static class Report
{
    public static async Task<int> ErrorsAsync(TextWriter error, IReadOnlyList<ValidationError> errors)
    {
        foreach (var e in errors)
        {
            await error.WriteLineAsync($"confide: {e.Message}");
        }

        return ExitCodes.BadInput;
    }
}
