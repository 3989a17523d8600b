// A support request's life: asked, assessed, matched with an expert, worked on and completed; each step told and audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asked, PEOPLE, supportHub, validRequest, type SupportHub, type SupportRequest } from './support.js';

let hub: SupportHub;
beforeAll(async () => {
  hub = await supportHub();
}, 60_000);
afterAll(() => hub.close());

const transition = (id: string, body: unknown) => hub.send('curator', 'POST', `/v1/support-requests/${id}/transition`, body);
const someExpert = async () => (await hub.store.experts.list({ limit: 1 } as never)).items[0]!.id;

describe('asking for support', () => {
  it('creates a received request the requester reads back, with a timeline that starts at received', async () => {
    const created = await asked(hub);
    expect(created).toMatchObject({ state: 'received', requestingEntity: 'Ministry of Interior, Senegal', objectives: [10, 7], experts: [] });
    expect(created.requester.id).toBe(hub.ids.requester);
    expect(created.history.map((h) => h.state)).toEqual(['received']);
    const read = await hub.send('requester', 'GET', `/v1/support-requests/${created.id}`);
    expect(read.status).toBe(200);
    expect((read.json as SupportRequest).description).toBe(validRequest().description);
  });

  it('tells the curators, in their notifications and by mail, and audits the request', async () => {
    const created = await asked(hub);
    const mail = await hub.mailTo(PEOPLE.curator);
    expect(mail.some((m) => m.subject.includes('Ministry of Interior, Senegal') && m.text.includes(created.id))).toBe(true);
    const notes = await hub.send('curator', 'GET', '/v1/me/notifications');
    expect(JSON.stringify(notes.json)).toContain(created.id);
    const audit = await hub.store.audit.list({ subject: created.id, limit: 10 });
    expect(audit.map((a) => a.action)).toEqual(['support.created']);
    expect(audit[0]!.actor).toBe(hub.ids.requester);
  });

  it('lists a requester’s own requests only, and every request for curators, filtered by state', async () => {
    const mine = await asked(hub);
    await asked(hub, 'other');
    const list = (await hub.send('requester', 'GET', '/v1/support-requests')).json as { items: SupportRequest[] };
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((r) => r.requester.id === hub.ids.requester)).toBe(true);
    expect(list.items.map((r) => r.id)).toContain(mine.id);
    const desk = (await hub.send('curator', 'GET', '/v1/support-requests')).json as { items: SupportRequest[] };
    expect(new Set(desk.items.map((r) => r.requester.id)).size).toBeGreaterThan(2);
    const received = (await hub.send('curator', 'GET', '/v1/support-requests?state=received')).json as { items: SupportRequest[] };
    expect(received.items.length).toBeGreaterThan(0);
    expect(received.items.every((r) => r.state === 'received')).toBe(true);
  });

  it('answers someone else’s request with a 404, like an unknown id, for every way of reaching it', async () => {
    const theirs = await asked(hub, 'other');
    for (const [method, path, body] of [
      ['GET', `/v1/support-requests/${theirs.id}`, undefined],
      ['PATCH', `/v1/support-requests/${theirs.id}`, { timeline: 'Now' }],
      ['GET', `/v1/support-requests/${theirs.id}/messages`, undefined],
      ['POST', `/v1/support-requests/${theirs.id}/messages`, { text: 'Hello?' }],
    ] as const) {
      const res = await hub.send('requester', method, path, body);
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    const unknown = await hub.send('requester', 'GET', '/v1/support-requests/spr_doesnotexist000');
    expect(unknown.status).toBe(404);
  });
});

