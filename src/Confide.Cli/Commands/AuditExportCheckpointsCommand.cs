using System.CommandLine;
using System.Text.Json;

namespace Confide.Cli.Commands;

/// <summary>
/// <c>confide audit export-checkpoints</c>: every signed checkpoint and public key as JSON, for an external witness
/// to keep. A later <c>confide audit verify --witness FILE</c> fails if history was rewritten and re-signed since.
/// </summary>
internal static class AuditExportCheckpointsCommand
{
    public static Command Create(CliStore store)
    {
        var file = new Option<string>("--out") { Description = "The JSON file to write (replaced if it exists).", Required = true };
        var command = new Command("export-checkpoints", "Write every signed audit checkpoint and the public keys to a JSON file for an external witness.") { file };
        command.SetAction(async (parse, ct) =>
        {
            var reader = store.ReadOnlyAudit(parse);
            var checkpoints = await reader.ReadCheckpointsAsync(ct);
            var keys = await reader.ReadPublicKeysAsync(ct);
            var path = Path.GetFullPath(parse.GetRequiredValue(file));
            var export = AuditWitnessFile.From(TimeProvider.System.GetUtcNow(), checkpoints, keys);
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(export, AuditWitnessFile.Json) + "\n", ct);
            var latest = checkpoints.Count == 0 ? "none yet" : $"the latest at size {checkpoints[^1].TreeSize:N0}";
            await parse.InvocationConfiguration.Output.WriteLineAsync($"Wrote {checkpoints.Count:N0} checkpoints ({latest}) and {keys.Count:N0} public keys to {path}.");
            return ExitCodes.Success;
        });
        return command;
    }
}
