// Migration 3: submissions (practices on their way to review) and the files attached to them.

/**
 * Submissions have their own table rather than being `practice` rows with a draft state:
 * a draft is incomplete by design, while every `practice` column is NOT NULL and its triggers
 * index rows for the public lists. Keeping drafts apart means nothing unreviewed can leak into a
 * public list or count, the review flow (assignments, reviews, requests for changes) hangs off a
 * submission id that stays stable across resubmissions, and publishing is one transaction that
 * inserts the approved content into `practice` and marks the submission `published`.
 *
 * The content is one JSON document (the contract's SubmissionDraft): it is read and written whole
 * by the owner's form and by reviewers, never filtered on. `revision` is the optimistic-concurrency
 * token behind the ETag. File bytes live on disk under the data directory; only their metadata is
 * here. None of these tables bumps `store_meta.version`: nothing here is public.
 */
export const sql = `
  CREATE TABLE submission (
    id TEXT PRIMARY KEY,
    owner_id TEXT NOT NULL REFERENCES person (id),
    state TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'in-review', 'published', 'rejected', 'withdrawn')),
    revision INTEGER NOT NULL CHECK (revision >= 1),
    content TEXT NOT NULL CHECK (json_valid(content)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    submitted_at TEXT
  );
  CREATE INDEX submission_owner ON submission (owner_id, updated_at DESC);
  CREATE INDEX submission_state ON submission (state, updated_at DESC);

  CREATE TABLE submission_file (
    id TEXT PRIMARY KEY,
    submission_id TEXT NOT NULL REFERENCES submission (id),
    filename TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL CHECK (size > 0),
    sha256 TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX submission_file_submission ON submission_file (submission_id, created_at);
`;
