// Migration 4: peer review — the `changes-requested` state and review rounds on submissions, reviewer assignments and verdicts.

/**
 * SQLite cannot change a CHECK constraint in place, so `submission` is rebuilt to allow
 * `changes-requested` and to gain `round`. Foreign keys stay on during migrations (the pragma
 * cannot change inside the migration's transaction), so dropping the old parent while
 * `submission_file` still points at it would break the key. The child is therefore rebuilt too,
 * pointing at the new parent under its temporary name; renaming the new parent into place then
 * rewrites that reference (SQLite ≥ 3.26 renames foreign-key references), and the old tables go
 * with nothing pointing at them. Rows, ids and the file rows' key all survive unchanged.
 *
 * `round` starts at 1 and grows with each resubmission after a request for changes; reviews are
 * kept per round, so a reviewer gives one verdict per round (the UNIQUE key) and earlier rounds
 * stay readable. An assignment is `active` or `replaced` (by a curator, when a reviewer does not
 * answer); only active ones count for the policy. `extra` marks the reviewer who settles a
 * disagreement under the `extra-reviewer-on-disagreement` decision. Nothing here is public, so
 * nothing bumps `store_meta.version`; publishing does, through the `practice` insert.
 */
export const sql = `
  CREATE TABLE submission_v4 (
    id TEXT PRIMARY KEY,
    owner_id TEXT NOT NULL REFERENCES person (id),
    state TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'in-review', 'changes-requested', 'published', 'rejected', 'withdrawn')),
    revision INTEGER NOT NULL CHECK (revision >= 1),
    round INTEGER NOT NULL DEFAULT 1 CHECK (round >= 1),
    content TEXT NOT NULL CHECK (json_valid(content)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    submitted_at TEXT
  );
  INSERT INTO submission_v4 (rowid, id, owner_id, state, revision, round, content, created_at, updated_at, submitted_at)
    SELECT rowid, id, owner_id, state, revision, 1, content, created_at, updated_at, submitted_at FROM submission;

  CREATE TABLE submission_file_v4 (
    id TEXT PRIMARY KEY,
    submission_id TEXT NOT NULL REFERENCES submission_v4 (id),
    filename TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL CHECK (size > 0),
    sha256 TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  INSERT INTO submission_file_v4 (rowid, id, submission_id, filename, media_type, size, sha256, created_at)
    SELECT rowid, id, submission_id, filename, media_type, size, sha256, created_at FROM submission_file;

  DROP TABLE submission_file;
  DROP TABLE submission;
  ALTER TABLE submission_v4 RENAME TO submission;
  ALTER TABLE submission_file_v4 RENAME TO submission_file;
  CREATE INDEX submission_owner ON submission (owner_id, updated_at DESC);
  CREATE INDEX submission_state ON submission (state, updated_at DESC);
  CREATE INDEX submission_file_submission ON submission_file (submission_id, created_at);

  CREATE TABLE review_assignment (
    id TEXT PRIMARY KEY,
    submission_id TEXT NOT NULL REFERENCES submission (id),
    reviewer_id TEXT NOT NULL REFERENCES person (id),
    state TEXT NOT NULL CHECK (state IN ('active', 'replaced')),
    extra INTEGER NOT NULL DEFAULT 0 CHECK (extra IN (0, 1)),
    round INTEGER NOT NULL CHECK (round >= 1),
    assigned_by TEXT NOT NULL,
    assigned_at TEXT NOT NULL,
    due_at TEXT NOT NULL,
    replaced_at TEXT,
    replaced_by TEXT
  );
  -- A reviewer is active on a submission at most once; a replaced one may come back later.
  CREATE UNIQUE INDEX review_assignment_active ON review_assignment (submission_id, reviewer_id) WHERE state = 'active';
  CREATE INDEX review_assignment_submission ON review_assignment (submission_id, assigned_at);
  CREATE INDEX review_assignment_reviewer ON review_assignment (reviewer_id, state, due_at);

  CREATE TABLE review (
    id TEXT PRIMARY KEY,
    submission_id TEXT NOT NULL REFERENCES submission (id),
    assignment_id TEXT NOT NULL REFERENCES review_assignment (id),
    reviewer_id TEXT NOT NULL REFERENCES person (id),
    round INTEGER NOT NULL CHECK (round >= 1),
    verdict TEXT NOT NULL CHECK (verdict IN ('approve', 'request-changes', 'reject')),
    criteria TEXT NOT NULL CHECK (json_valid(criteria)),
    comment TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (submission_id, reviewer_id, round)
  );
`;
