-- Need-to-know access (SQLite): line management, time-limited grants, conflict-of-interest exclusions, the reasons
-- given when opening a file, break-glass reviews and alerts. Forward-only: never edit a released migration.
-- Only identifiers, dates and the two short texts listed (a grant's purpose, a session's reason detail): no names.
-- Times are stored in UTC by the services, so the text comparisons in the CHECKs below order correctly.

-- Supervision: a manager sees their coordinators' work, a coordinator their volunteers'.
ALTER TABLE users ADD COLUMN line_manager_id TEXT NULL REFERENCES users (id) CHECK (line_manager_id IS NULL OR line_manager_id <> id);
CREATE INDEX ix_users_line_manager ON users (line_manager_id);

CREATE TABLE access_grants (
    id TEXT NOT NULL PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    kind TEXT NOT NULL CHECK (kind IN ('trustee-spot-check', 'auditor-sample', 'contractor-incidental')),
    grantee_id TEXT NOT NULL REFERENCES users (id),
    issued_by TEXT NOT NULL REFERENCES users (id),
    valid_from TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    purpose TEXT NOT NULL,
    revoked_at TEXT NULL,
    revoked_by TEXT NULL REFERENCES users (id),
    undertaking_signed_at TEXT NULL,
    undertaking_recorded_by TEXT NULL REFERENCES users (id),
    presence_coordinator_id TEXT NULL REFERENCES users (id),
    presence_attested_at TEXT NULL,
    presence_until TEXT NULL,
    created_at TEXT NOT NULL,
    CHECK (valid_until > valid_from),
    CHECK ((revoked_at IS NULL) = (revoked_by IS NULL)),
    CHECK ((undertaking_signed_at IS NULL) = (undertaking_recorded_by IS NULL)),
    CHECK ((presence_coordinator_id IS NULL) = (presence_attested_at IS NULL) AND (presence_attested_at IS NULL) = (presence_until IS NULL))
);
CREATE INDEX ix_access_grants_grantee ON access_grants (organisation_id, grantee_id);

CREATE TABLE access_grant_files (
    grant_id TEXT NOT NULL REFERENCES access_grants (id) ON DELETE CASCADE,
    family_id TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
    PRIMARY KEY (grant_id, family_id)
);
CREATE INDEX ix_access_grant_files_family ON access_grant_files (family_id);

-- resource_id is a family's or a person's id (resource_kind says which), so it has no foreign key; an
-- exclusion outlives a destroyed family file, as it holds nothing but identifiers.
CREATE TABLE conflict_exclusions (
    id TEXT NOT NULL PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    user_id TEXT NOT NULL REFERENCES users (id),
    resource_kind TEXT NOT NULL CHECK (resource_kind IN ('family', 'personnel')),
    resource_id TEXT NOT NULL,
    declared_by TEXT NOT NULL REFERENCES users (id),
    declared_at TEXT NOT NULL,
    lifted_at TEXT NULL,
    lifted_by TEXT NULL REFERENCES users (id),
    CHECK ((lifted_at IS NULL) = (lifted_by IS NULL))
);
-- At most one exclusion in force per person and file.
CREATE UNIQUE INDEX ux_conflict_exclusions_active ON conflict_exclusions (user_id, resource_kind, resource_id) WHERE lifted_at IS NULL;
CREATE INDEX ix_conflict_exclusions_resource ON conflict_exclusions (resource_kind, resource_id);

CREATE TABLE access_sessions (
    id TEXT NOT NULL PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    user_id TEXT NOT NULL REFERENCES users (id),
    resource_kind TEXT NOT NULL CHECK (resource_kind IN ('family', 'personnel')),
    resource_id TEXT NOT NULL,
    purpose TEXT NOT NULL CHECK (purpose IN ('case-work', 'supervision', 'safeguarding', 'spot-check', 'audit', 'subject-request', 'emergency', 'other')),
    detail TEXT NULL,
    break_glass INTEGER NOT NULL,
    opened_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    CHECK (expires_at > opened_at)
);
CREATE INDEX ix_access_sessions_lookup ON access_sessions (user_id, resource_kind, resource_id, id);

-- family_id has no foreign key: the review register outlives a destroyed family file.
CREATE TABLE break_glass_reviews (
    id TEXT NOT NULL PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    user_id TEXT NOT NULL REFERENCES users (id),
    family_id TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    reviewed_by TEXT NULL REFERENCES users (id),
    reviewed_at TEXT NULL,
    outcome TEXT NULL CHECK (outcome IN ('justified', 'not-justified')),
    CHECK ((reviewed_at IS NULL) = (reviewed_by IS NULL) AND (reviewed_at IS NULL) = (outcome IS NULL)),
    -- Nobody reviews their own emergency access.
    CHECK (reviewed_by IS NULL OR reviewed_by <> user_id)
);
CREATE INDEX ix_break_glass_reviews_open ON break_glass_reviews (organisation_id, reviewed_at);

-- kind and resource_kind are open lists: other features (concerns, reviews due) add their own.
CREATE TABLE alerts (
    id TEXT NOT NULL PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    recipient_id TEXT NOT NULL REFERENCES users (id),
    kind TEXT NOT NULL,
    resource_kind TEXT NOT NULL,
    resource_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    read_at TEXT NULL
);
CREATE INDEX ix_alerts_recipient ON alerts (recipient_id, id);
