-- Confide records schema, version 1 (SQLite). Forward-only: never edit a released migration, add a new one.
CREATE TABLE organisations (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    profile_id TEXT NOT NULL,
    profile_version INTEGER NOT NULL,
    profile_yaml TEXT NOT NULL,
    is_demo INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    next_family_number INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE users (
    id TEXT NOT NULL PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    display_name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    disabled_at TEXT NULL,
    user_name TEXT NULL,
    normalized_user_name TEXT NULL,
    email TEXT NULL,
    normalized_email TEXT NULL,
    email_confirmed INTEGER NOT NULL,
    password_hash TEXT NULL,
    security_stamp TEXT NULL,
    concurrency_stamp TEXT NULL,
    phone_number TEXT NULL,
    phone_number_confirmed INTEGER NOT NULL,
    two_factor_enabled INTEGER NOT NULL,
    lockout_end TEXT NULL,
    lockout_enabled INTEGER NOT NULL,
    access_failed_count INTEGER NOT NULL
);
CREATE UNIQUE INDEX ix_users_normalized_user_name ON users (normalized_user_name);
CREATE INDEX ix_users_normalized_email ON users (normalized_email);
CREATE INDEX ix_users_organisation ON users (organisation_id);

CREATE TABLE user_claims (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    claim_type TEXT NULL,
    claim_value TEXT NULL
);
CREATE TABLE user_logins (
    login_provider TEXT NOT NULL,
    provider_key TEXT NOT NULL,
    provider_display_name TEXT NULL,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (login_provider, provider_key)
);
CREATE TABLE user_tokens (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    login_provider TEXT NOT NULL,
    name TEXT NOT NULL,
    value TEXT NULL,
    PRIMARY KEY (user_id, login_provider, name)
);
CREATE TABLE staff_roles (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    PRIMARY KEY (user_id, role)
);

CREATE TABLE families (
    id TEXT NOT NULL PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    reference TEXT NOT NULL,
    address BLOB NOT NULL,
    postcode BLOB NOT NULL,
    area TEXT NOT NULL,
    assigned_coordinator_id TEXT NULL REFERENCES users (id),
    opened_at TEXT NOT NULL,
    UNIQUE (organisation_id, reference)
);
CREATE INDEX ix_families_coordinator ON families (organisation_id, assigned_coordinator_id);

CREATE TABLE members (
    id TEXT NOT NULL PRIMARY KEY,
    family_id TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('adult', 'child')),
    given_name BLOB NOT NULL,
    family_name BLOB NOT NULL,
    date_of_birth BLOB NULL,
    health BLOB NULL,
    ethnicity BLOB NULL,
    religion BLOB NULL
);
CREATE INDEX ix_members_family ON members (family_id);

CREATE TABLE referrals (
    id TEXT NOT NULL PRIMARY KEY,
    family_id TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL,
    referrer BLOB NOT NULL,
    referred_on TEXT NOT NULL,
    reason BLOB NOT NULL,
    -- A referral is accepted only with the family's consent: the database refuses any other.
    family_consented INTEGER NOT NULL CHECK (family_consented = 1),
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX ix_referrals_family ON referrals (family_id);

CREATE TABLE support_episodes (
    id TEXT NOT NULL PRIMARY KEY,
    family_id TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('home_visiting', 'group')),
    started_on TEXT NOT NULL,
    ended_on TEXT NULL CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX ix_support_episodes_family ON support_episodes (family_id);

CREATE TABLE volunteer_matches (
    id TEXT NOT NULL PRIMARY KEY,
    family_id TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL,
    volunteer_id TEXT NOT NULL REFERENCES users (id),
    started_on TEXT NOT NULL,
    ended_on TEXT NULL CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX ix_volunteer_matches_family ON volunteer_matches (family_id);
CREATE INDEX ix_volunteer_matches_volunteer ON volunteer_matches (volunteer_id);

CREATE TABLE notes (
    id TEXT NOT NULL PRIMARY KEY,
    family_id TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL,
    author_id TEXT NOT NULL REFERENCES users (id),
    contact_on TEXT NOT NULL,
    text BLOB NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'finalised')),
    created_at TEXT NOT NULL,
    finalised_at TEXT NULL,
    amends_note_id TEXT NULL REFERENCES notes (id),
    CHECK ((status = 'finalised') = (finalised_at IS NOT NULL))
);
CREATE INDEX ix_notes_family ON notes (family_id);

-- A finalised note is dated and signed: the database itself refuses to change it.
CREATE TRIGGER notes_finalised_immutable BEFORE UPDATE ON notes
WHEN OLD.status = 'finalised'
BEGIN
    SELECT RAISE(ABORT, 'a finalised note cannot be changed; add an amendment');
END;

CREATE TABLE search_terms (
    family_id TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    term BLOB NOT NULL,
    PRIMARY KEY (family_id, kind, term)
);
CREATE INDEX ix_search_terms_lookup ON search_terms (organisation_id, kind, term);
