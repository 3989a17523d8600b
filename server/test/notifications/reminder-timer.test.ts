// The server's reminder timer: a run at start, one every interval, never two at once, and a stop that waits for the run.
import { afterEach, describe, expect, it } from 'vitest';
import { startReminderTimer } from '../../src/review/reminder-timer.js';
import { HUB_POLICY } from '../../src/review/policy.js';
import { memoryLogger } from '../helpers/hub.js';
import { at, DAY, reviewScene, type ReviewScene } from './reminder-setup.js';

let scene: ReviewScene;
afterEach(() => scene.store.close());

const until = async (check: () => boolean | Promise<boolean>, ms = 2000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

describe('the reminder timer', () => {
  it('runs at start and then every interval, with the time of its clock, and logs what it sent', async () => {
    scene = await reviewScene();
    let now = at(14 * DAY + 60_000);
    const { logger, lines } = memoryLogger();
    let queued = 0;
    const timer = startReminderTimer({ store: scene.store, policy: HUB_POLICY, logger, intervalMs: 20, clock: () => now, onMailQueued: () => queued++ });
    await until(() => lines.some((line) => line.msg === 'review reminders sent'));
    expect(lines.find((line) => line.msg === 'review reminders sent')).toMatchObject({ reminded: 3, overdue: 0 });
    now = at(21 * DAY + 60_000);
    await until(() => lines.some((line) => line.msg === 'review reminders sent' && line.overdue === 3));
    await timer.stop();
    expect(queued).toBe(2);
    const count = lines.length;
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(lines.length).toBe(count); // stopped: no more runs
  });

  it('logs a failed run instead of throwing, and keeps going', async () => {
    scene = await reviewScene();
    const { logger, lines } = memoryLogger();
    await scene.store.close(); // every run now fails
    const timer = startReminderTimer({ store: scene.store, policy: HUB_POLICY, logger, intervalMs: 10 });
    await until(() => lines.filter((line) => line.msg === 'review reminders failed').length >= 2);
    await timer.stop();
    expect(lines[0]).toMatchObject({ level: 'error', msg: 'review reminders failed' });
  });
});
