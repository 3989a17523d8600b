// The real hub process runs the reminder job: at start it reports reviews already overdue, once, and still stops cleanly.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { ensureBuilt, killLeftoverHubs, startHubProcess } from '../helpers/server-process.js';
import { reviewScene } from './reminder-setup.js';

const dir = mkdtempSync(join(tmpdir(), 'mnh-server-reminders-'));
const db = join(dir, 'hub.db');
let curatorId = '';

beforeAll(async () => {
  ensureBuilt();
  // Due three weeks after 2 March 2026: long past by the time this runs.
  const scene = await reviewScene({ path: db });
  curatorId = scene.curator.id;
  await scene.store.close();
}, 120_000);
afterAll(() => {
  killLeftoverHubs();
  rmSync(dir, { recursive: true, force: true });
});

const overdueNotices = async () => {
  const store = await openSqliteStore(db);
  try {
    return (await store.notifications.list(curatorId, { unreadOnly: false, limit: 20 })).items.filter((n) => n.kind === 'review.overdue');
  } finally {
    await store.close();
  }
};

describe('node dist/main.js and review reminders', () => {
  it('reports overdue reviews at start, only once across restarts, and exits 0 on SIGTERM', async () => {
    const env = { PORT: '0', HOST: '127.0.0.1', HUB_DB: db, LOG_LEVEL: 'info' };
    const first = await startHubProcess(env);
    await vi.waitFor(() => expect(first.lines.find((line) => line.msg === 'review reminders sent')).toMatchObject({ overdue: 3, reminded: 0 }), {
      timeout: 10_000,
    });
    expect(await first.stop()).toBe(0);

    const second = await startHubProcess(env);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await second.stop()).toBe(0);
    expect(second.lines.some((line) => line.msg === 'review reminders sent' || line.msg === 'review reminders failed')).toBe(false);
    expect(await overdueNotices()).toHaveLength(3);
  }, 60_000);
});
