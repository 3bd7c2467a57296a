using System.Diagnostics;
using System.Globalization;
using Confide.Core.Audit;
using Confide.Core.Organisations;
using Confide.Core.Staff;
using Confide.Data.Audit;
using Confide.Data.Crypto;
using Confide.Data.Migrations;
using Confide.Data.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Confide.Benchmarks;

/// <summary>
/// Audit log throughput, timed with a stopwatch (BenchmarkDotNet's per-invocation model does not fit a
/// concurrent group-committed writer or a million-entry stream):
/// <list type="bullet">
/// <item><c>audit append [N] [callers]</c>: N entries through <see cref="AuditLog"/> from many concurrent callers, with the
/// checkpointer sealing in the background, until the last one is sealed. SQLite file; PostgreSQL too when
/// CONFIDE_BENCH_POSTGRES holds a connection string (a scratch database is created and dropped).</item>
/// <item><c>audit verify [N]</c>: verification on one core (process pinned to CPU 0) of N in-memory entries (default
/// 1,000,000) with a checkpoint every 10,000, then of the same number streamed from a SQLite file.</item>
/// </list>
/// Add <c>--managed-sha</c> to hash through .NET's IncrementalHash instead of libcrypto directly.
/// </summary>
internal static class AuditThroughput
{
    private static readonly OrganisationId Organisation = OrganisationId.New();

    public static async Task<int> RunAsync(string[] args)
    {
        var numbers = args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
        Console.WriteLine($"SHA-256 through {(AuditHashing.HashesThroughLibcrypto ? "libcrypto directly" : ".NET IncrementalHash (OpenSSL EVP)")}; {Environment.ProcessorCount} cores visible; .NET {Environment.Version}");
        switch (args.FirstOrDefault())
        {
            case "append":
                await AppendAsync(numbers.ElementAtOrDefault(0) is > 0 and var n ? n : 50_000, numbers.ElementAtOrDefault(1) is > 0 and var c ? c : 64);
                return 0;
            case "verify":
                await VerifyAsync(numbers.ElementAtOrDefault(0) is > 0 and var m ? m : 1_000_000);
                return 0;
            default:
                Console.Error.WriteLine("usage: audit append [entries] [callers] | audit verify [entries]  [--managed-sha]");
                return 2;
        }
    }

    private static async Task AppendAsync(int count, int callers)
    {
        using (var sqlite = new SqliteScratch())
        {
            await AppendAsync("SQLite file", sqlite.Options, count, callers);
        }

        await WithPostgresAsync(options => AppendAsync("PostgreSQL", options, count, callers));
    }

