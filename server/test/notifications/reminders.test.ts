// The review reminder job with an injected clock: each step once, the most urgent only, overdue to curators once, per round.
import { afterEach, describe, expect, it } from 'vitest';
import { sendReviewReminders } from '../../src/review/reminders.js';
import { HUB_POLICY } from '../../src/review/policy.js';
import type { NotificationRecord } from '../../src/store/types.js';
import { at, DAY, reviewScene, type ReviewScene } from './reminder-setup.js';

let scene: ReviewScene;
afterEach(() => scene.store.close());

const MINUTE = 60_000;
const run = (ms: number, policy = HUB_POLICY) => sendReviewReminders(scene.store, policy, at(ms));
const noticesOf = async (personId: string): Promise<NotificationRecord[]> =>
  (await scene.store.notifications.list(personId, { unreadOnly: false, limit: 100 })).items;
const kinds = async (personId: string) => (await noticesOf(personId)).map((n) => n.kind);

describe('reminders before the due date (hub policy: 7 days and 1 day before)', () => {
  it('reminds each reviewer once at each step, by notification and by mail', async () => {
    scene = await reviewScene();
    expect(await run(13 * DAY)).toEqual({ reminded: 0, overdue: 0 });
    expect(await run(14 * DAY + MINUTE)).toEqual({ reminded: 3, overdue: 0 });
    expect(await run(14 * DAY + 20 * MINUTE)).toEqual({ reminded: 0, overdue: 0 });
    expect(await run(19 * DAY)).toEqual({ reminded: 0, overdue: 0 });
    expect(await run(20 * DAY + MINUTE)).toEqual({ reminded: 3, overdue: 0 });
    expect(await run(20 * DAY + 2 * MINUTE)).toEqual({ reminded: 0, overdue: 0 });

    const [latest, first] = await noticesOf(scene.reviewers[0]!.id);
    expect(first).toMatchObject({
      kind: 'review.reminder',
      subject: scene.submissionId,
      title: 'Reminder: your review of "Safe corridors for seasonal workers" is due in 7 days',
      createdAt: at(14 * DAY + MINUTE).toISOString(),
      readAt: null,
    });
    expect(latest?.title).toMatch(/is due in 1 day$/);
    expect(latest?.text).toContain('is due on 2026-03-23 09:00 UTC');
    const mails = (await scene.store.outbox.list(100)).filter((m) => m.to === 'rui@example.org');
    expect(mails.map((m) => m.subject)).toEqual([latest?.title, first?.title]);
    expect(await kinds(scene.curator.id)).toEqual([]);
  });

  it('sends only the most urgent step when several came due while the job did not run', async () => {
    scene = await reviewScene();
    expect(await run(20 * DAY + MINUTE)).toEqual({ reminded: 3, overdue: 0 });
    expect((await noticesOf(scene.reviewers[1]!.id)).map((n) => n.title)).toEqual([
      'Reminder: your review of "Safe corridors for seasonal workers" is due in 1 day',
    ]);
    expect(await run(20 * DAY + 2 * MINUTE)).toEqual({ reminded: 0, overdue: 0 });
  });

  it('skips a step whose time came before the reviewer was assigned', async () => {
    scene = await reviewScene({ dueInDays: 3 });
    expect(await run(MINUTE)).toEqual({ reminded: 0, overdue: 0 });
    expect(await kinds(scene.reviewers[0]!.id)).toEqual([]);
    expect(await run(2 * DAY + MINUTE)).toEqual({ reminded: 3, overdue: 0 });
  });

  it('leaves alone reviewers who gave their verdict this round', async () => {
    scene = await reviewScene();
    await scene.verdict(0, 'approve', DAY);
    expect(await run(14 * DAY + MINUTE)).toEqual({ reminded: 2, overdue: 0 });
    expect(await kinds(scene.reviewers[0]!.id)).toEqual([]);
  });

  it('follows the policy’s days', async () => {
    scene = await reviewScene();
    const policy = { ...HUB_POLICY, reminderDaysBefore: [3] };
    expect(await run(14 * DAY + MINUTE, policy)).toEqual({ reminded: 0, overdue: 0 });
    expect(await run(18 * DAY + MINUTE, policy)).toEqual({ reminded: 3, overdue: 0 });
    expect(await run(20 * DAY + MINUTE, policy)).toEqual({ reminded: 0, overdue: 0 });
  });

  it('sends each step once even when two runs race (the server’s timer and the CLI)', async () => {
    scene = await reviewScene();
    const [a, b] = await Promise.all([run(14 * DAY + MINUTE), run(14 * DAY + MINUTE)]);
    expect(a.reminded + b.reminded).toBe(3);
    expect(await kinds(scene.reviewers[2]!.id)).toEqual(['review.reminder']);
  });
});

describe('overdue reviews', () => {
  it('tells the curators once per overdue assignment, and not the reviewer again', async () => {
    scene = await reviewScene();
    await scene.verdict(1, 'approve', DAY);
    expect(await run(21 * DAY + MINUTE)).toEqual({ reminded: 0, overdue: 2 });
    expect(await run(22 * DAY)).toEqual({ reminded: 0, overdue: 0 });
    const curatorNotices = await noticesOf(scene.curator.id);
    expect(curatorNotices.map((n) => n.kind)).toEqual(['review.overdue', 'review.overdue']);
    expect(curatorNotices.map((n) => n.text).join('\n')).toMatch(/by Rui Reviewer was due on 2026-03-23 09:00 UTC/);
    expect(curatorNotices.map((n) => n.text).join('\n')).not.toContain('Rana Reviewer');
    expect(await kinds(scene.reviewers[0]!.id)).toEqual([]);
    const log = await scene.store.auditTrail.history(scene.submissionId);
    expect(log.filter((e) => e.action === 'review.overdue').map((e) => e.actor)).toEqual(['system', 'system']);
  });

  it('tells the admins when there is no curator', async () => {
    scene = await reviewScene({ withCurator: false });
    expect(await run(21 * DAY + MINUTE)).toEqual({ reminded: 0, overdue: 3 });
    expect(await kinds(scene.curator.id)).toEqual(['review.overdue', 'review.overdue', 'review.overdue']);
  });
});

describe('rounds', () => {
  it('starts the steps afresh after a resubmission, for the same reviewers', async () => {
    scene = await reviewScene();
    expect(await run(14 * DAY + MINUTE)).toEqual({ reminded: 3, overdue: 0 });
    await scene.verdict(0, 'approve', 15 * DAY);
    await scene.verdict(1, 'approve', 15 * DAY);
    await scene.verdict(2, 'request-changes', 15 * DAY, 'changes-requested');
    expect(await run(20 * DAY + MINUTE)).toEqual({ reminded: 0, overdue: 0 }); // nothing in review

    const submission = (await scene.store.submissions.get(scene.submissionId))!;
    await scene.store.assignments.reopen(
      scene.submissionId,
      submission.revision,
      { content: submission.content, dueAt: at(40 * DAY).toISOString() },
      { actor: scene.owner.id, at: at(19 * DAY).toISOString(), audit: [], notices: [] },
    );
    expect(await run(33 * DAY + MINUTE)).toEqual({ reminded: 3, overdue: 0 });
    expect(await kinds(scene.reviewers[0]!.id)).toEqual(['review.reminder', 'review.reminder']);
  });
});
