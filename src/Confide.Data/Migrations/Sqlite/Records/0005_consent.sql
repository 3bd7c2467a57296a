-- Consent (SQLite): privacy-notice explanations, agreements to receive support, and consents to share with their
-- withdrawals. Forward-only: never edit a released migration. Free text from or about a family (how an absent
-- partner was told or why not, a child's understanding, the words of oral consent, how a withdrawal was told) is
-- encrypted with the family's key (BLOB); versions, references and codes are plain.

CREATE TABLE privacy_notice_explanations (
    id TEXT NOT NULL PRIMARY KEY,
    family_id TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    notice_version TEXT NOT NULL,
    explained_on TEXT NOT NULL,
    explained_by TEXT NOT NULL REFERENCES users (id),
    verbally INTEGER NOT NULL,
    leaflet_version TEXT NULL,
    sharing_explained INTEGER NOT NULL,
    refusal_consequences_explained INTEGER NOT NULL,
    absent_partner TEXT NOT NULL CHECK (absent_partner IN ('not_applicable', 'told', 'not_told')),
    absent_partner_how BLOB NULL,
    absent_partner_told_on TEXT NULL,
    absent_partner_why_not BLOB NULL,
    recorded_by TEXT NOT NULL REFERENCES users (id),
    recorded_at TEXT NOT NULL,
    CHECK (verbally OR leaflet_version IS NOT NULL),
    CHECK ((absent_partner = 'told') = (absent_partner_how IS NOT NULL AND absent_partner_told_on IS NOT NULL)),
    CHECK ((absent_partner = 'not_told') = (absent_partner_why_not IS NOT NULL))
);
CREATE INDEX ix_privacy_notice_explanations_family ON privacy_notice_explanations (family_id);

CREATE TABLE service_agreements (
    id TEXT NOT NULL PRIMARY KEY,
    family_id TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    agreed_on TEXT NOT NULL,
    recorded_by TEXT NOT NULL REFERENCES users (id),
    recorded_at TEXT NOT NULL
);
CREATE INDEX ix_service_agreements_family ON service_agreements (family_id);

-- agency_id has no foreign key: the agency register is its own feature and keeps retired agencies.
-- purposes and kinds are comma-separated codes.
CREATE TABLE consents (
    id TEXT NOT NULL PRIMARY KEY,
    family_id TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    member_id TEXT NOT NULL REFERENCES members (id),
    giver_role TEXT NOT NULL CHECK (giver_role IN ('parent', 'parental_responsibility_holder', 'child')),
    child_competent INTEGER NULL,
    competence_note BLOB NULL,
    granted INTEGER NOT NULL,
    scope TEXT NOT NULL CHECK (scope IN ('general_referrer', 'general_involved_agencies', 'specific')),
    agency_id TEXT NULL,
    agency_category TEXT NULL,
    purposes TEXT NOT NULL,
    kinds TEXT NOT NULL,
    evidence TEXT NULL CHECK (evidence IN ('written', 'oral')),
    written_reference TEXT NULL,
    witness_id TEXT NULL REFERENCES users (id),
    oral_on TEXT NULL,
    oral_at TEXT NULL,
    wording BLOB NULL,
    visit TEXT NOT NULL CHECK (visit IN ('initial', 'review')),
    given_on TEXT NOT NULL,
    expires_on TEXT NULL,
    review_on TEXT NULL,
    recorded_by TEXT NOT NULL REFERENCES users (id),
    recorded_at TEXT NOT NULL,
    withdrawn_on TEXT NULL,
    withdrawn_by TEXT NULL REFERENCES users (id),
    withdrawal_how BLOB NULL,
    withdrawal_recorded_at TEXT NULL,
    CHECK ((giver_role = 'child') = (child_competent IS NOT NULL AND competence_note IS NOT NULL)),
    CHECK (scope = 'specific' OR (agency_id IS NULL AND agency_category IS NULL)),
    CHECK (scope <> 'specific' OR ((agency_id IS NULL) <> (agency_category IS NULL))),
    CHECK (NOT granted OR evidence IS NOT NULL),
    CHECK (evidence IS NOT 'written' OR written_reference IS NOT NULL),
    CHECK (evidence IS NOT 'oral' OR (witness_id IS NOT NULL AND oral_on IS NOT NULL AND oral_at IS NOT NULL AND wording IS NOT NULL)),
    CHECK (expires_on IS NULL OR expires_on > given_on),
    CHECK ((withdrawn_on IS NULL) = (withdrawn_by IS NULL) AND (withdrawn_by IS NULL) = (withdrawal_how IS NULL)
        AND (withdrawal_how IS NULL) = (withdrawal_recorded_at IS NULL)),
    CHECK (withdrawn_on IS NULL OR (granted AND withdrawn_on >= given_on))
);
CREATE INDEX ix_consents_family ON consents (family_id);

-- A consent is never edited: the only change the database allows is adding the withdrawal, once.
CREATE TRIGGER consents_immutable BEFORE UPDATE ON consents
WHEN OLD.withdrawn_on IS NOT NULL OR NEW.withdrawn_on IS NULL
    OR NEW.id IS NOT OLD.id OR NEW.family_id IS NOT OLD.family_id OR NEW.organisation_id IS NOT OLD.organisation_id
    OR NEW.member_id IS NOT OLD.member_id OR NEW.giver_role IS NOT OLD.giver_role OR NEW.child_competent IS NOT OLD.child_competent
    OR NEW.competence_note IS NOT OLD.competence_note OR NEW.granted IS NOT OLD.granted OR NEW.scope IS NOT OLD.scope
    OR NEW.agency_id IS NOT OLD.agency_id OR NEW.agency_category IS NOT OLD.agency_category OR NEW.purposes IS NOT OLD.purposes
    OR NEW.kinds IS NOT OLD.kinds OR NEW.evidence IS NOT OLD.evidence OR NEW.written_reference IS NOT OLD.written_reference
    OR NEW.witness_id IS NOT OLD.witness_id OR NEW.oral_on IS NOT OLD.oral_on OR NEW.oral_at IS NOT OLD.oral_at
    OR NEW.wording IS NOT OLD.wording OR NEW.visit IS NOT OLD.visit OR NEW.given_on IS NOT OLD.given_on
    OR NEW.expires_on IS NOT OLD.expires_on OR NEW.review_on IS NOT OLD.review_on OR NEW.recorded_by IS NOT OLD.recorded_by
    OR NEW.recorded_at IS NOT OLD.recorded_at
BEGIN
    SELECT RAISE(ABORT, 'a consent cannot be changed; only its withdrawal can be added, once');
END;