    private static async Task AppendAsync(string engine, StorageOptions options, int count, int callers)
    {
        await SchemaMigrator.MigrateAllAsync(options);
        await using var log = new AuditLog(options, NullLogger<AuditLog>.Instance);
        using var keys = new AuditSigningKeys(options, LocalKeyEncryptionKey.Generate(), TimeProvider.System);
        var reader = new AuditReader(options);
        using var checkpointer = new AuditCheckpointer(options, reader, keys, log, TimeProvider.System, NullLogger<AuditCheckpointer>.Instance);
        await log.AppendAsync(Event(0));
        await checkpointer.SealNowAsync(); // creates the signing key outside the timing
        await checkpointer.StartAsync(CancellationToken.None);
        var latencies = new double[count];
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var started = Stopwatch.GetTimestamp();
                await log.AppendAsync(Event(i));
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        })));
        var appended = clock.Elapsed;
        await checkpointer.StopAsync(CancellationToken.None); // seals the rest
        var sealedAt = clock.Elapsed;
        var checkpoints = (await reader.ReadCheckpointsAsync()).Count;
        var report = await reader.VerifyAsync();
        Array.Sort(latencies);
        Console.WriteLine(
            $"append {engine}: {count:N0} entries from {callers} callers in {sealedAt.TotalSeconds:0.00} s = {count / sealedAt.TotalSeconds:N0} entries/s sealed " +
            $"({count / appended.TotalSeconds:N0}/s committed; append latency p50 {latencies[count / 2]:0.0} ms, p99 {latencies[count * 99 / 100]:0.0} ms; " +
            $"{checkpoints} checkpoints; verify: {report.Status})");
    }

    private static async Task VerifyAsync(int count)
    {
        // One core: pin the process (GC and runtime threads included) to CPU 0.
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
        {
            Process.GetCurrentProcess().ProcessorAffinity = 1;
        }

        var chain = new AuditChain();
        var tree = new MerkleTreeBuilder();
        using var key = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var publicKey = AuditPublicKey.Of(key);
        var entries = new AuditEntry[count];
        var checkpoints = new List<Checkpoint>();
        for (var i = 0; i < count; i++)
        {
            entries[i] = chain.Append(Event(i));
            tree.Append(entries[i].LeafHash);
            if ((i + 1) % 10_000 == 0 || i + 1 == count)
            {
                checkpoints.Add(Checkpoint.Sign(i + 1, tree.ComputeRoot(), entries[i].ChainHash, DateTimeOffset.UtcNow, publicKey.KeyId, key));
            }
        }

        var verifier = new AuditVerifier(checkpoints, [publicKey]);
        verifier.Verify(entries.AsSpan(0, Math.Min(count, 20_000)).ToArray()); // warm up the JIT
        for (var run = 1; run <= 3; run++)
        {
            GC.Collect();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            var report = verifier.Verify(entries);
            clock.Stop();
            var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
            Console.WriteLine($"verify in memory, run {run}: {count:N0} entries, {checkpoints.Count:N0} checkpoints in {clock.Elapsed.TotalSeconds:0.000} s = " +
                $"{count / clock.Elapsed.TotalSeconds:N0} entries/s on one core ({report.Status}; {bytes / (double)count:0.0} bytes allocated per entry)");
        }

        using (var sqlite = new SqliteScratch())
        {
            await VerifyStoredAsync("SQLite file", sqlite.Options, entries);
        }

        await WithPostgresAsync(options => VerifyStoredAsync("PostgreSQL", options, entries));
    }

    /// <summary>Writes the entries' events through the log, seals, and times verification streamed from the database.</summary>
    private static async Task VerifyStoredAsync(string engine, StorageOptions options, AuditEntry[] entries)
    {
        await SchemaMigrator.MigrateAllAsync(options);
        await using (var log = new AuditLog(options, NullLogger<AuditLog>.Instance))
        {
            for (var at = 0; at < entries.Length; at += AuditLog.MaxBatch)
            {
                await log.AppendAsync([.. entries.Skip(at).Take(AuditLog.MaxBatch).Select(e => e.Event)]);
            }

            using var keys = new AuditSigningKeys(options, LocalKeyEncryptionKey.Generate(), TimeProvider.System);
            using var checkpointer = new AuditCheckpointer(options, new AuditReader(options), keys, log, TimeProvider.System,
                NullLogger<AuditCheckpointer>.Instance);
            await checkpointer.SealNowAsync();
        }

        for (var run = 1; run <= 3; run++)
        {
            var clock = Stopwatch.StartNew();
            var report = await new AuditReader(options).VerifyAsync();
            clock.Stop();
            Console.WriteLine($"verify from {engine}, run {run}: {report.EntriesChecked:N0} entries in {clock.Elapsed.TotalSeconds:0.00} s = " +
                $"{report.EntriesChecked / clock.Elapsed.TotalSeconds:N0} entries/s on one core ({report.Status})");
        }
    }

    /// <summary>Runs <paramref name="work"/> on a scratch database when CONFIDE_BENCH_POSTGRES is set (created, then dropped).</summary>
    private static async Task WithPostgresAsync(Func<StorageOptions, Task> work)
    {
        if (Environment.GetEnvironmentVariable("CONFIDE_BENCH_POSTGRES") is not { Length: > 0 } admin)
        {
            return;
        }

        var name = "confide_bench_" + Guid.NewGuid().ToString("N")[..12];
        await AdminAsync(admin, $"CREATE DATABASE {name}");
        try
        {
            var cs = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
            await work(new StorageOptions { Provider = DatabaseProvider.Postgres, RecordsConnectionString = cs, KeysConnectionString = cs });
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await AdminAsync(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    private static AuditEvent Event(int i) => new(
        DateTimeOffset.UtcNow, Organisation, new UserId(new Guid(i, 0x7000, 0x0123, 0x80, 0, 0, 0, 0, 0, 0, 1)), "read", "family",
        new Guid(i / 7, 0x7000, 0x0123, 0x80, 0, 0, 0, 0, 0, 0, 2).ToString(), "file", "casework", null,
        i % 17 == 0 ? AuditOutcome.Refused : AuditOutcome.Allowed, i % 17 == 0 ? "no-relationship" : "assigned-coordinator", $"0HN7Q3K2:{i:X8}");

    private static async Task AdminAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, connection);
        await cmd.ExecuteNonQueryAsync();
    }

    private sealed class SqliteScratch : IDisposable
    {
        private readonly string _directory = Directory.CreateTempSubdirectory("confide-bench-audit-").FullName;

        private string RecordsFile => Path.Combine(_directory, "confide.db");

        public StorageOptions Options => new()
        {
            Provider = DatabaseProvider.Sqlite,
            RecordsConnectionString = $"Data Source={RecordsFile}",
            KeysConnectionString = $"Data Source={Path.Combine(_directory, "confide-keys.db")}",
        };

        public void Dispose()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, recursive: true);
        }
    }
}
