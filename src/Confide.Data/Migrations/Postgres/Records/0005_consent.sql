-- Consent (PostgreSQL): privacy-notice explanations, agreements to receive support, and consents to share with their
-- withdrawals. Forward-only: never edit a released migration. Free text from or about a family (how an absent
-- partner was told or why not, a child's understanding, the words of oral consent, how a withdrawal was told) is
-- encrypted with the family's key (bytea); versions, references and codes are plain.

CREATE TABLE privacy_notice_explanations (
    id uuid NOT NULL PRIMARY KEY,
    family_id uuid NOT NULL REFERENCES families (id) ON DELETE CASCADE,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    notice_version text NOT NULL,
    explained_on date NOT NULL,
    explained_by uuid NOT NULL REFERENCES users (id),
    verbally boolean NOT NULL,
    leaflet_version text NULL,
    sharing_explained boolean NOT NULL,
    refusal_consequences_explained boolean NOT NULL,
    absent_partner text NOT NULL CHECK (absent_partner IN ('not_applicable', 'told', 'not_told')),
    absent_partner_how bytea NULL,
    absent_partner_told_on date NULL,
    absent_partner_why_not bytea NULL,
    recorded_by uuid NOT NULL REFERENCES users (id),
    recorded_at timestamptz NOT NULL,
    CHECK (verbally OR leaflet_version IS NOT NULL),
    CHECK ((absent_partner = 'told') = (absent_partner_how IS NOT NULL AND absent_partner_told_on IS NOT NULL)),
    CHECK ((absent_partner = 'not_told') = (absent_partner_why_not IS NOT NULL))
);
CREATE INDEX ix_privacy_notice_explanations_family ON privacy_notice_explanations (family_id);

CREATE TABLE service_agreements (
    id uuid NOT NULL PRIMARY KEY,
    family_id uuid NOT NULL REFERENCES families (id) ON DELETE CASCADE,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    agreed_on date NOT NULL,
    recorded_by uuid NOT NULL REFERENCES users (id),
    recorded_at timestamptz NOT NULL
);
CREATE INDEX ix_service_agreements_family ON service_agreements (family_id);

-- agency_id has no foreign key: the agency register is its own feature and keeps retired agencies.
-- purposes and kinds are comma-separated codes.
CREATE TABLE consents (
    id uuid NOT NULL PRIMARY KEY,
    family_id uuid NOT NULL REFERENCES families (id) ON DELETE CASCADE,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    member_id uuid NOT NULL REFERENCES members (id),
    giver_role text NOT NULL CHECK (giver_role IN ('parent', 'parental_responsibility_holder', 'child')),
    child_competent boolean NULL,
    competence_note bytea NULL,
    granted boolean NOT NULL,
    scope text NOT NULL CHECK (scope IN ('general_referrer', 'general_involved_agencies', 'specific')),
    agency_id uuid NULL,
    agency_category text NULL,
    purposes text NOT NULL,
    kinds text NOT NULL,
    evidence text NULL CHECK (evidence IN ('written', 'oral')),
    written_reference text NULL,
    witness_id uuid NULL REFERENCES users (id),
    oral_on date NULL,
    oral_at text NULL,
    wording bytea NULL,
    visit text NOT NULL CHECK (visit IN ('initial', 'review')),
    given_on date NOT NULL,
    expires_on date NULL,
    review_on date NULL,
    recorded_by uuid NOT NULL REFERENCES users (id),
    recorded_at timestamptz NOT NULL,
    withdrawn_on date NULL,
    withdrawn_by uuid NULL REFERENCES users (id),
    withdrawal_how bytea NULL,
    withdrawal_recorded_at timestamptz NULL,
    CHECK ((giver_role = 'child') = (child_competent IS NOT NULL AND competence_note IS NOT NULL)),
    CHECK (scope = 'specific' OR (agency_id IS NULL AND agency_category IS NULL)),
    CHECK (scope <> 'specific' OR ((agency_id IS NULL) <> (agency_category IS NULL))),
    CHECK (NOT granted OR evidence IS NOT NULL),
    CHECK (evidence IS DISTINCT FROM 'written' OR written_reference IS NOT NULL),
    CHECK (evidence IS DISTINCT FROM 'oral' OR (witness_id IS NOT NULL AND oral_on IS NOT NULL AND oral_at IS NOT NULL AND wording IS NOT NULL)),
    CHECK (expires_on IS NULL OR expires_on > given_on),
    CHECK ((withdrawn_on IS NULL) = (withdrawn_by IS NULL) AND (withdrawn_by IS NULL) = (withdrawal_how IS NULL)
        AND (withdrawal_how IS NULL) = (withdrawal_recorded_at IS NULL)),
    CHECK (withdrawn_on IS NULL OR (granted AND withdrawn_on >= given_on))
);
CREATE INDEX ix_consents_family ON consents (family_id);

-- A consent is never edited: the only change the database allows is adding the withdrawal, once.
CREATE FUNCTION consents_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.withdrawn_on IS NOT NULL OR NEW.withdrawn_on IS NULL
       OR (to_jsonb(OLD) - ARRAY['withdrawn_on', 'withdrawn_by', 'withdrawal_how', 'withdrawal_recorded_at'])
          IS DISTINCT FROM (to_jsonb(NEW) - ARRAY['withdrawn_on', 'withdrawn_by', 'withdrawal_how', 'withdrawal_recorded_at']) THEN
        RAISE EXCEPTION 'a consent cannot be changed; only its withdrawal can be added, once' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER consents_immutable BEFORE UPDATE ON consents FOR EACH ROW EXECUTE FUNCTION consents_immutable();
