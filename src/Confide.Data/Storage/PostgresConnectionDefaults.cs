using System.Collections.Concurrent;
using System.Data.Common;
using Npgsql;

namespace Confide.Data.Storage;

/// <summary>
/// Settings Confide applies to every PostgreSQL connection string unless the operator sets them. Confide sends the
/// same few dozen statements on every request (the access facts, the file, the token): with automatic preparation
/// PostgreSQL plans each once per connection instead of on every call, which was most of its work on a file read.
/// Confide keeps no session state on a connection (no SET, temporary tables, session locks or LISTEN), so the
/// reset a pooled connection otherwise gets on every reuse (DISCARD ALL) is skipped.
/// </summary>
public static class PostgresConnectionDefaults
{
    /// <summary>How many distinct statements each connection keeps prepared.</summary>
    public const int MaxAutoPrepare = 64;

    private static readonly ConcurrentDictionary<string, string> Applied = new(StringComparer.Ordinal);

    /// <summary>The connection string with Confide's defaults for any of them it does not set itself.</summary>
    public static string Apply(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        return Applied.GetOrAdd(connectionString, static given =>
        {
            var said = new DbConnectionStringBuilder { ConnectionString = given };
            var builder = new NpgsqlConnectionStringBuilder(given);
            if (!said.ContainsKey("Max Auto Prepare") && !said.ContainsKey("MaxAutoPrepare"))
            {
                builder.MaxAutoPrepare = MaxAutoPrepare;
            }

            if (!said.ContainsKey("No Reset On Close") && !said.ContainsKey("NoResetOnClose"))
            {
                builder.NoResetOnClose = true;
            }

            return builder.ConnectionString;
        });
    }
}
