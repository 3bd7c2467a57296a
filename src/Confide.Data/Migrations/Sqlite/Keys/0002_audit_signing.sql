-- Audit checkpoint signing keys (SQLite key store): ECDSA P-256, the private key wrapped by the master key
-- as family keys are. The public key (DER SubjectPublicKeyInfo) is not secret; verifiers read it from here.
CREATE TABLE audit_signing_keys (
    key_id TEXT NOT NULL PRIMARY KEY,
    public_key BLOB NOT NULL,
    wrapped_private_key BLOB NOT NULL,
    kek_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    retired_at TEXT NULL
);
