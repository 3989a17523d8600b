// Replacing a reviewer who does not answer: the old assignment is kept as replaced, the new one checked like any.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { components } from '@mnh/contract';
import { assignAll, CONTRIBUTOR, CURATOR, NON_UN, noticesTo, reviewHub, stateOf, submitted, UN, verdict, type Assignment, type ReviewHub } from './support.js';

type Schemas = components['schemas'];
type Problem = Schemas['Problem'];
type AssignmentList = Schemas['AssignmentList'];
type Queue = Schemas['ReviewQueue'];

let hub: ReviewHub;
let practiceId: string;
let assignments: Assignment[];
beforeEach(async () => {
  hub = await reviewHub();
  practiceId = (await submitted(hub, CONTRIBUTOR)).id;
  assignments = await assignAll(hub, practiceId, [UN[0], NON_UN[1], NON_UN[2]]);
});
afterEach(() => hub.close());

const replace = async (assignmentId: string, reviewer: string, as = CURATOR) =>
  hub.as(as, `/v1/submissions/${practiceId}/assignments/${assignmentId}/replace`, { method: 'POST', json: { reviewerId: await hub.id(reviewer) } });

describe('replacing a reviewer', () => {
  it('gives the seat to the new reviewer, who is told, and tells the one replaced', async () => {
    const silent = assignments[2] as Assignment;
    const res = await replace(silent.id, NON_UN[3]);
    expect(res.status, res.text).toBe(201);
    expect(res.json).toMatchObject({ state: 'active', reviewer: { name: 'Wei Zhou' }, round: 1 });
    const list = (await hub.as(CURATOR, `/v1/submissions/${practiceId}/assignments`)).json as AssignmentList;
    expect(list.items.map((a) => [a.reviewer.name, a.state])).toEqual([
      ['Hana Haddad', 'active'],
      ['Ines Lemaire', 'active'],
      ['Dmitri Petrenko', 'replaced'],
      ['Wei Zhou', 'active'],
    ]);
    expect(list.balance).toMatchObject({ assigned: 3, complete: true });
    expect(await noticesTo(hub, NON_UN[3], practiceId)).toEqual(['review.assigned']);
    expect(await noticesTo(hub, NON_UN[2], practiceId)).toEqual(['review.assigned', 'review.replaced']);
    // The replaced reviewer can no longer give a verdict; the new one completes the round.
    expect((await verdict(hub, practiceId, NON_UN[2], 'approve')).status).toBe(404);
    expect(((await hub.as(NON_UN[2], '/v1/me/assignments')).json as Queue).items).toEqual([]);
    for (const reviewer of [UN[0], NON_UN[1], NON_UN[3]]) await verdict(hub, practiceId, reviewer, 'approve');
    expect(await stateOf(hub, practiceId)).toBe('published');
  });

  it('keeps the balance: a UN reviewer is replaced only by one that keeps the minimums', async () => {
    const un = assignments[0] as Assignment;
    const res = await replace(un.id, NON_UN[3]);
    expect(res.status).toBe(409);
    expect((res.json as Problem).errors?.[0]?.field).toBe('/reviewerId');
    expect((await replace(un.id, UN[1])).status).toBe(201);
  });

  it('refuses once the reviewer has given this round’s verdict, or when already replaced', async () => {
    const first = assignments[0] as Assignment;
    await verdict(hub, practiceId, UN[0], 'approve');
    const res = await replace(first.id, UN[1]);
    expect(res.status).toBe(409);
    expect((res.json as Problem).errors?.[0]).toMatchObject({ field: 'assignment', in: 'path' });
    const second = assignments[1] as Assignment;
    expect((await replace(second.id, NON_UN[3])).status).toBe(201);
    expect((await replace(second.id, NON_UN[4])).status).toBe(409);
  });

  it('refuses a reviewer already on the set, and is a 404 for an assignment of another submission', async () => {
    const twice = await replace((assignments[2] as Assignment).id, NON_UN[1]);
    expect(twice.status).toBe(409);
    expect((twice.json as Problem).detail).toMatch(/already assigned/);
    const otherId = (await submitted(hub, CONTRIBUTOR)).id;
    const [foreign] = await assignAll(hub, otherId, [UN[1]]);
    const res = await replace((foreign as Assignment).id, NON_UN[3]);
    expect(res.status).toBe(404);
    expect((res.json as Problem).errors?.[0]).toMatchObject({ field: 'assignment', in: 'path' });
  });
});
