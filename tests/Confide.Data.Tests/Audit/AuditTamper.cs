using System.Data.Common;
using Confide.Core.Audit;
using Confide.Data.Audit;
using Confide.Data.Migrations;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;

namespace Confide.Data.Tests.Audit;

/// <summary>
/// What someone with direct access to the database (the superuser, a stolen backup) could do to the audit
/// tables: remove the append-only guard, then edit rows behind the application's back.
/// </summary>
internal sealed class AuditTamper(TestStore store)
{
    private DatabaseProvider Provider => store.Provider;

    /// <summary>Drops the SQLite triggers, or disables the PostgreSQL ones (as the superuser the tests connect as).</summary>
    public Task RemoveGuardsAsync() => Provider == DatabaseProvider.Postgres
        ? ExecuteAsync("ALTER TABLE audit_entries DISABLE TRIGGER USER; ALTER TABLE audit_checkpoints DISABLE TRIGGER USER")
        : ExecuteAsync("""
            DROP TRIGGER audit_entries_no_update; DROP TRIGGER audit_entries_no_delete; DROP TRIGGER audit_entries_no_overwrite;
            DROP TRIGGER audit_checkpoints_no_update; DROP TRIGGER audit_checkpoints_no_delete
            """);

    public Task<int> ExecuteAsync(string sql, params (string Name, object Value)[] parameters) => WithCommandAsync(sql, parameters, c => c.ExecuteNonQueryAsync());

    public async Task<T> WithCommandAsync<T>(string sql, (string Name, object Value)[] parameters, Func<DbCommand, Task<T>> run)
    {
        await using var connection = SchemaMigrator.Open(Provider, store.Options.AuditConnectionString);
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            AuditRows.Parameter(cmd, name, value);
        }

        return await run(cmd);
    }

    public Task<int> DeleteAsync(long sequence) => ExecuteAsync("DELETE FROM audit_entries WHERE sequence = @s", ("@s", sequence));

    /// <summary>Writes a row as the application would, but with whatever hashes the forger chose.</summary>
    public Task<int> InsertAsync(AuditEntry entry)
    {
        var e = entry.Event;
        return ExecuteAsync($"INSERT INTO audit_entries ({AuditRows.Columns}) VALUES (@s, @at, @org, @actor, @action, @kind, @id, @part, @purpose, @reason, @outcome, @rule, @request, @leaf, @chain)",
            ("@s", entry.Sequence), ("@at", AuditRows.Time(Provider, e.At)), ("@org", AuditRows.Id(Provider, e.OrganisationId?.Value)),
            ("@actor", AuditRows.Id(Provider, e.ActorId?.Value)), ("@action", e.Action), ("@kind", e.ResourceKind), ("@id", AuditRows.Text(e.ResourceId)),
            ("@part", AuditRows.Text(e.Part)), ("@purpose", AuditRows.Text(e.Purpose)), ("@reason", AuditRows.Text(e.Reason)),
            ("@outcome", AuditRows.OutcomeText(e.Outcome)), ("@rule", AuditRows.Text(e.Rule)), ("@request", AuditRows.Text(e.RequestId)),
            ("@leaf", entry.LeafHash), ("@chain", entry.ChainHash));
    }

    /// <summary>Replaces rows with new versions (same sequences): delete, then insert.</summary>
    public async Task ReplaceAsync(IEnumerable<AuditEntry> entries)
    {
        foreach (var entry in entries)
        {
            await DeleteAsync(entry.Sequence);
            await InsertAsync(entry);
        }
    }

    public Task<int> SetActorAsync(long sequence, Guid actor) =>
        ExecuteAsync("UPDATE audit_entries SET actor_id = @a WHERE sequence = @s", ("@a", AuditRows.Id(Provider, actor)), ("@s", sequence));
}
