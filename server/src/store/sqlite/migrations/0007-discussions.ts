// Migration 7: discussion spaces, their discussions, threaded comments, flags and the numbered public events.

/**
 * Texts (`welcome`, `summary_report`, a comment's `body`) are stored as the contract's RichText
 * JSON: the author's Markdown exactly as typed, with the sanitised HTML and block tree rendered
 * once on write, so reads never parse Markdown. A space's state is derived from its dates and
 * `closed_at` (set when a moderator closes it early), never stored, so it cannot drift.
 *
 * `discussion_event` numbers every public change of a comment per discussion (1, 2, 3…); the
 * number is taken from `discussion.last_event_id` in the same transaction as the change, so a
 * client resuming with `Last-Event-ID` misses nothing and sees nothing twice. An event row holds
 * only what happened and to which comment: replays show the comment as it is now, so a comment
 * hidden since is never replayed with its old text.
 *
 * `comment.seq` orders a discussion's comments oldest first and is the list's cursor. Flags are
 * one row per (comment, person): flagging twice hits the primary key. None of these tables bumps
 * `store_meta.version`: discussion reads are not served from the response cache.
 */
export const sql = `
  CREATE TABLE space (
    id TEXT PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('topic', 'event')),
    title TEXT NOT NULL,
    welcome TEXT NOT NULL CHECK (json_valid(welcome)),
    audience TEXT NOT NULL,
    languages TEXT NOT NULL CHECK (json_valid(languages)),
    opens_at TEXT NOT NULL,
    closes_at TEXT,
    closed_at TEXT,
    objectives TEXT NOT NULL CHECK (json_valid(objectives)),
    moderator_ids TEXT NOT NULL CHECK (json_valid(moderator_ids)),
    summary_report TEXT CHECK (summary_report IS NULL OR json_valid(summary_report)),
    settings TEXT NOT NULL CHECK (json_valid(settings)),
    created_at TEXT NOT NULL
  );

  CREATE TABLE discussion (
    id TEXT PRIMARY KEY,
    space_id TEXT NOT NULL REFERENCES space (id),
    title TEXT NOT NULL,
    locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
    questions TEXT NOT NULL CHECK (json_valid(questions)),
    last_event_id INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
  );
  CREATE INDEX discussion_space ON discussion (space_id, created_at);

  CREATE TABLE comment (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    discussion_id TEXT NOT NULL REFERENCES discussion (id),
    question INTEGER NOT NULL CHECK (question >= 1),
    parent_id TEXT REFERENCES comment (id),
    author_id TEXT NOT NULL REFERENCES person (id),
    body TEXT NOT NULL CHECK (json_valid(body)),
    state TEXT NOT NULL CHECK (state IN ('visible', 'pending', 'hidden', 'deleted')),
    flag_count INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    edited_at TEXT
  );
  CREATE INDEX comment_discussion ON comment (discussion_id, seq);

  CREATE TABLE comment_flag (
    comment_id TEXT NOT NULL REFERENCES comment (id),
    person_id TEXT NOT NULL REFERENCES person (id),
    reason TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (comment_id, person_id)
  ) WITHOUT ROWID;

  CREATE TABLE discussion_event (
    discussion_id TEXT NOT NULL REFERENCES discussion (id),
    id INTEGER NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('created', 'updated', 'hidden', 'restored', 'deleted', 'approved')),
    comment_id TEXT NOT NULL REFERENCES comment (id),
    at TEXT NOT NULL,
    PRIMARY KEY (discussion_id, id)
  ) WITHOUT ROWID;
`;
