-- The audit log now lives in its own SQLite file (Audit/0001_audit.sql): a commit to a SQLite file makes every other
-- connection to it drop its page cache, and the log commits on every opening of a file. SchemaMigrator copies the
-- entries and checkpoints across (SqliteAuditMove) before this runs; the records database keeps no audit tables.
DROP TRIGGER audit_entries_no_update;
DROP TRIGGER audit_entries_no_delete;
DROP TRIGGER audit_entries_no_overwrite;
DROP TRIGGER audit_checkpoints_no_update;
DROP TRIGGER audit_checkpoints_no_delete;
DROP TRIGGER audit_checkpoints_keep_first;
DROP TABLE audit_entries;
DROP TABLE audit_checkpoints;
