// Discussions on SQLite: a space's numbered questions, locking, and counts of visible comments.
import type { DiscussionRecord, DiscussionRepository } from '../../discussions/types.js';
import { randomId } from '../ids.js';
import { prepared, type Db } from './connection.js';
import { recordChange } from './discussion-events.js';

interface DiscussionRow {
  id: string;
  space_id: string;
  title: string;
  locked: 0 | 1;
  questions: string;
  last_event_id: number;
  created_at: string;
}

const toDiscussion = (row: DiscussionRow): DiscussionRecord => ({
  id: row.id,
  spaceId: row.space_id,
  title: row.title,
  locked: row.locked === 1,
  questions: JSON.parse(row.questions) as string[],
  lastEventId: row.last_event_id,
  createdAt: row.created_at,
});

/** `IN (?, ?, …)` for a list of values; lists here are a page of spaces, never thousands. */
const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ');

export function sqliteDiscussions(db: Db): DiscussionRepository {
  const read = (id: string) => {
    const row = prepared(db, 'SELECT * FROM discussion WHERE id = ?').get(id) as DiscussionRow | undefined;
    return row ? toDiscussion(row) : null;
  };
  const insert = db.transaction((discussion: DiscussionRecord, change: Parameters<DiscussionRepository['create']>[1]) => {
    prepared(db, 'INSERT INTO discussion (id, space_id, title, locked, questions, last_event_id, created_at) VALUES (?, ?, ?, 0, ?, 0, ?)').run(
      discussion.id,
      discussion.spaceId,
      discussion.title,
      JSON.stringify(discussion.questions),
      discussion.createdAt,
    );
    recordChange(db, change);
  });
  const lock = db.transaction((id: string, locked: boolean, change: Parameters<DiscussionRepository['setLocked']>[2]) => {
    prepared(db, 'UPDATE discussion SET locked = ? WHERE id = ?').run(locked ? 1 : 0, id);
    recordChange(db, change);
  });
  return {
    async create(input, change) {
      const discussion: DiscussionRecord = { ...input, id: input.id ?? randomId('dsc'), locked: false, lastEventId: 0, createdAt: change.at };
      insert(discussion, change);
      return discussion;
    },
    async get(id) {
      return read(id);
    },
    async forSpaces(spaceIds) {
      if (spaceIds.length === 0) return [];
      const rows = db.prepare(`SELECT * FROM discussion WHERE space_id IN (${placeholders(spaceIds.length)}) ORDER BY created_at, id`).all(...spaceIds);
      return (rows as DiscussionRow[]).map(toDiscussion);
    },
    async visibleCounts(discussionIds) {
      const counts = new Map<string, number>(discussionIds.map((id) => [id, 0]));
      if (discussionIds.length === 0) return counts;
      const rows = db
        .prepare(`SELECT discussion_id AS id, COUNT(*) AS n FROM comment WHERE state = 'visible' AND discussion_id IN (${placeholders(discussionIds.length)}) GROUP BY discussion_id`)
        .all(...discussionIds) as { id: string; n: number }[];
      for (const row of rows) counts.set(row.id, row.n);
      return counts;
    },
    async setLocked(id, locked, change) {
      lock(id, locked, change);
      return read(id)!;
    },
  };
}