describe('the transition table', () => {
  it('walks received → under-assessment → matched → in-progress → completed, telling the requester each time', async () => {
    const { id } = await asked(hub);
    const before = (await hub.mailTo(PEOPLE.requester)).length;
    expect((await transition(id, { to: 'under-assessment' })).status).toBe(200);
    const assigned = await hub.send('curator', 'POST', `/v1/support-requests/${id}/assignments`, { expertId: await someExpert(), note: 'Leads the training.' });
    expect(assigned.status).toBe(201);
    const matched = await transition(id, { to: 'matched', agreement: 'Two workshops in Dakar in March.' });
    expect(matched.status).toBe(200);
    expect(matched.json).toMatchObject({ state: 'matched', agreement: 'Two workshops in Dakar in March.' });
    expect((await transition(id, { to: 'in-progress' })).status).toBe(200);
    const done = await transition(id, { to: 'completed' });
    expect(done.status).toBe(200);

    const seen = (await hub.send('requester', 'GET', `/v1/support-requests/${id}`)).json as SupportRequest;
    expect(seen.state).toBe('completed');
    expect(seen.history.map((h) => h.state)).toEqual(['received', 'under-assessment', 'matched', 'in-progress', 'completed']);
    expect(seen.experts).toHaveLength(1);
    expect(seen.agreement).toBe('Two workshops in Dakar in March.');
    const mail = await hub.mailTo(PEOPLE.requester);
    expect(mail.length - before).toBe(4);
    expect(mail.some((m) => m.text.includes('Two workshops in Dakar in March.'))).toBe(true);
    const actions = (await hub.store.audit.list({ subject: id, limit: 20 })).map((a) => a.action).reverse();
    expect(actions).toEqual(['support.created', 'support.under-assessment', 'support.expert-assigned', 'support.matched', 'support.in-progress', 'support.completed']);
  });

  it('refuses a move the table does not have with a 409 naming /to, and changes nothing', async () => {
    const { id } = await asked(hub);
    for (const to of ['matched', 'in-progress', 'completed']) {
      const res = await transition(id, { to });
      expect(res.status, to).toBe(409);
      expect((res.json as { errors: { field: string }[] }).errors[0]!.field).toBe('/to');
    }
    const still = (await hub.send('requester', 'GET', `/v1/support-requests/${id}`)).json as SupportRequest;
    expect(still.state).toBe('received');
    expect(still.history).toHaveLength(1);
  });

  it('needs an assigned expert before matched', async () => {
    const { id } = await asked(hub);
    await transition(id, { to: 'under-assessment' });
    const res = await transition(id, { to: 'matched' });
    expect(res.status).toBe(409);
    expect(res.text).toContain('Assign at least one expert');
  });

  it('declines only with a reason, which the requester reads; a declined request is closed', async () => {
    const { id } = await asked(hub);
    const bare = await transition(id, { to: 'declined' });
    expect(bare.status).toBe(409);
    expect((bare.json as { errors: { field: string }[] }).errors[0]!.field).toBe('/reason');
    const declined = await transition(id, { to: 'declined', reason: 'This falls outside the objectives the network supports this year.' });
    expect(declined.status).toBe(200);
    const seen = (await hub.send('requester', 'GET', `/v1/support-requests/${id}`)).json as SupportRequest;
    expect(seen.declineReason).toBe('This falls outside the objectives the network supports this year.');
    expect(seen.history.at(-1)).toMatchObject({ state: 'declined', reason: 'This falls outside the objectives the network supports this year.' });
    const reopen = await transition(id, { to: 'under-assessment' });
    expect(reopen.status).toBe(409);
    expect(reopen.text).toContain('closed');
  });

  it('lets only curators move requests and assign experts', async () => {
    const { id } = await asked(hub);
    expect((await hub.send('requester', 'POST', `/v1/support-requests/${id}/transition`, { to: 'under-assessment' })).status).toBe(403);
    expect((await hub.send('reviewer', 'POST', `/v1/support-requests/${id}/assignments`, { expertId: await someExpert() })).status).toBe(403);
  });

  it('refuses assigning the same expert twice, or to a request not yet assessed, naming the field', async () => {
    const { id } = await asked(hub);
    const expertId = await someExpert();
    const early = await hub.send('curator', 'POST', `/v1/support-requests/${id}/assignments`, { expertId });
    expect(early.status).toBe(409);
    expect((early.json as { errors: { field: string }[] }).errors[0]!.field).toBe('supportRequest');
    await transition(id, { to: 'under-assessment' });
    expect((await hub.send('curator', 'POST', `/v1/support-requests/${id}/assignments`, { expertId })).status).toBe(201);
    const twice = await hub.send('curator', 'POST', `/v1/support-requests/${id}/assignments`, { expertId });
    expect(twice.status).toBe(409);
    expect((twice.json as { errors: { field: string }[] }).errors[0]!.field).toBe('/expertId');
    const unknown = await hub.send('curator', 'POST', `/v1/support-requests/${id}/assignments`, { expertId: 'exp_nobody00000' });
    expect(unknown.status).toBe(404);
    const list = await hub.send('curator', 'GET', `/v1/support-requests/${id}/assignments`);
    expect((list.json as { items: unknown[] }).items).toHaveLength(1);
  });
});
