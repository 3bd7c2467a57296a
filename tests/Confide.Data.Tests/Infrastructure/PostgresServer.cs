using Npgsql;

namespace Confide.Data.Tests.Infrastructure;

/// <summary>
/// The throwaway PostgreSQL cluster started by <c>scripts/test.sh</c> (CONFIDE_TEST_POSTGRES). Each test gets a
/// database of its own, dropped afterwards.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "CONFIDE_TEST_POSTGRES";

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                $"PostgreSQL tests need {Variable}. Run 'bash scripts/test.sh', which starts a throwaway PostgreSQL cluster and sets it.");

    public static async Task<string> CreateDatabaseAsync()
    {
        var name = "confide_t_" + Guid.NewGuid().ToString("N")[..16];
        await using var conn = new NpgsqlConnection(AdminConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", conn);
        await cmd.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(AdminConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
