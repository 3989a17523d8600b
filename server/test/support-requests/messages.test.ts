// Messages between a requester and the curators: both sides read the thread, the other side is told.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asked, PEOPLE, supportHub, type SupportHub } from './support.js';

let hub: SupportHub;
beforeAll(async () => {
  hub = await supportHub();
}, 60_000);
afterAll(() => hub.close());

interface Message {
  author: { id: string; name: string };
  side: string;
  text: string;
}

describe('messages on a support request', () => {
  it('carries a question to the curators and the answer back, both sides reading the same thread', async () => {
    const { id } = await asked(hub);
    const question = await hub.send('requester', 'POST', `/v1/support-requests/${id}/messages`, { text: 'Can the training be in French?' });
    expect(question.status).toBe(201);
    expect(question.json).toMatchObject({ side: 'requester', text: 'Can the training be in French?' });
    expect((await hub.mailTo(PEOPLE.curator)).some((m) => m.text.includes('Can the training be in French?'))).toBe(true);

    const answer = await hub.send('curator', 'POST', `/v1/support-requests/${id}/messages`, { text: 'Yes, two of the experts teach in French.' });
    expect(answer.status).toBe(201);
    expect((await hub.mailTo(PEOPLE.requester)).some((m) => m.text.includes('Yes, two of the experts teach in French.'))).toBe(true);

    for (const who of ['requester', 'curator'] as const) {
      const thread = (await hub.send(who, 'GET', `/v1/support-requests/${id}/messages`)).json as { items: Message[] };
      expect(thread.items.map((m) => [m.side, m.text])).toEqual([
        ['requester', 'Can the training be in French?'],
        ['curator', 'Yes, two of the experts teach in French.'],
      ]);
    }
    const actions = (await hub.store.audit.list({ subject: id, limit: 10 })).map((a) => a.action);
    expect(actions.filter((a) => a === 'support.message')).toHaveLength(2);
  });

  it('never shows an email address in the thread', async () => {
    const { id } = await asked(hub);
    await hub.send('requester', 'POST', `/v1/support-requests/${id}/messages`, { text: 'Hello' });
    const thread = await hub.send('curator', 'GET', `/v1/support-requests/${id}/messages`);
    expect(thread.text).not.toContain('@example.org');
    const request = await hub.send('curator', 'GET', `/v1/support-requests/${id}`);
    expect(request.text).not.toContain('@example.org');
  });

  it('refuses an empty message, naming /text', async () => {
    const { id } = await asked(hub);
    const res = await hub.send('requester', 'POST', `/v1/support-requests/${id}/messages`, { text: '' });
    expect(res.status).toBe(400);
    expect((res.json as { errors: { field: string }[] }).errors[0]!.field).toBe('/text');
  });
});
