// Proposing and deciding translations of a practice, and what readers are served before and after.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProblemBody } from '../resources/support.js';
import { approvedFrench, FRENCH, PRACTICE, postAs, read, translationHub, type TranslationHub } from './support.js';

let hub: TranslationHub;
beforeEach(async () => {
  hub = await translationHub();
});
afterEach(() => hub.close());

const proposeUrl = `/v1/practices/${PRACTICE.id}/translations`;
const decideUrl = (language: string) => `/v1/practices/${PRACTICE.id}/translations/${language}/decision`;
const fieldsOf = (body: unknown) => ((body as ProblemBody).errors ?? []).map((e) => e.field);

describe('proposing a translation', () => {
  it('is pending until a curator approves it: readers still get the original', async () => {
    const proposed = await postAs(hub, hub.tokens.contributor, proposeUrl, FRENCH);
    expect(proposed.status).toBe(201);
    expect(proposed.json).toMatchObject({ state: 'pending', language: 'fr', item: PRACTICE.id, title: FRENCH.title, translatorId: hub.contributorId });

    const { res, practice } = await read(hub, `/v1/practices/${PRACTICE.slug}?lang=fr`);
    expect(practice.title).toBe(PRACTICE.title);
    expect(practice.language).toBe('en');
    expect(practice.translations).toEqual([]);
    expect(res.headers.get('Content-Language')).toBe('en');
  });

  it('allows one pending proposal per language, and none in the original language', async () => {
    expect((await postAs(hub, hub.tokens.contributor, proposeUrl, FRENCH)).status).toBe(201);
    const again = await postAs(hub, hub.tokens.contributor, proposeUrl, { ...FRENCH, title: 'Autre titre' });
    expect(again.status).toBe(409);
    expect(fieldsOf(again.json)).toEqual(['/language']);
    expect((await postAs(hub, hub.tokens.contributor, proposeUrl, { ...FRENCH, language: 'es' })).status).toBe(201);

    const english = await postAs(hub, hub.tokens.contributor, proposeUrl, { ...FRENCH, language: 'en' });
    expect(english.status).toBe(400);
    expect(fieldsOf(english.json)).toEqual(['/language']);
  });

  it('names what is missing or wrong, and refuses unknown practices and languages', async () => {
    const { results: _results, ...withoutResults } = FRENCH;
    const missing = await postAs(hub, hub.tokens.contributor, proposeUrl, withoutResults);
    expect(missing.status).toBe(400);
    expect(fieldsOf(missing.json)).toEqual(['/results']);

    const german = await postAs(hub, hub.tokens.contributor, proposeUrl, { ...FRENCH, language: 'de' });
    expect(german.status).toBe(400);
    expect(fieldsOf(german.json).join()).toContain('language');

    const empty = await postAs(hub, hub.tokens.contributor, proposeUrl, { ...FRENCH, title: '' });
    expect(empty.status).toBe(400);
    expect(fieldsOf(empty.json).join()).toContain('title');

    expect((await postAs(hub, hub.tokens.contributor, '/v1/practices/prc_canarydraft1/translations', FRENCH)).status).toBe(404);
    expect((await postAs(hub, hub.tokens.contributor, '/v1/practices/no-such-practice/translations', FRENCH)).status).toBe(404);
  });
});

