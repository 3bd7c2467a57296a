-- Audit checkpoint signing keys (PostgreSQL, schema keystore): ECDSA P-256, the private key wrapped by the
-- master key as family keys are. The public key (DER SubjectPublicKeyInfo) is not secret; verifiers read it here.
CREATE TABLE keystore.audit_signing_keys (
    key_id text NOT NULL PRIMARY KEY,
    public_key bytea NOT NULL,
    wrapped_private_key bytea NOT NULL,
    kek_id text NOT NULL,
    created_at timestamptz NOT NULL,
    retired_at timestamptz NULL
);
