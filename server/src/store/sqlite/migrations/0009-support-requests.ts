// Migration 9: capacity-building support requests, their state timeline, messages and the experts assigned to them.

/**
 * `content` holds what the requester wrote (entity, country, objectives, kinds, description,
 * timeline, languages, contact) as JSON: it is read and written whole, never filtered by field.
 * `revision` guards every state change against a curator racing another. People and experts are
 * referenced without foreign keys so that erasing a person (or an expert) is not blocked by them;
 * the erase step removes a person's requests itself.
 * `support_request_event` is the status timeline the requester sees; `support_assignment` also
 * gives each expert's open load, the "availability" the suggestions rank by.
 */
export const sql = `
  CREATE TABLE support_request (
    id TEXT PRIMARY KEY,
    requester_id TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('received', 'under-assessment', 'matched', 'in-progress', 'completed', 'declined')),
    content TEXT NOT NULL,
    agreement TEXT,
    decline_reason TEXT,
    revision INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX support_request_requester ON support_request (requester_id, created_at DESC);
  CREATE INDEX support_request_state ON support_request (state, created_at DESC);

  CREATE TABLE support_request_event (
    id INTEGER PRIMARY KEY,
    request_id TEXT NOT NULL REFERENCES support_request (id) ON DELETE CASCADE,
    state TEXT NOT NULL,
    reason TEXT,
    at TEXT NOT NULL
  );
  CREATE INDEX support_request_event_request ON support_request_event (request_id, id);

  CREATE TABLE support_message (
    id TEXT PRIMARY KEY,
    request_id TEXT NOT NULL REFERENCES support_request (id) ON DELETE CASCADE,
    author_id TEXT NOT NULL,
    side TEXT NOT NULL CHECK (side IN ('requester', 'curator')),
    text TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX support_message_request ON support_message (request_id, created_at);

  CREATE TABLE support_assignment (
    id TEXT PRIMARY KEY,
    request_id TEXT NOT NULL REFERENCES support_request (id) ON DELETE CASCADE,
    expert_id TEXT NOT NULL,
    note TEXT,
    assigned_by TEXT NOT NULL,
    assigned_at TEXT NOT NULL,
    UNIQUE (request_id, expert_id)
  );
  CREATE INDEX support_assignment_expert ON support_assignment (expert_id);
`;
