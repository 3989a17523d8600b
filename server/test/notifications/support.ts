// What notification and audit tests start from: a hub on a file (so a second connection can plant rows) with people signed in.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { writeNotices } from '../../src/store/sqlite/notices.js';
import type { Notice } from '../../src/store/types.js';
import { authHub, signIn, type AuthHub } from '../auth/support.js';

export interface NoticeHub extends AuthHub {
  tokens: { ada: string; bo: string; curator: string };
  people: { ada: { id: string; email: string }; bo: { id: string; email: string }; curator: { id: string; email: string } };
  /** A second connection to the same database file, as another part of the hub would write. */
  db: Database.Database;
  notify(person: { id: string; email: string }, overrides?: Partial<Notice>, at?: string): void;
}

let serial = 0;

export async function noticeHub(): Promise<NoticeHub> {
  const dir = mkdtempSync(join(tmpdir(), 'mnh-notices-'));
  const hub = await authHub({}, join(dir, 'hub.db'));
  const curatorRecord = await hub.store.people.create({ email: 'curator@example.org', name: 'Cleo Curator' });
  await hub.store.people.grantRole(curatorRecord.id, 'curator');
  const [ada, bo, curator] = [
    await signIn(hub, 'ada@example.org'),
    await signIn(hub, 'bo@example.org'),
    await signIn(hub, 'curator@example.org'),
  ];
  const db = new Database(join(dir, 'hub.db'));
  return {
    ...hub,
    db,
    tokens: { ada: ada.accessToken, bo: bo.accessToken, curator: curator.accessToken },
    people: {
      ada: { id: ada.user.id, email: ada.user.email },
      bo: { id: bo.user.id, email: bo.user.email },
      curator: { id: curator.user.id, email: curator.user.email },
    },
    notify(person, overrides = {}, at = new Date(Date.UTC(2026, 2, 2, 9, 0, serial++)).toISOString()) {
      writeNotices(
        db,
        [
          {
            personId: person.id,
            email: person.email,
            kind: 'submission.published',
            subject: 'sub_abcdef123456',
            title: `Notice ${serial}`,
            text: 'Your practice is published.',
            ...overrides,
          },
        ],
        at,
      );
    },
    async close() {
      db.close();
      await hub.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
