-- Confide key store, version 1 (PostgreSQL, schema keystore). Forward-only.
CREATE TABLE keystore.family_keys (
    family_id uuid NOT NULL PRIMARY KEY,
    organisation_id uuid NOT NULL,
    wrapped_key bytea NULL,
    kek_id text NOT NULL,
    created_at timestamptz NOT NULL,
    destroyed_at timestamptz NULL
);
CREATE INDEX ix_family_keys_organisation ON keystore.family_keys (organisation_id);

CREATE TABLE keystore.organisation_keys (
    organisation_id uuid NOT NULL,
    purpose text NOT NULL,
    wrapped_key bytea NOT NULL,
    kek_id text NOT NULL,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (organisation_id, purpose)
);
