using System.CommandLine;
using Confide.Data.Migrations;

namespace Confide.Cli.Commands;

/// <summary><c>confide migrate</c>: applies pending schema migrations to the records and key stores.</summary>
internal static class MigrateCommand
{
    public static Command Create(CliStore store)
    {
        var command = new Command("migrate", "Apply pending schema migrations to the records database and the key store (safe to repeat).");
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var applied = await SchemaMigrator.MigrateAllAsync(store.Options.Storage(parse), ct);
            foreach (var migration in applied)
            {
                await output.WriteLineAsync($"applied {migration}");
            }

            await output.WriteLineAsync(applied.Count == 0 ? "Already up to date." : $"Applied {applied.Count} migration(s).");
            return ExitCodes.Success;
        });
        return command;
    }
}
