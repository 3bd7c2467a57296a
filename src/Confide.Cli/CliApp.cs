using System.CommandLine;
using System.Data.Common;
using System.Security.Cryptography;
using Confide.Cli.Commands;
using Confide.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Confide.Cli;

/// <summary>The <c>confide</c> admin tool: builds the commands, parses, runs, and maps failures to exit codes.</summary>
public static class CliApp
{
    /// <summary>
    /// Runs the tool in-process. <paramref name="environment"/> replaces the process environment (for tests);
    /// null reads the real one.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error,
        IReadOnlyDictionary<string, string?>? environment = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var store = new CliStore(new GlobalOptions(environment));
        var root = Build(store);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                await error.WriteLineAsync($"confide: {e.Message}");
            }

            await error.WriteLineAsync("Run 'confide --help' (or 'confide <command> --help') for the commands and options.");
            return ExitCodes.BadInput;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, ct);
        }
        catch (StorageConfigurationException ex)
        {
            await error.WriteLineAsync($"confide: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception ex) when (ex is DbException or DbUpdateException or CryptographicException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            await error.WriteLineAsync($"confide: {ex.Message}");
            return ExitCodes.Failure;
        }
    }

    private static RootCommand Build(CliStore store)
    {
        var root = new RootCommand("confide: the Confide records system's admin tool (migrations, organisations, accounts, API tokens, keys, audit log, demo data).");
        foreach (var option in store.Options.All)
        {
            root.Options.Add(option);
        }

        root.Subcommands.Add(MigrateCommand.Create(store));
        root.Subcommands.Add(DemoCommand.Create(store));
        root.Subcommands.Add(Group("org", "Organisations: create from a profile, list.", OrgCreateCommand.Create(store), OrgListCommand.Create(store)));
        root.Subcommands.Add(Group("user", "Staff and volunteer accounts: add, disable, list.",
            UserAddCommand.Create(store), UserDisableCommand.Create(store), UserListCommand.Create(store)));
        root.Subcommands.Add(Group("token", "Personal API tokens: create (shown once), revoke.",
            TokenCreateCommand.Create(store), TokenRevokeCommand.Create(store)));
        root.Subcommands.Add(Group("keys", "The master key.", KeysRotateCommand.Create(store)));
        root.Subcommands.Add(Group("audit", "The audit log: verify it, prove an entry, export checkpoints for a witness.",
            AuditVerifyCommand.Create(store), AuditProveCommand.Create(store), AuditExportCheckpointsCommand.Create(store)));
        return root;
    }

    private static Command Group(string name, string description, params Command[] commands)
    {
        var group = new Command(name, description);
        foreach (var command in commands)
        {
            group.Subcommands.Add(command);
        }

        return group;
    }
}
