// The demo hub starts with support requests in several states, so the desk and the requesters' lists show something.
import { describe, expect, it } from 'vitest';
import { seedSupportDemo } from '../../src/seed/support-demo.js';
import { seededStore } from '../helpers/hub.js';

describe('demo support requests', () => {
  it('seeds three requests, received, under assessment and matched with an expert and an agreement, once', async () => {
    const store = await seededStore();
    try {
      const all = await store.supportRequests.list({ limit: 10 });
      expect(all.map((r) => r.state).sort()).toEqual(['matched', 'received', 'under-assessment']);
      const matched = all.find((r) => r.state === 'matched')!;
      expect(matched.agreement).toBeTruthy();
      expect(await store.supportRequests.assignments(matched.id)).toHaveLength(1);
      expect((await store.supportRequests.history(matched.id)).map((h) => h.state)).toEqual(['received', 'under-assessment', 'matched']);
      await seedSupportDemo(store);
      expect(await store.supportRequests.list({ limit: 10 })).toHaveLength(3);
      // Seeding is quiet: nobody gets mail about the demo.
      expect((await store.outbox.list(100)).filter((m) => m.subject.includes('support request'))).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
