-- The audit log (SQLite), in a file of its own (StorageOptions.AuditConnectionString). The same tables as records
-- migration 0003 created in the records database, which migration 0008 there drops once their rows are here.
-- Times are microseconds since 1970-01-01 UTC (INTEGER), exactly what the entries' hashes cover.
-- Identifiers are upper-case text, as the rest of the SQLite schema stores them.
CREATE TABLE audit_entries (
    sequence INTEGER NOT NULL PRIMARY KEY,
    at INTEGER NOT NULL,
    organisation_id TEXT NULL,
    actor_id TEXT NULL,
    action TEXT NOT NULL,
    resource_kind TEXT NOT NULL,
    resource_id TEXT NULL,
    part TEXT NULL,
    purpose TEXT NULL,
    reason TEXT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('allowed', 'refused')),
    rule TEXT NULL,
    request_id TEXT NULL,
    leaf_hash BLOB NOT NULL CHECK (length(leaf_hash) = 32),
    chain_hash BLOB NOT NULL CHECK (length(chain_hash) = 32)
);
CREATE INDEX ix_audit_entries_resource ON audit_entries (organisation_id, resource_kind, resource_id, sequence);
CREATE INDEX ix_audit_entries_at ON audit_entries (organisation_id, at);

CREATE TABLE audit_checkpoints (
    tree_size INTEGER NOT NULL PRIMARY KEY,
    root_hash BLOB NOT NULL CHECK (length(root_hash) = 32),
    chain_head BLOB NOT NULL CHECK (length(chain_head) = 32),
    signed_at INTEGER NOT NULL,
    key_id TEXT NOT NULL,
    signature BLOB NOT NULL
);

-- Append-only. (A REPLACE would delete the old row without firing a delete trigger, so inserts over an
-- existing row are refused too; a second checkpoint of the same size is silently ignored, which makes
-- sealing idempotent across instances.)
CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries
BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries
BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
CREATE TRIGGER audit_entries_no_overwrite BEFORE INSERT ON audit_entries
WHEN EXISTS (SELECT 1 FROM audit_entries WHERE sequence = NEW.sequence)
BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints
BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints
BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
CREATE TRIGGER audit_checkpoints_keep_first BEFORE INSERT ON audit_checkpoints
WHEN EXISTS (SELECT 1 FROM audit_checkpoints WHERE tree_size = NEW.tree_size)
BEGIN SELECT RAISE(IGNORE); END;
