// Translated reads through the response cache and the node:http fast path: a French and an English answer never mix.
import { request, type OutgoingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHubServer, type HubServer } from '../../src/server.js';
import type { Practice, PracticeSummary } from '../../src/store/types.js';
import { FRENCH, PRACTICE, postAs, translationHub, type TranslationHub } from './support.js';

interface Answer {
  status: number;
  headers: Record<string, string>;
  json: unknown;
}

function get(port: number, path: string, headers: OutgoingHttpHeaders = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers as Record<string, string>, json: body ? JSON.parse(body) : null });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

let hub: TranslationHub;
let server: HubServer;
let port: number;

beforeEach(async () => {
  hub = await translationHub();
  server = createHubServer({ store: hub.store, rateLimitPerMinute: 0, clock: hub.clock.now });
  port = await new Promise((resolve) => server.server.listen(0, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port)));
  // Writes go through the server's own app, so that its cache sees them as a live hub's would.
  hub = { ...hub, app: server.app };
});
afterEach(async () => {
  server.server.closeAllConnections();
  await new Promise((resolve) => server.server.close(resolve));
  await hub.close();
});

const DETAIL = `/v1/practices/${PRACTICE.slug}`;
const titleOf = (answer: Answer) => (answer.json as Practice).title;

describe('translated reads through the fast path', () => {
  it('keys the cache by language: French and English answers of one URL never mix, on misses or on replays', async () => {
    expect((await postAs(hub, hub.tokens.contributor, `${DETAIL}/translations`, FRENCH)).status).toBe(201);
    expect((await postAs(hub, hub.tokens.curator, `/v1/practices/${PRACTICE.id}/translations/fr/decision`, { decision: 'approve' })).status).toBe(200);

    for (let round = 0; round < 3; round++) {
      const french = await get(port, DETAIL, { 'Accept-Language': 'fr' });
      const english = await get(port, DETAIL, { 'Accept-Language': 'en' });
      const bare = await get(port, DETAIL);
      const asked = await get(port, `${DETAIL}?lang=fr`, { 'Accept-Language': 'en' });
      expect([titleOf(french), titleOf(english), titleOf(bare), titleOf(asked)]).toEqual([FRENCH.title, PRACTICE.title, PRACTICE.title, FRENCH.title]);
      expect([french, english, bare, asked].map((a) => a.headers['content-language'])).toEqual(['fr', 'en', 'en', 'fr']);
      for (const answer of [french, english, bare, asked]) expect(answer.headers.vary).toContain('Accept-Language');
      expect(french.headers.etag).not.toBe(english.headers.etag);
      expect(asked.headers.etag).not.toBe(english.headers.etag);
    }
    // Rounds two and three were answered from the cache by the fast path.
    expect(server.replay.answered).toBeGreaterThanOrEqual(8);
    // A French ETag does not make the English answer a 304.
    const frenchTag = (await get(port, DETAIL, { 'Accept-Language': 'fr' })).headers.etag ?? '';
    expect((await get(port, DETAIL, { 'Accept-Language': 'en', 'If-None-Match': frenchTag })).status).toBe(200);
    expect((await get(port, DETAIL, { 'Accept-Language': 'fr', 'If-None-Match': frenchTag })).status).toBe(304);
  });

  it('serves an approval at once: the cached fallback to the original is not replayed after it', async () => {
    const before = await get(port, DETAIL, { 'Accept-Language': 'fr' });
    expect(titleOf(before)).toBe(PRACTICE.title);
    expect(before.headers['content-language']).toBe('en');
    await get(port, DETAIL, { 'Accept-Language': 'fr' });
    const replayed = server.replay.answered;
    expect(replayed).toBeGreaterThan(0);

    // A pending proposal changes nothing public, and does not empty the cache.
    expect((await postAs(hub, hub.tokens.contributor, `${DETAIL}/translations`, FRENCH)).status).toBe(201);
    expect(titleOf(await get(port, DETAIL, { 'Accept-Language': 'fr' }))).toBe(PRACTICE.title);
    expect(server.replay.answered).toBe(replayed + 1);

    expect((await postAs(hub, hub.tokens.curator, `/v1/practices/${PRACTICE.id}/translations/fr/decision`, { decision: 'approve' })).status).toBe(200);
    const after = await get(port, DETAIL, { 'Accept-Language': 'fr' });
    expect(titleOf(after)).toBe(FRENCH.title);
    expect(after.headers['content-language']).toBe('fr');
  });

  it('translates the titles and summaries of list pages, per language', async () => {
    expect((await postAs(hub, hub.tokens.contributor, `${DETAIL}/translations`, FRENCH)).status).toBe(201);
    expect((await postAs(hub, hub.tokens.curator, `/v1/practices/${PRACTICE.id}/translations/fr/decision`, { decision: 'approve' })).status).toBe(200);
    const list = '/v1/practices?country=CHE&limit=100';
    for (let round = 0; round < 2; round++) {
      const find = (answer: Answer) => (answer.json as { items: PracticeSummary[] }).items.find((p) => p.id === PRACTICE.id);
      const french = find(await get(port, list, { 'Accept-Language': 'fr' }));
      const english = find(await get(port, list, { 'Accept-Language': 'en' }));
      expect(french).toMatchObject({ title: FRENCH.title, summary: FRENCH.summary, language: 'fr', originalLanguage: 'en', translations: ['fr'] });
      expect(english).toMatchObject({ title: PRACTICE.title, language: 'en', originalLanguage: 'en', translations: ['fr'] });
    }
  });
});
