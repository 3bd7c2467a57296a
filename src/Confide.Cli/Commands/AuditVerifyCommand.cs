using System.CommandLine;
using System.Diagnostics;
using Confide.Core.Audit;

namespace Confide.Cli.Commands;

/// <summary>
/// <c>confide audit verify</c>: checks every entry and checkpoint of the configured database (a copy will do:
/// nothing is written and no master key is needed) and names the first bad entry. With <c>--witness</c>, the
/// database's checkpoints must also agree with an earlier export.
/// </summary>
internal static class AuditVerifyCommand
{
    public static Command Create(CliStore store)
    {
        var witness = new Option<string>("--witness") { Description = "A file from 'confide audit export-checkpoints' kept by a witness; every checkpoint in it must still be in the database, unchanged." };
        var command = new Command("verify", "Check the audit log's hash chain, Merkle checkpoints and signatures; name the first bad entry.") { witness };
        command.SetAction(async (parse, ct) =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            AuditWitness? witnessCopy = null;
            if (parse.GetValue(witness) is { } path)
            {
                witnessCopy = AuditWitnessFile.Read(path, out var problem);
                if (witnessCopy is null)
                {
                    await error.WriteLineAsync($"confide: {problem}");
                    return ExitCodes.BadInput;
                }
            }

            var reader = store.ReadOnlyAudit(parse);
            var clock = Stopwatch.StartNew();
            var report = await reader.VerifyAsync(witnessCopy, ct);
            clock.Stop();
            var rate = report.EntriesChecked / Math.Max(clock.Elapsed.TotalSeconds, 1e-6);
            await output.WriteLineAsync(
                $"Checked {report.EntriesChecked:N0} entries and {report.CheckpointsChecked:N0} checkpoints{(witnessCopy is null ? "" : $" ({witnessCopy.Checkpoints.Count:N0} held by the witness)")} in {clock.Elapsed.TotalSeconds:0.00} s ({rate:N0} entries/s).");
            if (report.Problem is { } bad)
            {
                await output.WriteLineAsync($"First bad entry: #{bad.Sequence} — {bad.KindText}: {bad.Detail}");
                return ExitCodes.Failure;
            }

            await output.WriteLineAsync($"Audit log intact: {report.LastSequence:N0} entries, last checkpoint at size {report.LastCheckpointSize:N0}.");
            if (report.Status == VerificationStatus.Unsealed)
            {
                var range = report.UnsealedCount == 1 ? $"entry #{report.UnsealedFrom}" : $"entries #{report.UnsealedFrom}–#{report.LastSequence}";
                await output.WriteLineAsync(
                    $"Not yet sealed: {range} ({report.UnsealedCount:N0}) chain correctly but no signed checkpoint covers them yet; a running Confide seals new entries within a second.");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
