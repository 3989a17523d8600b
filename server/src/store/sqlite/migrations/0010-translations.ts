// Migration 10: translations of published practices and resources, proposed by contributors and checked by curators.

/**
 * One row per proposed translation of an item (`kind` + `item_id`, the practice's or resource's
 * id) into one of the six UN languages. A contributor's proposal is `pending` until a curator
 * approves or declines it; approving a new version of a language marks the one it replaces
 * `superseded`, so that history stays and each language has at most one approved text. The
 * partial unique indexes hold both rules: one pending and one approved per item and language.
 * `results` and `lessons_learned` are a practice's only (null for resources).
 *
 * Only changes that touch an approved row bump `store_meta.version`: public reads show approved
 * translations, and a pending proposal must not empty the response cache.
 */
export const sql = `
  CREATE TABLE translation (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('practice', 'resource')),
    item_id TEXT NOT NULL,
    language TEXT NOT NULL CHECK (language IN ('ar', 'en', 'es', 'fr', 'ru', 'zh')),
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    description TEXT NOT NULL,
    results TEXT,
    lessons_learned TEXT,
    state TEXT NOT NULL CHECK (state IN ('pending', 'approved', 'declined', 'superseded')),
    translator_id TEXT NOT NULL,
    checker_id TEXT,
    reason TEXT,
    created_at TEXT NOT NULL,
    decided_at TEXT
  );
  CREATE UNIQUE INDEX translation_one_pending ON translation (kind, item_id, language) WHERE state = 'pending';
  CREATE UNIQUE INDEX translation_one_approved ON translation (kind, item_id, language) WHERE state = 'approved';
  CREATE INDEX translation_queue ON translation (state, created_at);
  CREATE TRIGGER translation_insert_version AFTER INSERT ON translation WHEN new.state = 'approved' BEGIN
    UPDATE store_meta SET version = version + 1;
  END;
  CREATE TRIGGER translation_update_version AFTER UPDATE ON translation WHEN new.state = 'approved' OR old.state = 'approved' BEGIN
    UPDATE store_meta SET version = version + 1;
  END;
  CREATE TRIGGER translation_delete_version AFTER DELETE ON translation WHEN old.state = 'approved' BEGIN
    UPDATE store_meta SET version = version + 1;
  END;
`;
