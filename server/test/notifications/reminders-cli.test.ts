// `hub reminders` as a real process on a database file: sends what is due, once, and names a bad option.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { at, DAY, reviewScene } from './reminder-setup.js';

const serverDir = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mnh-reminders-'));
const db = join(dir, 'hub.db');
let reviewerId = '';

beforeAll(async () => {
  const scene = await reviewScene({ path: db });
  reviewerId = scene.reviewers[0]!.id;
  await scene.store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function hub(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli.ts', 'reminders', ...args],
      { cwd: serverDir, env: { ...process.env, HUB_DB: db, REVIEW_POLICY: '', ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('hub reminders', () => {
  it('sends the reminders that are due, and nothing the second time', async () => {
    const now = at(14 * DAY + 60_000).toISOString();
    const first = await hub(['--now', now]);
    expect(first).toMatchObject({ code: 0, stdout: 'Reminded 3 reviewers; reported 0 overdue reviews to the curators.\n' });
    const again = await hub(['--now', now, '--db', db]);
    expect(again.stdout).toBe('Reminded 0 reviewers; reported 0 overdue reviews to the curators.\n');
    const store = await openSqliteStore(db);
    const { items } = await store.notifications.list(reviewerId, { unreadOnly: true, limit: 10 });
    await store.close();
    expect(items.map((n) => n.kind)).toEqual(['review.reminder']);
  }, 30_000);

  it('reads the policy’s days from REVIEW_POLICY', async () => {
    const res = await hub(['--now', at(19 * DAY + 60_000).toISOString()], { REVIEW_POLICY: '{"reminderDaysBefore": [2]}' });
    expect(res.stdout).toBe('Reminded 3 reviewers; reported 0 overdue reviews to the curators.\n');
  }, 30_000);

  it('names a bad --now or REVIEW_POLICY and exits 2', async () => {
    const now = await hub(['--now', 'tomorrow']);
    expect(now.code).toBe(2);
    expect(now.stderr).toMatch(/--now must be an ISO date-time/);
    const policy = await hub([], { REVIEW_POLICY: 'strict' });
    expect(policy.code).toBe(2);
    expect(policy.stderr).toMatch(/REVIEW_POLICY/);
  }, 30_000);
});
