-- The secure share portal and referrer letters (PostgreSQL). Forward-only: never edit a released migration.
-- What was sent is kept exactly as sent: shares, their items, their views and the letters as sent are refused
-- UPDATE, DELETE and TRUNCATE by triggers (superusers included) and the privileges are revoked, like the audit log.
-- Only portal_share_states changes (passcode, lock, revocation).
-- Family content (recipient, item labels and texts, letter PDFs) is ciphertext under the family's own key, so
-- destroying the family's key makes every copy unreadable (crypto-shredding) although the rows stay.
-- family_id, decision_id and agency_id have no foreign keys: the register outlives a destroyed family file and
-- does not depend on the sharing tables.

CREATE TABLE portal_shares (
    id uuid NOT NULL PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    family_id uuid NOT NULL,
    decision_id uuid NOT NULL,
    agency_id uuid NOT NULL,
    recipient_name bytea NOT NULL,
    token_hash bytea NOT NULL CHECK (length(token_hash) = 32),
    sent_by uuid NOT NULL REFERENCES users (id),
    sent_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    item_count integer NOT NULL CHECK (item_count > 0),
    CHECK (expires_at > sent_at)
);
CREATE UNIQUE INDEX ux_portal_shares_token ON portal_shares (token_hash);
CREATE INDEX ix_portal_shares_family ON portal_shares (organisation_id, family_id, sent_at);

CREATE TABLE portal_share_items (
    share_id uuid NOT NULL REFERENCES portal_shares (id),
    position integer NOT NULL CHECK (position >= 0),
    ref text NOT NULL,
    kind text NOT NULL,
    label bytea NOT NULL,
    text bytea NOT NULL,
    PRIMARY KEY (share_id, position)
);

-- The one changing part of a share: the passcode (re-issued by the sender), wrong attempts and locks, revocation.
CREATE TABLE portal_share_states (
    share_id uuid NOT NULL PRIMARY KEY REFERENCES portal_shares (id),
    passcode_hash bytea NOT NULL CHECK (length(passcode_hash) = 32),
    passcode_issue integer NOT NULL CHECK (passcode_issue >= 1),
    passcode_issued_at timestamptz NOT NULL,
    failed_attempts integer NOT NULL CHECK (failed_attempts >= 0),
    locked_until timestamptz NULL,
    blocked_at timestamptz NULL,
    revoked_at timestamptz NULL,
    revoked_by uuid NULL REFERENCES users (id),
    CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);

CREATE TABLE portal_views (
    id uuid NOT NULL PRIMARY KEY,
    share_id uuid NOT NULL REFERENCES portal_shares (id),
    viewed_at timestamptz NOT NULL
);
CREATE INDEX ix_portal_views_share ON portal_views (share_id, viewed_at);

-- LEI-24: the referrer told in writing when support starts and ends; the PDF kept exactly as sent.
CREATE TABLE referrer_letters (
    id uuid NOT NULL PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    family_id uuid NOT NULL,
    episode_id uuid NOT NULL,
    kind text NOT NULL CHECK (kind IN ('support-started', 'support-ended')),
    method text NOT NULL CHECK (method IN ('post', 'by-hand', 'secure-email')),
    sent_on date NOT NULL,
    pdf bytea NOT NULL,
    pdf_sha256 bytea NOT NULL CHECK (length(pdf_sha256) = 32),
    recorded_by uuid NOT NULL REFERENCES users (id),
    recorded_at timestamptz NOT NULL
);
CREATE INDEX ix_referrer_letters_family ON referrer_letters (organisation_id, family_id, recorded_at);

CREATE FUNCTION portal_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'kept exactly as sent (% on %)', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER portal_shares_as_sent BEFORE UPDATE OR DELETE ON portal_shares
    FOR EACH ROW EXECUTE FUNCTION portal_refuse_change();
CREATE TRIGGER portal_shares_no_truncate BEFORE TRUNCATE ON portal_shares
    FOR EACH STATEMENT EXECUTE FUNCTION portal_refuse_change();
CREATE TRIGGER portal_share_items_as_sent BEFORE UPDATE OR DELETE ON portal_share_items
    FOR EACH ROW EXECUTE FUNCTION portal_refuse_change();
CREATE TRIGGER portal_share_items_no_truncate BEFORE TRUNCATE ON portal_share_items
    FOR EACH STATEMENT EXECUTE FUNCTION portal_refuse_change();
CREATE TRIGGER portal_share_states_no_delete BEFORE DELETE ON portal_share_states
    FOR EACH ROW EXECUTE FUNCTION portal_refuse_change();
CREATE TRIGGER portal_views_as_sent BEFORE UPDATE OR DELETE ON portal_views
    FOR EACH ROW EXECUTE FUNCTION portal_refuse_change();
CREATE TRIGGER referrer_letters_as_sent BEFORE UPDATE OR DELETE ON referrer_letters
    FOR EACH ROW EXECUTE FUNCTION portal_refuse_change();
CREATE TRIGGER referrer_letters_no_truncate BEFORE TRUNCATE ON referrer_letters
    FOR EACH STATEMENT EXECUTE FUNCTION portal_refuse_change();
-- UPDATE stays granted on portal_shares only because foreign keys point at it: PostgreSQL checks a new item's or
-- view's share with SELECT ... FOR KEY SHARE, which needs UPDATE privilege. Its trigger still refuses every UPDATE.
REVOKE UPDATE, DELETE, TRUNCATE ON portal_share_items, portal_views, referrer_letters FROM PUBLIC, CURRENT_USER;
REVOKE DELETE, TRUNCATE ON portal_shares, portal_share_states FROM PUBLIC, CURRENT_USER;
