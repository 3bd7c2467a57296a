-- Information sharing (PostgreSQL): the agency register, sharing decisions (shared and not shared) with the items
-- exactly as sent, and the "family to be informed" tasks. Forward-only: never edit a released migration.
-- The register holds no family data. Everything written from or about a family on a decision (recipient's name,
-- rationale, justification, advice summary, risk assessment, each item's text) is encrypted under the family's key,
-- so destroying the family's key makes its disclosure log unreadable too; codes and dates stay readable.

CREATE TABLE agencies (
    id uuid NOT NULL PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    name text NOT NULL,
    category text NOT NULL CHECK (category IN ('health_visitor', 'childrens_centre', 'childrens_social_care', 'adult_social_care', 'school', 'gp',
        'police', 'court', 'housing', 'voluntary_sector', 'other')),
    legitimate_interest text NOT NULL,
    data_protection_checked_on date NULL,
    sharing_agreement text NULL,
    appropriate_authority boolean NOT NULL,
    retired_on date NULL,
    created_by uuid NOT NULL REFERENCES users (id),
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
CREATE INDEX ix_agencies_organisation ON agencies (organisation_id, name);

CREATE TABLE sharing_decisions (
    id uuid NOT NULL PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    family_id uuid NOT NULL REFERENCES families (id) ON DELETE CASCADE,
    agency_id uuid NOT NULL REFERENCES agencies (id),
    purpose text NOT NULL,
    outcome text NOT NULL CHECK (outcome IN ('shared', 'not_shared')),
    recipient_name bytea NOT NULL,
    rationale bytea NOT NULL,
    basis_code text NULL,
    consent_id uuid NULL,
    basis_explanation bytea NULL,
    accuracy_checked boolean NOT NULL,
    advice_from text NULL,
    advice_on date NULL,
    advice_summary bytea NULL,
    family_told text NULL CHECK (family_told IN ('before', 'after', 'not_told')),
    told_on date NULL,
    told_method text NULL,
    uninformed_reason text NULL,
    review_on date NULL,
    channel text NULL CHECK (channel IN ('secure_portal', 'phone', 'meeting', 'post')),
    channel_risk_assessment bytea NULL,
    confidentiality_stated boolean NOT NULL,
    address_verified boolean NOT NULL,
    decided_by uuid NOT NULL REFERENCES users (id),
    decided_at timestamptz NOT NULL,
    sent_at timestamptz NULL,
    portal_share_id uuid NULL,
    portal_expires_at timestamptz NULL,
    portal_revoked_at timestamptz NULL,
    -- A share has a basis, a channel and an answer about telling the family; a decision not to share went nowhere.
    CHECK (outcome = 'not_shared' OR (basis_code IS NOT NULL AND channel IS NOT NULL AND family_told IS NOT NULL AND accuracy_checked)),
    CHECK (outcome = 'shared' OR (sent_at IS NULL AND portal_share_id IS NULL)),
    CHECK (portal_revoked_at IS NULL OR portal_share_id IS NOT NULL),
    CHECK ((basis_code = 'consent') = (consent_id IS NOT NULL)),
    CHECK (family_told IS DISTINCT FROM 'not_told' OR (uninformed_reason IS NOT NULL AND review_on IS NOT NULL))
);
CREATE INDEX ix_sharing_decisions_family ON sharing_decisions (family_id, decided_at);

CREATE TABLE shared_items (
    decision_id uuid NOT NULL REFERENCES sharing_decisions (id) ON DELETE CASCADE,
    position integer NOT NULL,
    ref text NOT NULL,
    kind text NOT NULL,
    label text NOT NULL,
    text bytea NOT NULL,
    PRIMARY KEY (decision_id, position)
);

CREATE TABLE family_informed_tasks (
    id uuid NOT NULL PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    family_id uuid NOT NULL REFERENCES families (id) ON DELETE CASCADE,
    decision_id uuid NOT NULL UNIQUE REFERENCES sharing_decisions (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    status text NOT NULL CHECK (status IN ('open', 'completed', 'exempt')),
    exemption text NULL,
    review_on date NULL,
    told_on date NULL,
    method text NULL,
    closed_by uuid NULL REFERENCES users (id),
    closed_at timestamptz NULL,
    CHECK (status <> 'completed' OR (told_on IS NOT NULL AND method IS NOT NULL)),
    CHECK (status <> 'exempt' OR (exemption IS NOT NULL AND review_on IS NOT NULL)),
    CHECK ((status = 'open') = (closed_at IS NULL))
);
CREATE INDEX ix_family_informed_tasks_status ON family_informed_tasks (organisation_id, status);
