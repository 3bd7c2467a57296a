using Confide.Data.Storage;
using Microsoft.Data.Sqlite;

namespace Confide.Data.Tests.Storage;

/// <summary>The kept SQLite connections: a statement is prepared once per connection, a lease is one caller's alone.</summary>
public sealed class SqlitePreparedReadsTests : IDisposable
{
    private const string Sql = "SELECT value FROM numbers WHERE id = @id";
    private readonly string _directory = Directory.CreateTempSubdirectory("confide-prepared-").FullName;
    private readonly StorageOptions _options;

    public SqlitePreparedReadsTests()
    {
        _options = new StorageOptions { RecordsConnectionString = $"Data Source={Path.Combine(_directory, "records.db")};Pooling=False" };
        using var connection = new SqliteConnection(_options.RecordsConnectionString);
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE numbers (id INTEGER PRIMARY KEY, value TEXT); INSERT INTO numbers VALUES (1, 'one'), (2, 'two');";
        cmd.ExecuteNonQuery();
    }

    [Fact]
    public void OneCallerAfterAnother_SameConnectionAndPreparedCommand_EachReadSeesTheLatestCommit()
    {
        using var reads = new SqlitePreparedReads(_options);
        SqliteCommand first;
        using (var lease = reads.Rent())
        {
            first = lease.Command(Sql, "@id");
            first.Parameters[0].Value = 1;
            first.ExecuteScalar().ShouldBe("one");
        }

        Write("UPDATE numbers SET value = 'uno' WHERE id = 1");

        using (var lease = reads.Rent())
        {
            var again = lease.Command(Sql, "@id");
            again.ShouldBeSameAs(first, "the statement is kept prepared on its connection");
            again.Parameters[0].Value = 1;
            again.ExecuteScalar().ShouldBe("uno");
            again.Parameters[0].Value = 2;
            again.ExecuteScalar().ShouldBe("two");
        }
    }

    [Fact]
    public void TwoCallersAtOnce_EachHasAConnectionOfItsOwn()
    {
        using var reads = new SqlitePreparedReads(_options);
        using var a = reads.Rent();
        using var b = reads.Rent();

        var (ca, cb) = (a.Command(Sql, "@id"), b.Command(Sql, "@id"));

        ca.ShouldNotBeSameAs(cb);
        ca.Connection.ShouldNotBeSameAs(cb.Connection);
    }

    [Fact]
    public void ALeaseReturned_CannotBeUsedAgain_AndAfterDisposalNothingIsRented()
    {
        var reads = new SqlitePreparedReads(_options);
        var lease = reads.Rent();
        var command = lease.Command(Sql, "@id");
        lease.Dispose();

        Should.Throw<ObjectDisposedException>(() => lease.Command(Sql, "@id"));
        reads.Dispose();
        Should.Throw<ObjectDisposedException>(() => reads.Rent());
        command.Connection!.State.ShouldBe(System.Data.ConnectionState.Closed, "an idle kept connection is closed with the pool");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private void Write(string sql)
    {
        using var connection = new SqliteConnection(_options.RecordsConnectionString);
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
