using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Confide.Data.Storage;

/// <summary>
/// A few SQLite connections kept open, each holding the statements it has already prepared, for the read that runs
/// before every opening of a file (the access facts). Microsoft.Data.Sqlite prepares SQL again for every new command
/// (dotnet/efcore#14044), and parsing and planning those five statements was most of what a decision cost on SQLite;
/// a command kept on an open connection is prepared once and then only re-bound. Every execution still starts its own
/// read of the database, so a grant, revocation or exclusion committed a moment before is seen. A lease is used by one
/// caller at a time; connections beyond <see cref="Kept"/> idle ones are closed.
/// </summary>
public sealed class SqlitePreparedReads(StorageOptions options) : IDisposable
{
    /// <summary>The most idle connections kept.</summary>
    public const int Kept = 16;

    private readonly ConcurrentQueue<PreparedConnection> _idle = new();
    private volatile bool _disposed;

    /// <summary>A connection for the caller alone until the lease is disposed.</summary>
    public Lease Rent()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new Lease(this, _idle.TryDequeue(out var connection) ? connection : new PreparedConnection(options.RecordsConnectionString));
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryDequeue(out var connection))
        {
            connection.Dispose();
        }
    }

    private void Return(PreparedConnection connection)
    {
        if (_disposed || !connection.Healthy || _idle.Count >= Kept)
        {
            connection.Dispose();
            return;
        }

        _idle.Enqueue(connection);
        if (_disposed && _idle.TryDequeue(out var late))
        {
            late.Dispose();
        }
    }

    /// <summary>One caller's use of a kept connection.</summary>
    public sealed class Lease : IDisposable
    {
        private readonly SqlitePreparedReads _owner;
        private PreparedConnection? _connection;

        internal Lease(SqlitePreparedReads owner, PreparedConnection connection) => (_owner, _connection) = (owner, connection);

        /// <summary>The command for <paramref name="sql"/> on this connection, prepared on first use, with the named parameters (their values are the caller's to set).</summary>
        public SqliteCommand Command(string sql, params string[] parameters)
        {
            ObjectDisposedException.ThrowIf(_connection is null, this);
            return _connection.Command(sql, parameters);
        }

        /// <summary>Gives the connection back: dispose every reader of its commands first.</summary>
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _connection, null) is { } connection)
            {
                _owner.Return(connection);
            }
        }
    }

    internal sealed class PreparedConnection : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

        public PreparedConnection(string connectionString)
        {
            _connection = new SqliteConnection(connectionString);
            _connection.Open();
        }

        public bool Healthy => _connection.State == System.Data.ConnectionState.Open;

        public SqliteCommand Command(string sql, string[] parameters)
        {
            if (!_commands.TryGetValue(sql, out var command))
            {
                command = _connection.CreateCommand();
                command.CommandText = sql;
                foreach (var name in parameters)
                {
                    command.Parameters.Add(new SqliteParameter { ParameterName = name, Value = DBNull.Value });
                }

                try
                {
                    command.Prepare();
                }
                catch
                {
                    command.Dispose();
                    throw;
                }

                _commands.Add(sql, command);
            }

            return command;
        }

        public void Dispose()
        {
            foreach (var command in _commands.Values)
            {
                command.Dispose();
            }

            _connection.Dispose();
        }
    }
}
