// Migration 4 rebuilds `submission` for the new state: rows, revisions and the files' foreign key survive.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../src/store/sqlite/migrate.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations/index.js';

function databaseAtVersion3(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.filter((m) => m.version <= 3));
  db.exec(`
    INSERT INTO person (id, email, name, created_at) VALUES ('usr_owner00001', 'owner@example.org', 'Owner', '2026-01-01T00:00:00.000Z');
    INSERT INTO submission (id, owner_id, state, revision, content, created_at, updated_at, submitted_at)
      VALUES ('sub_submitted01', 'usr_owner00001', 'submitted', 4, '{"title":"Kept"}', '2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z', '2026-01-02T00:00:00.000Z');
    INSERT INTO submission_file (id, submission_id, filename, media_type, size, sha256, created_at)
      VALUES ('fil_kept000001', 'sub_submitted01', 'report.pdf', 'application/pdf', 10, 'abc', '2026-01-01T00:00:00.000Z');`);
  return db;
}

describe('migration 4', () => {
  it('keeps every submission and file, at round 1, and allows changes-requested', () => {
    const db = databaseAtVersion3();
    migrate(db);
    expect(db.prepare('SELECT id, state, revision, round, content FROM submission').all()).toEqual([
      { id: 'sub_submitted01', state: 'submitted', revision: 4, round: 1, content: '{"title":"Kept"}' },
    ]);
    expect(db.prepare('SELECT id, submission_id FROM submission_file').all()).toEqual([{ id: 'fil_kept000001', submission_id: 'sub_submitted01' }]);
    db.prepare(`UPDATE submission SET state = 'changes-requested'`).run();
    expect(() => db.prepare(`UPDATE submission SET state = 'lost'`).run()).toThrow(/CHECK constraint/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('leaves the files pointing at the new table: orphans are still refused', () => {
    const db = databaseAtVersion3();
    migrate(db);
    const orphan = `INSERT INTO submission_file (id, submission_id, filename, media_type, size, sha256, created_at)
      VALUES ('fil_orphan0001', 'sub_missing0001', 'x.pdf', 'application/pdf', 1, 'x', '2026-01-01T00:00:00.000Z')`;
    expect(() => db.exec(orphan)).toThrow(/FOREIGN KEY/);
    expect(() => db.exec(`DELETE FROM submission WHERE id = 'sub_submitted01'`)).toThrow(/FOREIGN KEY/);
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'submission_file'").pluck().get()).toMatch(/REFERENCES "submission"/);
    db.close();
  });

  it('allows one verdict per reviewer and round', () => {
    const db = databaseAtVersion3();
    migrate(db);
    db.exec(`
      INSERT INTO review_assignment (id, submission_id, reviewer_id, state, round, assigned_by, assigned_at, due_at)
        VALUES ('asg_first00001', 'sub_submitted01', 'usr_owner00001', 'active', 1, 'cli', 't', 't');
      INSERT INTO review (id, submission_id, assignment_id, reviewer_id, round, verdict, criteria, comment, created_at)
        VALUES ('rev_first00001', 'sub_submitted01', 'asg_first00001', 'usr_owner00001', 1, 'approve', '{}', '', 't');`);
    const second = `INSERT INTO review (id, submission_id, assignment_id, reviewer_id, round, verdict, criteria, comment, created_at)
        VALUES ('rev_second0001', 'sub_submitted01', 'asg_first00001', 'usr_owner00001', 1, 'reject', '{}', '', 't')`;
    expect(() => db.exec(second)).toThrow(/UNIQUE/);
    db.close();
  });
});
