// Migration 2: organisations, people, roles, reviewer profiles, partner sites, sign-in, the outbox and the audit log.

/**
 * None of these tables bumps `store_meta.version`: it keys the cache of public reads, and a
 * sign-in must not empty that cache. Secrets are stored only as hashes (`code_hash`,
 * `access_hash`, `refresh_hash`). Times are ISO 8601 UTC text, which sorts as time does.
 * Organisation kinds are not a CHECK list: they are taxonomy data (`organisation-kind` terms,
 * which also say whether a kind is a UN entity), enforced by the application.
 */
export const sql = `
  CREATE TABLE organisation (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    country TEXT,
    created_at TEXT NOT NULL
  );
  CREATE UNIQUE INDEX organisation_name ON organisation (lower(name));

  CREATE TABLE person (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE CHECK (email = lower(email)),
    name TEXT NOT NULL,
    organisation_id TEXT REFERENCES organisation (id),
    created_at TEXT NOT NULL
  );
  CREATE INDEX person_organisation ON person (organisation_id);

  -- Contributor is implied for everyone and never stored.
  CREATE TABLE person_role (
    person_id TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('reviewer', 'curator', 'moderator', 'admin')),
    granted_at TEXT NOT NULL,
    PRIMARY KEY (person_id, role)
  ) WITHOUT ROWID;
  CREATE INDEX person_role_role ON person_role (role, person_id);

  -- Arrays as JSON, like the practice rows: they are read whole when suggesting reviewers.
  CREATE TABLE reviewer_profile (
    person_id TEXT PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
    objectives TEXT NOT NULL DEFAULT '[]',
    themes TEXT NOT NULL DEFAULT '[]',
    languages TEXT NOT NULL DEFAULT '[]',
    updated_at TEXT NOT NULL
  );
  CREATE TABLE reviewer_conflict (
    person_id TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    PRIMARY KEY (person_id, organisation_id)
  ) WITHOUT ROWID;

  CREATE TABLE partner_site (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
  );
  CREATE TABLE partner_origin (
    origin TEXT NOT NULL,
    site_id TEXT NOT NULL REFERENCES partner_site (id) ON DELETE CASCADE,
    PRIMARY KEY (origin, site_id)
  ) WITHOUT ROWID;

  CREATE TABLE sign_in_code (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    used_at TEXT
  );
  CREATE INDEX sign_in_code_email ON sign_in_code (email, created_at);

  CREATE TABLE session (
    id TEXT PRIMARY KEY,
    family_id TEXT NOT NULL,
    person_id TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    access_hash TEXT NOT NULL UNIQUE,
    refresh_hash TEXT NOT NULL UNIQUE,
    access_expires_at TEXT NOT NULL,
    refresh_expires_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    rotated_at TEXT,
    revoked_at TEXT
  );
  CREATE INDEX session_family ON session (family_id);

  CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    sent_at TEXT,
    last_error TEXT
  );
  CREATE INDEX outbox_pending ON outbox (created_at) WHERE status = 'pending';
  CREATE INDEX outbox_created ON outbox (created_at DESC, id DESC);

  CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    at TEXT NOT NULL,
    details TEXT
  );
  CREATE INDEX audit_log_subject ON audit_log (subject, id);
  CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
  CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
`;