describe('a curator deciding', () => {
  it('approves: readers asking for French get it, with Content-Language and the languages there are', async () => {
    await approvedFrench(hub);
    for (const [path, headers] of [
      [`/v1/practices/${PRACTICE.slug}?lang=fr`, {}],
      [`/v1/practices/${PRACTICE.id}`, { 'Accept-Language': 'fr-CA, en;q=0.5' }],
    ] as const) {
      const { res, practice } = await read(hub, path, headers);
      expect(practice).toMatchObject({ title: FRENCH.title, summary: FRENCH.summary, description: FRENCH.description, results: FRENCH.results });
      expect(practice).toMatchObject({ lessonsLearned: FRENCH.lessonsLearned, language: 'fr', originalLanguage: 'en', translations: ['fr'] });
      // What is not text stays: objectives, organisation, links.
      expect(practice.objectives).toEqual(PRACTICE.objectives);
      expect(practice.organisation.name).toBe(PRACTICE.organisation.name);
      expect(res.headers.get('Content-Language')).toBe('fr');
      expect(res.headers.get('Vary')).toContain('Accept-Language');
    }

    const english = await read(hub, `/v1/practices/${PRACTICE.id}?lang=en`);
    expect(english.practice).toMatchObject({ title: PRACTICE.title, language: 'en', originalLanguage: 'en', translations: ['fr'] });
    // Asked for a language without a translation: the original, saying so.
    const russian = await read(hub, `/v1/practices/${PRACTICE.id}?lang=ru`);
    expect(russian.practice).toMatchObject({ title: PRACTICE.title, language: 'en', translations: ['fr'] });
    expect(russian.res.headers.get('Content-Language')).toBe('en');
  });

  it('tells the translator, and audits the decision', async () => {
    await approvedFrench(hub);
    const notifications = await hub.store.notifications.list(hub.contributorId, { unreadOnly: false, limit: 10 });
    expect(notifications.items.map((n) => n.kind)).toContain('translation.approved');
    const mail = (await hub.store.outbox.list(20)).find((m) => m.to === 'contributor2@example.org' && m.subject.includes('French translation'));
    expect(mail?.text).toContain(PRACTICE.title);
    const audit = await hub.store.audit.list({ limit: 20 });
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['translation.proposed', 'translation.approved']));
  });

  it('declines only with a reason, which the translator reads; the text is never served', async () => {
    expect((await postAs(hub, hub.tokens.contributor, proposeUrl, FRENCH)).status).toBe(201);
    const noReason = await postAs(hub, hub.tokens.curator, decideUrl('fr'), { decision: 'decline' });
    expect(noReason.status).toBe(400);
    expect(fieldsOf(noReason.json)).toEqual(['/reason']);

    const declined = await postAs(hub, hub.tokens.curator, decideUrl('fr'), { decision: 'decline', reason: 'Machine translation; please revise.' });
    expect(declined.status).toBe(200);
    expect(declined.json).toMatchObject({ state: 'declined', reason: 'Machine translation; please revise.' });
    const mail = (await hub.store.outbox.list(20)).find((m) => m.to === 'contributor2@example.org' && m.subject.includes('not accepted'));
    expect(mail?.text).toContain('Machine translation; please revise.');
    expect((await read(hub, `/v1/practices/${PRACTICE.id}?lang=fr`)).practice.title).toBe(PRACTICE.title);
    // Declined, the language is free for a new proposal.
    expect((await postAs(hub, hub.tokens.contributor, proposeUrl, FRENCH)).status).toBe(201);
  });

  it('replaces an approved text with a newer one, and answers 404 when nothing is pending', async () => {
    await approvedFrench(hub);
    expect((await postAs(hub, hub.tokens.curator, decideUrl('fr'), { decision: 'approve' })).status).toBe(404);
    expect((await postAs(hub, hub.tokens.contributor, proposeUrl, { ...FRENCH, title: 'Voies sûres, deuxième version' })).status).toBe(201);
    expect((await postAs(hub, hub.tokens.curator, decideUrl('fr'), { decision: 'approve' })).status).toBe(200);
    expect((await read(hub, `/v1/practices/${PRACTICE.id}?lang=fr`)).practice.title).toBe('Voies sûres, deuxième version');
    expect((await hub.store.translations.list({ state: 'superseded', limit: 10 })).map((t) => t.title)).toEqual([FRENCH.title]);
  });

  it('is for curators only; the queue lists what waits, oldest first', async () => {
    expect((await postAs(hub, hub.tokens.contributor, proposeUrl, FRENCH)).status).toBe(201);
    hub.clock.advance(60_000);
    expect((await postAs(hub, hub.tokens.contributor, proposeUrl, { ...FRENCH, language: 'ar', title: 'ممارسة' })).status).toBe(201);
    for (const token of [hub.tokens.contributor, hub.tokens.reviewer]) {
      expect((await postAs(hub, token, decideUrl('fr'), { decision: 'approve' })).status).toBe(403);
    }
    const queue = await hub.app.request('/v1/translations?kind=practice', { headers: { Authorization: `Bearer ${hub.tokens.curator}` } });
    expect(queue.status).toBe(200);
    const items = ((await queue.json()) as { items: { language: string; state: string }[] }).items;
    expect(items.map((t) => [t.language, t.state])).toEqual([
      ['fr', 'pending'],
      ['ar', 'pending'],
    ]);
    expect((await hub.app.request('/v1/translations', { headers: { Authorization: `Bearer ${hub.tokens.contributor}` } })).status).toBe(403);
  });
});
