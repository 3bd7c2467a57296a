-- Confide key store, version 1 (SQLite, its own file). Forward-only.
CREATE TABLE family_keys (
    family_id TEXT NOT NULL PRIMARY KEY,
    organisation_id TEXT NOT NULL,
    wrapped_key BLOB NULL,
    kek_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    destroyed_at TEXT NULL
);
CREATE INDEX ix_family_keys_organisation ON family_keys (organisation_id);

CREATE TABLE organisation_keys (
    organisation_id TEXT NOT NULL,
    purpose TEXT NOT NULL,
    wrapped_key BLOB NOT NULL,
    kek_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (organisation_id, purpose)
);
