using System.Data.Common;
using System.Globalization;
using Confide.Data.Audit;

namespace Confide.Data.Migrations;

/// <summary>The plain commands the migrator and the SQLite audit move run: on a connection, in a transaction or not, with named values.</summary>
internal static class MigrationCommands
{
    public static DbCommand Command(DbConnection connection, DbTransaction? tx, string sql, params (string Name, object Value)[] parameters)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            AuditRows.Parameter(cmd, name, value);
        }

        return cmd;
    }

    /// <summary>The first column of the first row as a number (a boolean is 0 or 1).</summary>
    public static async Task<long> ScalarAsync(DbConnection connection, DbTransaction? tx, string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var cmd = Command(connection, tx, sql, parameters);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    public static async Task ExecuteAsync(DbConnection connection, DbTransaction? tx, string sql, CancellationToken ct)
    {
        await using var cmd = Command(connection, tx, sql);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
