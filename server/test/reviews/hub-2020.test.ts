// The 2020 design: when the reviewers disagree, a curator assigns one extra reviewer, whose verdict settles it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { components } from '@mnh/contract';
import { HUB_2020_POLICY } from '../../src/review/policy.js';
import { assign, assignAll, CONTRIBUTOR, CURATOR, NON_UN, noticesTo, reviewHub, stateOf, submitted, UN, verdict, type ReviewHub } from './support.js';

type Board = components['schemas']['ReviewBoard'];
type Problem = components['schemas']['Problem'];

let hub: ReviewHub;
let practiceId: string;
beforeEach(async () => {
  hub = await reviewHub({ reviewPolicy: HUB_2020_POLICY });
  practiceId = (await submitted(hub, CONTRIBUTOR)).id;
  await assignAll(hub, practiceId, [UN[0], NON_UN[1], NON_UN[2]]);
});
afterEach(() => hub.close());

const boardItem = async () => ((await hub.as(CURATOR, '/v1/review-board')).json as Board).items.find((i) => i.submission.id === practiceId);

describe('extra reviewer on disagreement', () => {
  it('waits for an extra reviewer when approvals and rejections meet, and takes that verdict', async () => {
    await verdict(hub, practiceId, UN[0], 'approve');
    await verdict(hub, practiceId, NON_UN[1], 'reject');
    await verdict(hub, practiceId, NON_UN[2], 'approve');
    expect(await stateOf(hub, practiceId)).toBe('in-review');
    expect(await noticesTo(hub, CURATOR, practiceId)).toContain('review.extra-reviewer-needed');
    expect(await boardItem()).toMatchObject({
      awaitingExtraReviewer: true,
      balance: { required: 4, missing: ['extra-reviewer'], complete: false },
      verdicts: { given: 3, required: 4 },
    });

    // Any reviewer without a conflict may take the extra seat, UN or not; only one.
    const extra = await assign(hub, practiceId, UN[1]);
    expect(extra.status, extra.text).toBe(201);
    expect(extra.json).toMatchObject({ extra: true });
    expect(await noticesTo(hub, UN[1], practiceId)).toEqual(['review.assigned']);
    const fifth = await assign(hub, practiceId, NON_UN[3]);
    expect(fifth.status).toBe(409);
    expect((fifth.json as Problem).detail).toMatch(/already has the 3 reviewers/);

    expect((await verdict(hub, practiceId, UN[1], 'approve')).status).toBe(201);
    expect(await stateOf(hub, practiceId)).toBe('published');
  });

  it('refuses an extra reviewer while the reviewers agree, and decides as the Hub does when they do', async () => {
    await verdict(hub, practiceId, UN[0], 'approve');
    expect((await assign(hub, practiceId, UN[1])).status).toBe(409);
    await verdict(hub, practiceId, NON_UN[1], 'request-changes');
    await verdict(hub, practiceId, NON_UN[2], 'approve');
    expect(await stateOf(hub, practiceId)).toBe('changes-requested');
  });

  it('rejects when the extra reviewer rejects', async () => {
    await verdict(hub, practiceId, UN[0], 'reject');
    await verdict(hub, practiceId, NON_UN[1], 'approve');
    await verdict(hub, practiceId, NON_UN[2], 'reject');
    await assignAll(hub, practiceId, [NON_UN[3]]);
    await verdict(hub, practiceId, NON_UN[3], 'reject');
    expect(await stateOf(hub, practiceId)).toBe('rejected');
  });
});
