-- The audit log now lives in its own SQLite file (Audit/0001_audit.sql): a commit to a SQLite file makes every other
-- connection to it drop its page cache, and the log commits on every opening of a file. SchemaMigrator copies the
-- entries and checkpoints across (SqliteAuditMove.CopyAsync) and, in this migration's transaction, refuses to go on
-- unless they are all there (EnsureCopiedAsync). Dropping a table drops its triggers; the records keep no audit tables.
DROP TABLE audit_entries;
DROP TABLE audit_checkpoints;
