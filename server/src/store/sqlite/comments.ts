// Comments on SQLite: posting, editing, state changes and flags, each with its audit, notices and public event.
import type { CommentRecord, CommentRepository, DiscussionChange, RichText } from '../../discussions/types.js';
import { randomId } from '../ids.js';
import { prepared, type Db } from './connection.js';
import { recordChange } from './discussion-events.js';

interface CommentRow {
  id: string;
  discussion_id: string;
  question: number;
  parent_id: string | null;
  author_id: string;
  body: string;
  state: CommentRecord['state'];
  flag_count: number;
  created_at: string;
  edited_at: string | null;
}

const toComment = (row: CommentRow): CommentRecord => ({
  id: row.id,
  discussionId: row.discussion_id,
  question: row.question,
  parentId: row.parent_id,
  authorId: row.author_id,
  body: JSON.parse(row.body) as RichText,
  state: row.state,
  flagCount: row.flag_count,
  createdAt: row.created_at,
  editedAt: row.edited_at,
});

export function sqliteComments(db: Db): CommentRepository {
  const read = (id: string) => {
    const row = prepared(db, 'SELECT * FROM comment WHERE id = ?').get(id) as CommentRow | undefined;
    return row ? toComment(row) : null;
  };
  const insert = db.transaction((comment: CommentRecord, change: DiscussionChange) => {
    prepared(
      db,
      'INSERT INTO comment (id, discussion_id, question, parent_id, author_id, body, state, flag_count, created_at, edited_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, NULL)',
    ).run(comment.id, comment.discussionId, comment.question, comment.parentId, comment.authorId, JSON.stringify(comment.body), comment.state, comment.createdAt);
    return recordChange(db, change, { discussionId: comment.discussionId, commentId: comment.id });
  });
  const write = db.transaction((comment: CommentRecord, change: DiscussionChange) => {
    prepared(db, 'UPDATE comment SET body = ?, state = ?, edited_at = ? WHERE id = ?').run(JSON.stringify(comment.body), comment.state, comment.editedAt, comment.id);
    return recordChange(db, change, { discussionId: comment.discussionId, commentId: comment.id });
  });
  const addFlag = db.transaction((id: string, personId: string, reason: string, at: string) => {
    const added = prepared(db, 'INSERT OR IGNORE INTO comment_flag (comment_id, person_id, reason, created_at) VALUES (?, ?, ?, ?)').run(id, personId, reason, at).changes === 1;
    if (added) prepared(db, 'UPDATE comment SET flag_count = flag_count + 1 WHERE id = ?').run(id);
    return { added, flagCount: prepared(db, 'SELECT flag_count FROM comment WHERE id = ?').pluck().get(id) as number };
  });
  return {
    async create(input, change) {
      const comment: CommentRecord = { ...input, id: input.id ?? randomId('cmt'), editedAt: null, flagCount: 0 };
      const eventId = insert(comment, change);
      return { comment, eventId };
    },
    async get(id) {
      return read(id);
    },
    async forDiscussion(discussionId) {
      return (prepared(db, 'SELECT * FROM comment WHERE discussion_id = ? ORDER BY seq').all(discussionId) as CommentRow[]).map(toComment);
    },
    async update(id, changes, change) {
      const current = read(id);
      if (!current) throw new Error(`No comment ${id}`);
      const next: CommentRecord = { ...current, ...changes };
      const eventId = write(next, change);
      return { comment: next, eventId };
    },
    async flag(id, personId, reason, at) {
      return addFlag(id, personId, reason, at);
    },
  };
}
