-- Need-to-know access (PostgreSQL): line management, time-limited grants, conflict-of-interest exclusions, the reasons
-- given when opening a file, break-glass reviews and alerts. Forward-only: never edit a released migration.
-- Only identifiers, dates and the two short texts listed (a grant's purpose, a session's reason detail): no names.

-- Supervision: a manager sees their coordinators' work, a coordinator their volunteers'.
ALTER TABLE users ADD COLUMN line_manager_id uuid NULL REFERENCES users (id) CHECK (line_manager_id IS NULL OR line_manager_id <> id);
CREATE INDEX ix_users_line_manager ON users (line_manager_id);

CREATE TABLE access_grants (
    id uuid NOT NULL PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    kind text NOT NULL CHECK (kind IN ('trustee-spot-check', 'auditor-sample', 'contractor-incidental')),
    grantee_id uuid NOT NULL REFERENCES users (id),
    issued_by uuid NOT NULL REFERENCES users (id),
    valid_from timestamptz NOT NULL,
    valid_until timestamptz NOT NULL,
    purpose text NOT NULL,
    revoked_at timestamptz NULL,
    revoked_by uuid NULL REFERENCES users (id),
    undertaking_signed_at timestamptz NULL,
    undertaking_recorded_by uuid NULL REFERENCES users (id),
    presence_coordinator_id uuid NULL REFERENCES users (id),
    presence_attested_at timestamptz NULL,
    presence_until timestamptz NULL,
    created_at timestamptz NOT NULL,
    CHECK (valid_until > valid_from),
    CHECK ((revoked_at IS NULL) = (revoked_by IS NULL)),
    CHECK ((undertaking_signed_at IS NULL) = (undertaking_recorded_by IS NULL)),
    CHECK ((presence_coordinator_id IS NULL) = (presence_attested_at IS NULL) AND (presence_attested_at IS NULL) = (presence_until IS NULL))
);
CREATE INDEX ix_access_grants_grantee ON access_grants (organisation_id, grantee_id);

CREATE TABLE access_grant_files (
    grant_id uuid NOT NULL REFERENCES access_grants (id) ON DELETE CASCADE,
    family_id uuid NOT NULL REFERENCES families (id) ON DELETE CASCADE,
    PRIMARY KEY (grant_id, family_id)
);
CREATE INDEX ix_access_grant_files_family ON access_grant_files (family_id);

-- resource_id is a family's or a person's id (resource_kind says which), so it has no foreign key; an
-- exclusion outlives a destroyed family file, as it holds nothing but identifiers.
CREATE TABLE conflict_exclusions (
    id uuid NOT NULL PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    user_id uuid NOT NULL REFERENCES users (id),
    resource_kind text NOT NULL CHECK (resource_kind IN ('family', 'personnel')),
    resource_id uuid NOT NULL,
    declared_by uuid NOT NULL REFERENCES users (id),
    declared_at timestamptz NOT NULL,
    lifted_at timestamptz NULL,
    lifted_by uuid NULL REFERENCES users (id),
    CHECK ((lifted_at IS NULL) = (lifted_by IS NULL))
);
-- At most one exclusion in force per person and file.
CREATE UNIQUE INDEX ux_conflict_exclusions_active ON conflict_exclusions (user_id, resource_kind, resource_id) WHERE lifted_at IS NULL;
CREATE INDEX ix_conflict_exclusions_resource ON conflict_exclusions (resource_kind, resource_id);

CREATE TABLE access_sessions (
    id uuid NOT NULL PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    user_id uuid NOT NULL REFERENCES users (id),
    resource_kind text NOT NULL CHECK (resource_kind IN ('family', 'personnel')),
    resource_id uuid NOT NULL,
    purpose text NOT NULL CHECK (purpose IN ('case-work', 'supervision', 'safeguarding', 'spot-check', 'audit', 'subject-request', 'emergency', 'other')),
    detail text NULL,
    break_glass boolean NOT NULL,
    opened_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    CHECK (expires_at > opened_at)
);
CREATE INDEX ix_access_sessions_lookup ON access_sessions (user_id, resource_kind, resource_id, id);

-- family_id has no foreign key: the review register outlives a destroyed family file.
CREATE TABLE break_glass_reviews (
    id uuid NOT NULL PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    user_id uuid NOT NULL REFERENCES users (id),
    family_id uuid NOT NULL,
    opened_at timestamptz NOT NULL,
    reviewed_by uuid NULL REFERENCES users (id),
    reviewed_at timestamptz NULL,
    outcome text NULL CHECK (outcome IN ('justified', 'not-justified')),
    CHECK ((reviewed_at IS NULL) = (reviewed_by IS NULL) AND (reviewed_at IS NULL) = (outcome IS NULL)),
    -- Nobody reviews their own emergency access.
    CHECK (reviewed_by IS NULL OR reviewed_by <> user_id)
);
CREATE INDEX ix_break_glass_reviews_open ON break_glass_reviews (organisation_id, reviewed_at);

-- kind and resource_kind are open lists: other features (concerns, reviews due) add their own.
CREATE TABLE alerts (
    id uuid NOT NULL PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    recipient_id uuid NOT NULL REFERENCES users (id),
    kind text NOT NULL,
    resource_kind text NOT NULL,
    resource_id uuid NOT NULL,
    created_at timestamptz NOT NULL,
    read_at timestamptz NULL
);
CREATE INDEX ix_alerts_recipient ON alerts (recipient_id, id);
