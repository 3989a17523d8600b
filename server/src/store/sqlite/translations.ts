// The translation repository on SQLite: proposals, curators' decisions (with audit and notices), approved texts.
import { randomId } from '../ids.js';
import {
  PendingTranslationError,
  type TranslatedSummary,
  type Translation,
  type TranslationKind,
  type TranslationLanguage,
  type TranslationRepository,
} from '../translation-types.js';
import { prepared, type Db } from './connection.js';
import { writeNotices } from './notices.js';

interface TranslationRow {
  id: string;
  kind: TranslationKind;
  item_id: string;
  language: TranslationLanguage;
  title: string;
  summary: string;
  description: string;
  results: string | null;
  lessons_learned: string | null;
  state: Translation['state'];
  translator_id: string;
  checker_id: string | null;
  reason: string | null;
  created_at: string;
  decided_at: string | null;
}

function toTranslation(row: TranslationRow): Translation {
  return {
    id: row.id,
    kind: row.kind,
    item: row.item_id,
    language: row.language,
    title: row.title,
    summary: row.summary,
    description: row.description,
    ...(row.results === null ? {} : { results: row.results }),
    ...(row.lessons_learned === null ? {} : { lessonsLearned: row.lessons_learned }),
    state: row.state,
    translatorId: row.translator_id,
    checkerId: row.checker_id,
    reason: row.reason,
    createdAt: row.created_at,
    decidedAt: row.decided_at,
  };
}

export function sqliteTranslations(db: Db): TranslationRepository {
  const byId = (id: string) => toTranslation(prepared(db, 'SELECT * FROM translation WHERE id = ?').get(id) as TranslationRow);

  const decide = db.transaction((d: Parameters<TranslationRepository['decide']>[0], tell: Parameters<TranslationRepository['decide']>[1]) => {
    const pending = prepared(db, "SELECT id FROM translation WHERE kind = ? AND item_id = ? AND language = ? AND state = 'pending'")
      .pluck()
      .get(d.kind, d.item, d.language) as string | undefined;
    if (pending === undefined) return null;
    if (d.approve) {
      prepared(db, "UPDATE translation SET state = 'superseded' WHERE kind = ? AND item_id = ? AND language = ? AND state = 'approved'").run(
        d.kind,
        d.item,
        d.language,
      );
    }
    prepared(db, 'UPDATE translation SET state = ?, checker_id = ?, reason = ?, decided_at = ? WHERE id = ?').run(
      d.approve ? 'approved' : 'declined',
      d.checkerId,
      d.reason,
      d.at,
      pending,
    );
    const decided = byId(pending);
    prepared(db, 'INSERT INTO audit_log (actor, action, subject, at, details) VALUES (?, ?, ?, ?, ?)').run(
      d.checkerId,
      d.approve ? 'translation.approved' : 'translation.declined',
      decided.id,
      d.at,
      JSON.stringify({ kind: d.kind, item: d.item, language: d.language }),
    );
    writeNotices(db, tell(decided), d.at);
    return decided;
  });

  return {
    async propose(r) {
      const id = randomId('trn');
      try {
        prepared(
          db,
          `INSERT INTO translation (id, kind, item_id, language, title, summary, description, results, lessons_learned,
            state, translator_id, created_at, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          id, r.kind, r.item, r.language, r.title, r.summary, r.description, r.results ?? null, r.lessonsLearned ?? null,
          r.state, r.translatorId, r.at, r.state === 'approved' ? r.at : null,
        );
      } catch (error) {
        if (error instanceof Error && /UNIQUE constraint failed/.test(error.message)) throw new PendingTranslationError(error.message);
        throw error;
      }
      return byId(id);
    },

    async decide(decision, tell) {
      return decide(decision, tell);
    },

    async pending(kind, item, language) {
      const sql = "SELECT * FROM translation WHERE kind = ? AND item_id = ? AND language = ? AND state = 'pending'";
      const row = prepared(db, sql).get(kind, item, language) as TranslationRow | undefined;
      return row ? toTranslation(row) : null;
    },

    async approved(kind, item) {
      const sql = "SELECT * FROM translation WHERE kind = ? AND item_id = ? AND state = 'approved' ORDER BY language";
      return (prepared(db, sql).all(kind, item) as TranslationRow[]).map(toTranslation);
    },

    async summariesOf(kind, items) {
      const found = new Map<string, TranslatedSummary[]>();
      if (items.length === 0) return found;
      // One statement for any page length: the ids go in as one JSON array, not a list of placeholders.
      const sql = `SELECT item_id, language, title, summary FROM translation
        WHERE kind = ? AND state = 'approved' AND item_id IN (SELECT value FROM json_each(?)) ORDER BY language`;
      for (const row of prepared(db, sql).all(kind, JSON.stringify(items)) as (TranslatedSummary & { item_id: string })[]) {
        const { item_id: item, ...summary } = row;
        found.set(item, [...(found.get(item) ?? []), summary]);
      }
      return found;
    },

    async list({ state, kind, limit }) {
      const sql = `SELECT * FROM translation WHERE state = ?${kind ? ' AND kind = ?' : ''} ORDER BY created_at, id LIMIT ?`;
      const rows = (kind ? prepared(db, sql).all(state, kind, limit) : prepared(db, sql).all(state, limit)) as TranslationRow[];
      return rows.map(toTranslation);
    },
  };
}
