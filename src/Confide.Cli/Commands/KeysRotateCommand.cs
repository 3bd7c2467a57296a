using System.CommandLine;
using Confide.Data.Crypto;
using Confide.Data.Keys;
using Confide.Data.Migrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Cli.Commands;

/// <summary>
/// <c>confide keys rotate</c>: a new master key re-wraps every data key (records are untouched). A key file is
/// replaced atomically only after the key store has committed, and the old key is kept as
/// <c>master.key.retired-&lt;UTC timestamp&gt;</c>; a key from the environment is written to <c>--new-key-file</c>.
/// </summary>
internal static class KeysRotateCommand
{
    public static Command Create(CliStore store)
    {
        var newKeyFile = new Option<string>("--new-key-file")
        {
            Description = "Where to write the new master key. Required when the key comes from Confide__MasterKey; otherwise the key file is replaced in place.",
        };
        var command = new Command("rotate", "Generate a new master key and re-wrap every data key under it.") { newKeyFile };
        command.SetAction(async (parse, ct) =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var storage = store.Options.Storage(parse);
            var fromEnvironment = !string.IsNullOrWhiteSpace(storage.MasterKey);
            var target = parse.GetValue(newKeyFile) is { } f ? Path.GetFullPath(f) : null;
            if (fromEnvironment && target is null)
            {
                await error.WriteLineAsync("confide: the master key comes from the environment (Confide__MasterKey); give --new-key-file FILE for the new key.");
                return ExitCodes.BadInput;
            }

            if (target is not null && File.Exists(target))
            {
                await error.WriteLineAsync($"confide: {target} already exists; choose a new file for the new key.");
                return ExitCodes.BadInput;
            }

            await SchemaMigrator.MigrateAllAsync(storage, ct);
            var current = MasterKeySource.Load(storage, out _);
            var next = LocalKeyEncryptionKey.Generate();
            var keyFile = Path.GetFullPath(storage.MasterKeyFile);
            var stamp = TimeProvider.System.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);
            // The new key is on disk before any data key is re-wrapped under it, so no crash can lose it.
            var staged = target ?? $"{keyFile}.new-{stamp}";
            MasterKeySource.Write(staged, next);
            KeyRotation.Outcome outcome;
            try
            {
                await using var services = CliStore.Services(storage, current);
                await using var db = await services.GetRequiredService<IDbContextFactory<KeyStoreDbContext>>().CreateDbContextAsync(ct);
                outcome = await KeyRotation.RotateAsync(db, current, next, ct);
            }
            catch
            {
                File.Delete(staged);
                throw;
            }

            await output.WriteLineAsync($"Re-wrapped {outcome.FamilyKeys:N0} family keys and {outcome.OrganisationKeys:N0} organisation keys under master key {next.KeyId}.");
            if (outcome.AuditSigningKeys > 0)
            {
                await output.WriteLineAsync($"Re-wrapped {outcome.AuditSigningKeys:N0} audit signing key(s) too.");
            }
            if (fromEnvironment)
            {
                await output.WriteLineAsync($"The new key is in {staged}. Set Confide__MasterKey to its contents (or Confide__MasterKeyFile={staged} and unset Confide__MasterKey) on every node, then restart them.");
                return ExitCodes.Success;
            }

            var retired = $"{keyFile}.retired-{stamp}";
            if (target is null)
            {
                File.Replace(staged, keyFile, retired);
                await output.WriteLineAsync($"Replaced {keyFile}; the old key is kept as {retired}. Restart the web nodes.");
            }
            else
            {
                File.Move(keyFile, retired);
                await output.WriteLineAsync($"The new key is in {target}; the old one was moved to {retired}. Set Confide__MasterKeyFile={target} on every node, then restart them.");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
