-- Information sharing (SQLite): the agency register, sharing decisions (shared and not shared) with the items
-- exactly as sent, and the "family to be informed" tasks. Forward-only: never edit a released migration.
-- The register holds no family data. Everything written from or about a family on a decision (recipient's name,
-- rationale, justification, advice summary, risk assessment, each item's text) is encrypted under the family's key,
-- so destroying the family's key makes its disclosure log unreadable too; codes and dates stay readable.

CREATE TABLE agencies (
    id TEXT NOT NULL PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    name TEXT NOT NULL,
    category TEXT NOT NULL CHECK (category IN ('health_visitor', 'childrens_centre', 'childrens_social_care', 'adult_social_care', 'school', 'gp',
        'police', 'court', 'housing', 'voluntary_sector', 'other')),
    legitimate_interest TEXT NOT NULL,
    data_protection_checked_on TEXT NULL,
    sharing_agreement TEXT NULL,
    appropriate_authority INTEGER NOT NULL,
    retired_on TEXT NULL,
    created_by TEXT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX ix_agencies_organisation ON agencies (organisation_id, name);

CREATE TABLE sharing_decisions (
    id TEXT NOT NULL PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    family_id TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
    agency_id TEXT NOT NULL REFERENCES agencies (id),
    purpose TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('shared', 'not_shared')),
    recipient_name BLOB NOT NULL,
    rationale BLOB NOT NULL,
    basis_code TEXT NULL,
    consent_id TEXT NULL,
    basis_explanation BLOB NULL,
    accuracy_checked INTEGER NOT NULL,
    advice_from TEXT NULL,
    advice_on TEXT NULL,
    advice_summary BLOB NULL,
    family_told TEXT NULL CHECK (family_told IN ('before', 'after', 'not_told')),
    told_on TEXT NULL,
    told_method TEXT NULL,
    uninformed_reason TEXT NULL,
    review_on TEXT NULL,
    channel TEXT NULL CHECK (channel IN ('secure_portal', 'phone', 'meeting', 'post')),
    channel_risk_assessment BLOB NULL,
    confidentiality_stated INTEGER NOT NULL,
    address_verified INTEGER NOT NULL,
    decided_by TEXT NOT NULL REFERENCES users (id),
    decided_at TEXT NOT NULL,
    sent_at TEXT NULL,
    portal_share_id TEXT NULL,
    portal_expires_at TEXT NULL,
    portal_revoked_at TEXT NULL,
    -- A share has a basis, a channel and an answer about telling the family; a decision not to share went nowhere.
    CHECK (outcome = 'not_shared' OR (basis_code IS NOT NULL AND channel IS NOT NULL AND family_told IS NOT NULL AND accuracy_checked = 1)),
    CHECK (outcome = 'shared' OR (sent_at IS NULL AND portal_share_id IS NULL)),
    CHECK (portal_revoked_at IS NULL OR portal_share_id IS NOT NULL),
    CHECK ((basis_code = 'consent') = (consent_id IS NOT NULL)),
    CHECK (family_told IS NOT 'not_told' OR (uninformed_reason IS NOT NULL AND review_on IS NOT NULL))
);
CREATE INDEX ix_sharing_decisions_family ON sharing_decisions (family_id, decided_at);

CREATE TABLE shared_items (
    decision_id TEXT NOT NULL REFERENCES sharing_decisions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    ref TEXT NOT NULL,
    kind TEXT NOT NULL,
    label TEXT NOT NULL,
    text BLOB NOT NULL,
    PRIMARY KEY (decision_id, position)
);

CREATE TABLE family_informed_tasks (
    id TEXT NOT NULL PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    family_id TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
    decision_id TEXT NOT NULL UNIQUE REFERENCES sharing_decisions (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'completed', 'exempt')),
    exemption TEXT NULL,
    review_on TEXT NULL,
    told_on TEXT NULL,
    method TEXT NULL,
    closed_by TEXT NULL REFERENCES users (id),
    closed_at TEXT NULL,
    CHECK (status <> 'completed' OR (told_on IS NOT NULL AND method IS NOT NULL)),
    CHECK (status <> 'exempt' OR (exemption IS NOT NULL AND review_on IS NOT NULL)),
    CHECK ((status = 'open') = (closed_at IS NULL))
);
CREATE INDEX ix_family_informed_tasks_status ON family_informed_tasks (organisation_id, status);
