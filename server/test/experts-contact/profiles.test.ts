// Experts' own profiles: consent recorded, a curator's check before listing, withdrawing consent acting at once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { components } from '@mnh/contract';
import { contactHub, ownProfile, type ContactHub } from './support.js';

type Profile = components['schemas']['ExpertProfile'];
const EXPERT = 'reviewer3@example.org';
const CURATOR = 'curator@example.org';

let hub: ContactHub;
beforeEach(async () => {
  hub = await contactHub();
});
afterEach(() => hub.close());

async function save(consent: { listed: boolean; contact: boolean }, profile = ownProfile()): Promise<Profile> {
  const res = await hub.ask(await hub.token(EXPERT), '/v1/me/expert-profile', { method: 'PUT', json: { profile, consent } });
  expect(res.status, res.text).toBe(200);
  return res.json as Profile;
}

async function decide(id: string, body: unknown) {
  return hub.ask(await hub.token(CURATOR), `/v1/expert-profiles/${id}/decision`, { method: 'POST', json: body });
}

const inDirectory = async (expertId: string) => (await hub.ask(null, `/v1/experts/${expertId}`)).status === 200;

describe('an expert keeps their own profile', () => {
  it('has none at first, and a draft without consent to be listed stays out of the directory', async () => {
    expect((await hub.ask(await hub.token(EXPERT), '/v1/me/expert-profile')).status).toBe(404);
    const draft = await save({ listed: false, contact: false });
    expect(draft).toMatchObject({ state: 'draft', inDirectory: false, consent: { listed: false, contact: false } });
    expect((await hub.ask(await hub.token(EXPERT), '/v1/me/expert-profile')).json).toEqual(draft);
    const queue = await hub.ask(await hub.token(CURATOR), '/v1/expert-profiles');
    expect((queue.json as { items: Profile[] }).items).toEqual([]);
  });

  it('goes to a curator with consent, and is listed (and contactable) only once the curator lists it', async () => {
    const pending = await save({ listed: true, contact: true });
    expect(pending.state).toBe('pending-check');
    expect(await inDirectory(pending.expertId)).toBe(false);
    const queue = await hub.ask(await hub.token(CURATOR), '/v1/expert-profiles?state=pending-check');
    expect((queue.json as { items: Profile[] }).items.map((p) => p.id)).toEqual([pending.id]);

    const listed = await decide(pending.id, { decision: 'list' });
    expect(listed.status).toBe(200);
    expect(listed.json).toMatchObject({ state: 'listed', inDirectory: true });
    const entry = await hub.ask(null, `/v1/experts/${pending.expertId}`);
    expect(entry.json).toMatchObject({ name: 'Nadia Selim', contactable: true, countries: ['KEN'] });
    expect(entry.text).not.toContain(EXPERT);
    const found = await hub.ask(null, '/v1/experts?q=Selim');
    expect((found.json as { items: { id: string }[] }).items.map((e) => e.id)).toContain(pending.expertId);
    // The expert was told, by notification and mail.
    const notes = await hub.ask(await hub.token(EXPERT), '/v1/me/notifications');
    expect((notes.json as { items: { kind: string }[] }).items[0]?.kind).toBe('expert.listed');
    expect((await hub.contact(await hub.token('contributor1@example.org'), pending.expertId)).status).toBe(202);
    expect((await hub.store.outbox.list(1))[0]).toMatchObject({ to: EXPERT, replyTo: 'contributor1@example.org' });
  });

  it('switches contact off at once when consent to be contacted is withdrawn (403), and leaves the directory when consent to be listed is', async () => {
    const pending = await save({ listed: true, contact: true });
    await decide(pending.id, { decision: 'list' });
    hub.clock.advance(60_000);
    const contactOff = await save({ listed: true, contact: false });
    expect(contactOff).toMatchObject({ state: 'listed', consent: { listed: true, contact: false, listedAt: pending.consent.listedAt } });
    expect(contactOff.consent.contactAt).toBe(hub.clock.now().toISOString());
    expect(contactOff.consent.recordedAt).toBe(contactOff.consent.contactAt);
    expect((await hub.ask(null, `/v1/experts/${pending.expertId}`)).json).toMatchObject({ contactable: false });
    const refused = await hub.contact(await hub.token('contributor1@example.org'), pending.expertId);
    expect(refused.status).toBe(403);
    expect(refused.headers.get('Content-Type')).toBe('application/problem+json');

    const unlisted = await save({ listed: false, contact: false });
    expect(unlisted).toMatchObject({ state: 'draft', inDirectory: false });
    expect(await inDirectory(pending.expertId)).toBe(false);
    const actions = (await hub.store.audit.list({ limit: 50 })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['expert.consent-recorded', 'expert.unlisted', 'expert-profile.listed']));
  });

  it('keeps the checked version listed while an edit waits for the curator, and a declined edit does not take it down', async () => {
    const first = await save({ listed: true, contact: true });
    await decide(first.id, { decision: 'list' });
    const edited = await save({ listed: true, contact: true }, { ...ownProfile(), title: 'Professor of labour migration' });
    expect(edited.state).toBe('pending-check');
    expect((await hub.ask(null, `/v1/experts/${first.expertId}`)).json).toMatchObject({ title: 'Researcher in labour migration' });
    const noReason = await decide(first.id, { decision: 'decline' });
    expect(noReason.status).toBe(400);
    expect(JSON.stringify(noReason.json)).toContain('reason');
    const declined = await decide(first.id, { decision: 'decline', reason: 'Please link to a staff page.' });
    expect(declined.json).toMatchObject({ state: 'declined', declineReason: 'Please link to a staff page.', inDirectory: true });
    expect((await decide(first.id, { decision: 'list' })).status).toBe(409);
  });

  it('refuses unknown countries and themes naming the field, and curators only may check', async () => {
    const token = await hub.token(EXPERT);
    const bad = await hub.ask(token, '/v1/me/expert-profile', {
      method: 'PUT',
      json: { profile: { ...ownProfile(), countries: ['XXX'] }, consent: { listed: true, contact: true } },
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.json)).toContain('profile.countries[0]');
    const mine = await save({ listed: true, contact: true });
    expect((await hub.ask(token, `/v1/expert-profiles/${mine.id}/decision`, { method: 'POST', json: { decision: 'list' } })).status).toBe(403);
    expect((await decide('xpp_unknown000', { decision: 'list' })).status).toBe(404);
  });
});
