// Translations of the tools and library: proposing, deciding and reading a resource in another language.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Resource, ResourceSummary } from '../../src/store/types.js';
import { call } from '../helpers/contract-check.js';
import type { ProblemBody } from '../resources/support.js';
import { postAs, RESOURCE, translationHub, type TranslationHub } from './support.js';

let hub: TranslationHub;
beforeEach(async () => {
  hub = await translationHub();
});
afterEach(() => hub.close());

const ARABIC = { language: 'ar', title: 'دليل المسارات الآمنة', summary: 'ملخص الدليل.', description: 'وصف الدليل.' } as const;
const proposeUrl = `/v1/resources/${RESOURCE.slug}/translations`;

describe('translating a resource', () => {
  it('serves the approved Arabic text, with the same address and facts', async () => {
    const proposed = await postAs(hub, hub.tokens.contributor, proposeUrl, ARABIC);
    expect(proposed.status, proposed.text).toBe(201);
    expect(proposed.json).toMatchObject({ kind: 'resource', item: RESOURCE.id, state: 'pending' });
    const decided = await postAs(hub, hub.tokens.curator, `/v1/resources/${RESOURCE.id}/translations/ar/decision`, { decision: 'approve' });
    expect(decided.status, decided.text).toBe(200);

    const res = await call(hub.app, `/v1/resources/${RESOURCE.slug}?lang=ar`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Language')).toBe('ar');
    expect(res.json).toMatchObject({ ...ARABIC, originalLanguage: 'en', translations: ['ar'], url: RESOURCE.url, type: RESOURCE.type });
    const english = (await call(hub.app, `/v1/resources/${RESOURCE.slug}`, { headers: { 'Accept-Language': 'en' } })).json as Resource;
    expect(english).toMatchObject({ title: RESOURCE.title, language: 'en', translations: ['ar'] });

    const page = await call(hub.app, `/v1/resources?lang=ar&q=${encodeURIComponent('safe pathways')}`);
    const listed = (page.json as { items: ResourceSummary[] }).items.find((r) => r.id === RESOURCE.id);
    expect(listed).toMatchObject({ title: ARABIC.title, summary: ARABIC.summary, language: 'ar', originalLanguage: 'en' });
  });

  it('refuses a practice’s fields and the original language, naming them', async () => {
    const withResults = await postAs(hub, hub.tokens.contributor, proposeUrl, { ...ARABIC, results: 'نتائج' });
    expect(withResults.status).toBe(400);
    expect((withResults.json as ProblemBody).errors?.map((e) => e.field)).toEqual(['/results']);
    const english = await postAs(hub, hub.tokens.contributor, proposeUrl, { ...ARABIC, language: 'en' });
    expect(english.status).toBe(400);
    expect((english.json as ProblemBody).errors?.map((e) => e.field)).toEqual(['/language']);
    expect((await postAs(hub, hub.tokens.contributor, '/v1/resources/res_unknown00/translations', ARABIC)).status).toBe(404);
  });

  it('declines with the reason kept, and is refused to people who are not curators', async () => {
    expect((await postAs(hub, hub.tokens.contributor, proposeUrl, ARABIC)).status).toBe(201);
    const url = `/v1/resources/${RESOURCE.id}/translations/ar/decision`;
    expect((await postAs(hub, hub.tokens.reviewer, url, { decision: 'approve' })).status).toBe(403);
    const declined = await postAs(hub, hub.tokens.curator, url, { decision: 'decline', reason: 'Terms differ from the UN glossary.' });
    expect(declined.json).toMatchObject({ state: 'declined', reason: 'Terms differ from the UN glossary.' });
    expect(((await call(hub.app, `/v1/resources/${RESOURCE.slug}?lang=ar`)).json as Resource).title).toBe(RESOURCE.title);
  });
});
