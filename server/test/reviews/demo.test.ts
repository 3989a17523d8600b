// The demo starts with a practice waiting for reviewers, once, so a curator trying the board finds something on it.
import { afterEach, describe, expect, it } from 'vitest';
import type { components } from '@mnh/contract';
import { seedIfEmpty } from '../../src/seed/index.js';
import { seedReviewDemo } from '../../src/seed/review-demo.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { assignAll, CURATOR, NON_UN, reviewHub, UN, type ReviewHub } from './support.js';

type Board = components['schemas']['ReviewBoard'];

let hub: ReviewHub | undefined;
afterEach(async () => hub?.close());

describe('the demo seed', () => {
  it('puts one submitted practice from contributor1 on the board, and not again on the next start', async () => {
    // A first start of a fresh database seeds accounts, data and the demo submission at once.
    const store = await openSqliteStore(':memory:');
    await seedIfEmpty(store);
    await seedIfEmpty(store);
    const waiting = await store.submissions.list({ states: ['submitted'], limit: 10 });
    expect(waiting.map((s) => s.content.title)).toEqual(['Ventanilla única para trabajadores temporales']);
    expect(await store.outbox.list(10)).toEqual([]);
    await store.close();
  });

  it('can be reviewed by the demo reviewers without any conflict', async () => {
    hub = await reviewHub();
    await seedReviewDemo(hub.store);
    const board = (await hub.as(CURATOR, '/v1/review-board')).json as Board;
    expect(board.items).toHaveLength(1);
    const id = board.items[0]?.submission.id as string;
    expect(board.items[0]?.submission).toMatchObject({ ownerName: 'Omar Farouk', state: 'submitted' });
    await assignAll(hub, id, [UN[1], NON_UN[0], NON_UN[4]]);
    expect((await hub.store.submissions.get(id))?.state).toBe('in-review');
  });
});
