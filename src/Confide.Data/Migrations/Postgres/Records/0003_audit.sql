-- The audit log (PostgreSQL): append-only entries in a hash chain, sealed by signed Merkle checkpoints.
-- timestamptz keeps microseconds, exactly what the entries' hashes cover.
CREATE TABLE audit_entries (
    sequence bigint NOT NULL PRIMARY KEY,
    at timestamptz NOT NULL,
    organisation_id uuid NULL,
    actor_id uuid NULL,
    action text NOT NULL,
    resource_kind text NOT NULL,
    resource_id text NULL,
    part text NULL,
    purpose text NULL,
    reason text NULL,
    outcome text NOT NULL CHECK (outcome IN ('allowed', 'refused')),
    rule text NULL,
    request_id text NULL,
    leaf_hash bytea NOT NULL CHECK (length(leaf_hash) = 32),
    chain_hash bytea NOT NULL CHECK (length(chain_hash) = 32)
);
CREATE INDEX ix_audit_entries_resource ON audit_entries (organisation_id, resource_kind, resource_id, sequence);
CREATE INDEX ix_audit_entries_at ON audit_entries (organisation_id, at);

CREATE TABLE audit_checkpoints (
    tree_size bigint NOT NULL PRIMARY KEY,
    root_hash bytea NOT NULL CHECK (length(root_hash) = 32),
    chain_head bytea NOT NULL CHECK (length(chain_head) = 32),
    signed_at timestamptz NOT NULL,
    key_id text NOT NULL,
    signature bytea NOT NULL
);

-- Append-only, twice over: a trigger refuses UPDATE, DELETE and TRUNCATE for everyone (superusers included),
-- and the privileges to do them are revoked, from the owner too, so a non-superuser role is refused outright.
CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit entries are append-only (% on %)', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE ON audit_checkpoints
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entries, audit_checkpoints FROM PUBLIC, CURRENT_USER;
