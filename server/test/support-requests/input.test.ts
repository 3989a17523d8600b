// Bad requests are 400s naming each field; edits only while received and only by the requester.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asked, supportHub, validRequest, type SupportHub, type SupportRequest } from './support.js';

let hub: SupportHub;
beforeAll(async () => {
  hub = await supportHub();
}, 60_000);
afterAll(() => hub.close());

const fields = (json: unknown) => ((json as { errors?: { field: string }[] }).errors ?? []).map((e) => e.field);

describe('the request form’s answers', () => {
  it('names every missing field in one 400 problem', async () => {
    const res = await hub.send('requester', 'POST', '/v1/support-requests', { requestingEntity: 'Ministry' });
    expect(res.status).toBe(400);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(fields(res.json)).toEqual(expect.arrayContaining(['/country', '/objectives', '/kinds', '/description', '/timeline', '/languages', '/contact']));
  });

  it('names values out of range, unknown kinds and unknown fields', async () => {
    const res = await hub.send('requester', 'POST', '/v1/support-requests', {
      ...validRequest(),
      objectives: [24],
      kinds: ['money'],
      description: 'Too short',
      secret: true,
    });
    expect(res.status).toBe(400);
    expect(fields(res.json)).toEqual(expect.arrayContaining(['/objectives/0', '/kinds/0', '/description', '/secret']));
  });

  it('refuses a country code the hub does not know, naming /country', async () => {
    const res = await hub.send('requester', 'POST', '/v1/support-requests', { ...validRequest(), country: 'XYZ' });
    expect(res.status).toBe(400);
    expect(fields(res.json)).toEqual(['/country']);
  });

  it('needs sign-in', async () => {
    const res = await hub.app.request('/v1/support-requests', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(validRequest()) });
    expect(res.status).toBe(401);
  });

  it('keeps what the requester typed as text, markup included', async () => {
    const created = await asked(hub, 'requester', { ...validRequest(), requestingEntity: '<img src=x onerror=alert(1)> Office' });
    expect(created.requestingEntity).toBe('<img src=x onerror=alert(1)> Office');
  });
});

describe('editing a request', () => {
  it('lets the requester correct a received request', async () => {
    const { id } = await asked(hub);
    const res = await hub.send('requester', 'PATCH', `/v1/support-requests/${id}`, { timeline: 'By June', languages: ['fr'] });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ timeline: 'By June', languages: ['fr'], requestingEntity: validRequest().requestingEntity });
    const empty = await hub.send('requester', 'PATCH', `/v1/support-requests/${id}`, {});
    expect(empty.status).toBe(400);
  });

  it('refuses edits once assessment started (409) and edits by a curator (403)', async () => {
    const { id } = await asked(hub);
    expect((await hub.send('curator', 'PATCH', `/v1/support-requests/${id}`, { timeline: 'Tomorrow' })).status).toBe(403);
    await hub.send('curator', 'POST', `/v1/support-requests/${id}/transition`, { to: 'under-assessment' });
    const late = await hub.send('requester', 'PATCH', `/v1/support-requests/${id}`, { timeline: 'Tomorrow' });
    expect(late.status).toBe(409);
    expect(fields(late.json)).toEqual(['supportRequest']);
    const seen = (await hub.send('requester', 'GET', `/v1/support-requests/${id}`)).json as SupportRequest;
    expect(seen.timeline).toBe(validRequest().timeline);
  });
});
