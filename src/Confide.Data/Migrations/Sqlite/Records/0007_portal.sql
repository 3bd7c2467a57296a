-- The secure share portal and referrer letters (SQLite). Forward-only: never edit a released migration.
-- What was sent is kept exactly as sent: shares, their items, their views and the letters as sent are refused
-- UPDATE and DELETE by triggers, like the audit log. Only portal_share_states changes (passcode, lock, revocation).
-- Family content (recipient, item labels and texts, letter PDFs) is ciphertext under the family's own key, so
-- destroying the family's key makes every copy unreadable (crypto-shredding) although the rows stay.
-- family_id, decision_id and agency_id have no foreign keys: the register outlives a destroyed family file and
-- does not depend on the sharing tables. Times are stored in UTC by the services.

CREATE TABLE portal_shares (
    id TEXT NOT NULL PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    family_id TEXT NOT NULL,
    decision_id TEXT NOT NULL,
    agency_id TEXT NOT NULL,
    recipient_name BLOB NOT NULL,
    token_hash BLOB NOT NULL CHECK (length(token_hash) = 32),
    sent_by TEXT NOT NULL REFERENCES users (id),
    sent_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    item_count INTEGER NOT NULL CHECK (item_count > 0),
    CHECK (expires_at > sent_at)
);
CREATE UNIQUE INDEX ux_portal_shares_token ON portal_shares (token_hash);
CREATE INDEX ix_portal_shares_family ON portal_shares (organisation_id, family_id, sent_at);

CREATE TABLE portal_share_items (
    share_id TEXT NOT NULL REFERENCES portal_shares (id),
    position INTEGER NOT NULL CHECK (position >= 0),
    ref TEXT NOT NULL,
    kind TEXT NOT NULL,
    label BLOB NOT NULL,
    text BLOB NOT NULL,
    PRIMARY KEY (share_id, position)
);

-- The one changing part of a share: the passcode (re-issued by the sender), wrong attempts and locks, revocation.
CREATE TABLE portal_share_states (
    share_id TEXT NOT NULL PRIMARY KEY REFERENCES portal_shares (id),
    passcode_hash BLOB NOT NULL CHECK (length(passcode_hash) = 32),
    passcode_issue INTEGER NOT NULL CHECK (passcode_issue >= 1),
    passcode_issued_at TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL CHECK (failed_attempts >= 0),
    locked_until TEXT NULL,
    blocked_at TEXT NULL,
    revoked_at TEXT NULL,
    revoked_by TEXT NULL REFERENCES users (id),
    CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);

CREATE TABLE portal_views (
    id TEXT NOT NULL PRIMARY KEY,
    share_id TEXT NOT NULL REFERENCES portal_shares (id),
    viewed_at TEXT NOT NULL
);
CREATE INDEX ix_portal_views_share ON portal_views (share_id, viewed_at);

-- LEI-24: the referrer told in writing when support starts and ends; the PDF kept exactly as sent.
CREATE TABLE referrer_letters (
    id TEXT NOT NULL PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    family_id TEXT NOT NULL,
    episode_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('support-started', 'support-ended')),
    method TEXT NOT NULL CHECK (method IN ('post', 'by-hand', 'secure-email')),
    sent_on TEXT NOT NULL,
    pdf BLOB NOT NULL,
    pdf_sha256 BLOB NOT NULL CHECK (length(pdf_sha256) = 32),
    recorded_by TEXT NOT NULL REFERENCES users (id),
    recorded_at TEXT NOT NULL
);
CREATE INDEX ix_referrer_letters_family ON referrer_letters (organisation_id, family_id, recorded_at);

-- Kept as sent. (A REPLACE would delete the old row without firing a delete trigger, so inserts over an existing
-- row are refused too.)
CREATE TRIGGER portal_shares_no_update BEFORE UPDATE ON portal_shares
BEGIN SELECT RAISE(ABORT, 'a share is kept exactly as sent'); END;
CREATE TRIGGER portal_shares_no_delete BEFORE DELETE ON portal_shares
BEGIN SELECT RAISE(ABORT, 'a share is kept exactly as sent'); END;
CREATE TRIGGER portal_shares_no_overwrite BEFORE INSERT ON portal_shares
WHEN EXISTS (SELECT 1 FROM portal_shares WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'a share is kept exactly as sent'); END;
CREATE TRIGGER portal_share_items_no_update BEFORE UPDATE ON portal_share_items
BEGIN SELECT RAISE(ABORT, 'a share is kept exactly as sent'); END;
CREATE TRIGGER portal_share_items_no_delete BEFORE DELETE ON portal_share_items
BEGIN SELECT RAISE(ABORT, 'a share is kept exactly as sent'); END;
CREATE TRIGGER portal_share_items_no_overwrite BEFORE INSERT ON portal_share_items
WHEN EXISTS (SELECT 1 FROM portal_share_items WHERE share_id = NEW.share_id AND position = NEW.position)
BEGIN SELECT RAISE(ABORT, 'a share is kept exactly as sent'); END;
CREATE TRIGGER portal_share_states_no_delete BEFORE DELETE ON portal_share_states
BEGIN SELECT RAISE(ABORT, 'a share is kept exactly as sent'); END;
CREATE TRIGGER portal_views_no_update BEFORE UPDATE ON portal_views
BEGIN SELECT RAISE(ABORT, 'a share is kept exactly as sent'); END;
CREATE TRIGGER portal_views_no_delete BEFORE DELETE ON portal_views
BEGIN SELECT RAISE(ABORT, 'a share is kept exactly as sent'); END;
CREATE TRIGGER referrer_letters_no_update BEFORE UPDATE ON referrer_letters
BEGIN SELECT RAISE(ABORT, 'a letter is kept exactly as sent'); END;
CREATE TRIGGER referrer_letters_no_delete BEFORE DELETE ON referrer_letters
BEGIN SELECT RAISE(ABORT, 'a letter is kept exactly as sent'); END;
CREATE TRIGGER referrer_letters_no_overwrite BEFORE INSERT ON referrer_letters
WHEN EXISTS (SELECT 1 FROM referrer_letters WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'a letter is kept exactly as sent'); END;
