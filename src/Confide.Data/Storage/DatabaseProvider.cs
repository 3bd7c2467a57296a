namespace Confide.Data.Storage;

/// <summary>The database engines Confide runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded default: one file for records, another for keys.</summary>
    Sqlite,

    /// <summary>The production engine: records and keys in separate schemas or databases.</summary>
    Postgres,
}
