using System.Data.Common;
using System.Globalization;
using Confide.Core.Audit;
using Confide.Core.Organisations;
using Confide.Core.Staff;
using Confide.Data.Storage;

namespace Confide.Data.Audit;

/// <summary>
/// How audit rows are written and read on each engine. PostgreSQL keeps times as timestamptz and identifiers as
/// uuid; SQLite keeps times as INTEGER microseconds since 1970 and identifiers as upper-case text. Both read back
/// exactly the values the hashes cover.
/// </summary>
internal static class AuditRows
{
    public const string Columns =
        "sequence, at, organisation_id, actor_id, action, resource_kind, resource_id, part, purpose, reason, outcome, rule, request_id, leaf_hash, chain_hash";

    public const string CheckpointColumns = "tree_size, root_hash, chain_head, signed_at, key_id, signature";

    /// <summary>The advisory lock that serialises appends to the chain across every instance (PostgreSQL).</summary>
    public const long ChainLock = 7_310_003;

    public static string OutcomeText(AuditOutcome outcome) => outcome == AuditOutcome.Refused ? "refused" : "allowed";

    public static object Time(DatabaseProvider provider, DateTimeOffset at) =>
        provider == DatabaseProvider.Postgres ? at.ToUniversalTime() : AuditEncoding.ToUnixMicroseconds(at);

    public static object Id(DatabaseProvider provider, Guid? id) =>
        id is not { } value ? DBNull.Value
        : provider == DatabaseProvider.Postgres ? value
        : value.ToString("D").ToUpperInvariant();

    public static object Text(string? value) => value is null ? DBNull.Value : value;

    public static AuditEntry ReadEntry(DbDataReader r, DatabaseProvider provider) => new(
        r.GetInt64(0),
        new AuditEvent(
            ReadTime(r, 1, provider),
            ReadId(r, 2, provider) is { } org ? new OrganisationId(org) : null,
            ReadId(r, 3, provider) is { } actor ? new UserId(actor) : null,
            r.GetString(4),
            r.GetString(5),
            r.IsDBNull(6) ? null : r.GetString(6),
            r.IsDBNull(7) ? null : r.GetString(7),
            r.IsDBNull(8) ? null : r.GetString(8),
            r.IsDBNull(9) ? null : r.GetString(9),
            ReadOutcome(r.GetString(10)),
            r.IsDBNull(11) ? null : r.GetString(11),
            r.IsDBNull(12) ? null : r.GetString(12)),
        r.GetFieldValue<byte[]>(13),
        r.GetFieldValue<byte[]>(14));

    public static Checkpoint ReadCheckpoint(DbDataReader r, DatabaseProvider provider) => new(
        r.GetInt64(0), r.GetFieldValue<byte[]>(1), r.GetFieldValue<byte[]>(2), ReadTime(r, 3, provider), r.GetString(4), r.GetFieldValue<byte[]>(5));

    public static DateTimeOffset ReadTime(DbDataReader r, int ordinal, DatabaseProvider provider) =>
        provider == DatabaseProvider.Postgres
            ? r.GetFieldValue<DateTimeOffset>(ordinal)
            : AuditEncoding.FromUnixMicroseconds(r.GetInt64(ordinal));

    public static DbParameter Parameter(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
        return p;
    }

    public static string KeyStoreTable(DatabaseProvider provider, string table) =>
        provider == DatabaseProvider.Postgres ? $"{StorageOptions.KeyStoreSchema}.{table}" : table;

    /// <summary>A key-store time: timestamptz on PostgreSQL, EF Core's text form on SQLite (as the other key tables).</summary>
    public static object KeyStoreTime(DatabaseProvider provider, DateTimeOffset at) =>
        provider == DatabaseProvider.Postgres
            ? at.ToUniversalTime()
            : at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    private static Guid? ReadId(DbDataReader r, int ordinal, DatabaseProvider provider) =>
        r.IsDBNull(ordinal) ? null
        : provider == DatabaseProvider.Postgres ? r.GetGuid(ordinal)
        : Guid.Parse(r.GetString(ordinal), CultureInfo.InvariantCulture);

    private static AuditOutcome ReadOutcome(string text) => text switch
    {
        "allowed" => AuditOutcome.Allowed,
        "refused" => AuditOutcome.Refused,
        _ => throw new FormatException($"Unknown audit outcome '{text}'."),
    };
}
