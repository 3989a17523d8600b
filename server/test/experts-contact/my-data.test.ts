// A person's data: the export holds everything about them and nobody else; erasing removes it and ends every session.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { components } from '@mnh/contract';
import { signIn } from '../auth/support.js';
import { createDraft } from '../submissions/support.js';
import { contactHub, ownProfile, type ContactHub } from './support.js';

type Export = components['schemas']['PersonalDataExport'];
const PERSON = 'contributor3@example.org';

let hub: ContactHub;
beforeEach(async () => {
  hub = await contactHub();
});
afterEach(() => hub.close());

describe('GET /v1/me/data-export', () => {
  it('returns the person, roles, expert profile with consent, submissions and notifications, and audits it', async () => {
    const token = await hub.token(PERSON);
    await hub.ask(token, '/v1/me/expert-profile', { method: 'PUT', json: { profile: ownProfile('Samuel Tembo'), consent: { listed: true, contact: true } } });
    await createDraft(hub, token, { title: 'Mobile clinics on the corridor' });
    const res = await hub.ask(token, '/v1/me/data-export');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const data = res.json as Export;
    expect(data.person).toMatchObject({ email: PERSON, name: 'Samuel Tembo' });
    expect(data.roles).toEqual(['contributor']);
    expect(data.expertProfile).toMatchObject({ state: 'pending-check', consent: { listed: true, contact: true } });
    expect(data.submissions.map((s) => s.title)).toEqual(['Mobile clinics on the corridor']);
    expect(Array.isArray(data.notifications)).toBe(true);
    expect(res.text).not.toContain('contributor1@example.org');
    const [entry] = await hub.store.audit.list({ subject: data.person.id, limit: 1 });
    expect(entry?.action).toBe('person.data-exported');
  });
});

describe('DELETE /v1/me', () => {
  it('erases the profile, directory entry, notifications and sessions; withdraws drafts; the audit keeps only the id', async () => {
    const token = await hub.token(PERSON);
    const saved = await hub.ask(token, '/v1/me/expert-profile', {
      method: 'PUT',
      json: { profile: ownProfile('Samuel Tembo'), consent: { listed: true, contact: true } },
    });
    const profile = saved.json as components['schemas']['ExpertProfile'];
    await hub.ask(await hub.token('curator@example.org'), `/v1/expert-profiles/${profile.id}/decision`, { method: 'POST', json: { decision: 'list' } });
    expect((await hub.ask(null, `/v1/experts/${profile.expertId}`)).status).toBe(200);
    const draft = await createDraft(hub, token, { title: 'Mobile clinics on the corridor' });
    const id = (await hub.store.people.findByEmail(PERSON))!.id;

    const erased = await hub.ask(token, '/v1/me', { method: 'DELETE' });
    expect(erased.status).toBe(204);

    expect((await hub.ask(token, '/v1/me')).status).toBe(401);
    expect((await hub.ask(null, `/v1/experts/${profile.expertId}`)).status).toBe(404);
    expect(await hub.store.people.findByEmail(PERSON)).toBeNull();
    expect(await hub.store.people.get(id)).toMatchObject({ name: 'Erased person', organisationId: null });
    expect((await hub.store.notifications.list(id, { unreadOnly: false, limit: 10 })).items).toEqual([]);
    expect((await hub.store.submissions.get(draft.id))?.state).toBe('withdrawn');
    const [entry] = await hub.store.audit.list({ subject: id, limit: 1 });
    expect(entry).toEqual(expect.objectContaining({ action: 'person.erased', actor: id, details: null }));

    // Signing in again with the same address makes a new person the hub knows nothing about.
    const again = await hub.ask((await signIn(hub, PERSON)).accessToken, '/v1/me/data-export');
    expect(again.json).toMatchObject({ expertProfile: null, submissions: [], notifications: [] });
    expect((again.json as Export).person.id).not.toBe(id);
  });
});
