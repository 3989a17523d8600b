// The fast path for cached reads, through real listening servers: it answers exactly as Hono would, or leaves it to Hono.
import { request, type OutgoingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHubServer, type HubServer } from '../../src/server.js';
import type { AppOptions } from '../../src/app.js';
import type { Store } from '../../src/store/types.js';
import { canaryPractices, memoryLogger, seededStore } from '../helpers/hub.js';

const LIST = '/v1/practices?objective=5&region=africa&limit=20';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface Answer {
  status: number;
  /** Lower-cased names, in the order sent. */
  headers: [string, string][];
  body: Buffer;
}

/** One request over its own connection, keeping the headers exactly as sent. */
function send(port: number, path: string, options: { method?: string; headers?: OutgoingHttpHeaders } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const headers: [string, string][] = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) headers.push([res.rawHeaders[i]!.toLowerCase(), res.rawHeaders[i + 1]!]);
        resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

const header = (answer: Answer, name: string) => answer.headers.find(([n]) => n === name)?.[1];
/** Everything but what is made afresh for each response. */
const lasting = (answer: Answer) => answer.headers.filter(([name]) => name !== 'date' && name !== 'x-request-id');

function listen(server: HubServer['server']): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

let store: Store;
const servers: HubServer['server'][] = [];

beforeEach(async () => {
  store = await seededStore();
});
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  await store.close();
});

/**
 * The hub as `startHub` serves it, and beside it a plain adapter server on the same app (same
 * cache, same limit): what Hono alone answers, to compare with.
 */
async function start(options: Partial<AppOptions> = {}) {
  const hub = createHubServer({ store, rateLimitPerMinute: 0, ...options });
  const honoOnly = createAdaptorServer({ fetch: hub.app.fetch });
  servers.push(hub.server, honoOnly as HubServer['server']);
  const [port, honoPort] = await Promise.all([listen(hub.server), listen(honoOnly as HubServer['server'])]);
  return { ...hub, port, honoPort };
}

describe('replaying cached reads', () => {
  it('answers a cache hit itself with the bytes and headers Hono sent for the miss', async () => {
    const hub = await start();
    const miss = await send(hub.port, LIST);
    expect(miss.status).toBe(200);
    expect(hub.replay.answered).toBe(0);

    const hit = await send(hub.port, LIST);
    expect(hub.replay.answered).toBe(1);
    expect(hit.status).toBe(200);
    expect(hit.body.equals(miss.body)).toBe(true);
    expect(lasting(hit)).toEqual(lasting(miss));
    expect(header(hit, 'x-request-id')).toMatch(UUID);
    expect(header(hit, 'x-request-id')).not.toBe(header(miss, 'x-request-id'));
    expect(header(hit, 'content-length')).toBe(String(miss.body.length));

    // And Hono's own answer to the same hit is the same again.
    const fromHono = await send(hub.honoPort, LIST);
    expect(hub.replay.answered).toBe(1);
    expect(lasting(hit)).toEqual(lasting(fromHono));
  });

  it('answers If-None-Match with the 304 Hono sends, and a stale tag with the 200', async () => {
    const hub = await start();
    const miss = await send(hub.port, LIST);
    const etag = header(miss, 'etag') ?? '';
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const fromHono = await send(hub.honoPort, LIST, { headers: { 'If-None-Match': ifNoneMatch } });
      const replayed = await send(hub.port, LIST, { headers: { 'If-None-Match': ifNoneMatch } });
      expect(fromHono.status).toBe(304);
      expect(replayed.status).toBe(304);
      expect(replayed.body.length).toBe(0);
      expect(lasting(replayed)).toEqual(lasting(fromHono));
    }
    expect(hub.replay.answered).toBe(4);
    const changed = await send(hub.port, LIST, { headers: { 'If-None-Match': '"something-else"' } });
    expect(changed.status).toBe(200);
    expect(changed.body.equals(miss.body)).toBe(true);
  });

  it('answers HEAD with the headers of the GET and no body, as Hono does', async () => {
    const hub = await start();
    await send(hub.port, LIST);
    const fromHono = await send(hub.honoPort, LIST, { method: 'HEAD' });
    const replayed = await send(hub.port, LIST, { method: 'HEAD' });
    expect(hub.replay.answered).toBe(1);
    expect(replayed.status).toBe(200);
    expect(replayed.body.length).toBe(0);
    expect(lasting(replayed)).toEqual(lasting(fromHono));
  });

  it('keeps a safe X-Request-Id the client sent and replaces an unsafe one, as Hono does', async () => {
    const hub = await start();
    await send(hub.port, LIST);
    const kept = await send(hub.port, LIST, { headers: { 'X-Request-Id': 'trace-42=a' } });
    expect(header(kept, 'x-request-id')).toBe('trace-42=a');
    const replaced = await send(hub.port, LIST, { headers: { 'X-Request-Id': 'no spaces; please' } });
    expect(header(replaced, 'x-request-id')).toMatch(UUID);
    expect(hub.replay.answered).toBe(2);
  });

  it('serves each language its own localised response', async () => {
    const hub = await start();
    for (const lang of ['fr', 'es']) await send(hub.port, '/v1/taxonomy', { headers: { 'Accept-Language': lang } });
    await send(hub.port, '/v1/taxonomy?lang=ar');
    const fr = await send(hub.port, '/v1/taxonomy', { headers: { 'Accept-Language': 'fr-CH, en;q=0.5' } });
    const es = await send(hub.port, '/v1/taxonomy', { headers: { 'Accept-Language': 'es' } });
    const ar = await send(hub.port, '/v1/taxonomy?lang=ar', { headers: { 'Accept-Language': 'fr' } });
    expect(hub.replay.answered).toBe(3);
    expect([header(fr, 'content-language'), header(es, 'content-language'), header(ar, 'content-language')]).toEqual(['fr', 'es', 'ar']);
    expect(header(fr, 'vary')).toBe('Accept-Language');
    const fromHono = await send(hub.honoPort, '/v1/taxonomy', { headers: { 'Accept-Language': 'fr' } });
    expect(fr.body.equals(fromHono.body)).toBe(true);
    expect(lasting(fr)).toEqual(lasting(fromHono));
  });

  it('sees a write through the store at once', async () => {
    const hub = await start();
    const path = '/v1/practices?country=CHE&limit=100';
    await send(hub.port, path);
    const before = await send(hub.port, path);
    expect(hub.replay.answered).toBe(1);
    await store.practices.insertMany(canaryPractices());
    const after = await send(hub.port, path, { headers: { 'If-None-Match': header(before, 'etag') ?? '' } });
    expect(hub.replay.answered).toBe(1);
    expect(after.status).toBe(200);
    expect(header(after, 'etag')).not.toBe(header(before, 'etag'));
    expect(after.body.toString()).toContain('prc_canary0001');
    await send(hub.port, path);
    expect(hub.replay.answered).toBe(2);
  });

  it('counts replayed reads against the rate limit, and the 429 is Hono’s', async () => {
    const hub = await start({ rateLimitPerMinute: 3 });
    for (let i = 0; i < 3; i++) expect((await send(hub.port, LIST)).status).toBe(200);
    expect(hub.replay.answered).toBe(2);
    const refused = await send(hub.port, LIST);
    expect(refused.status).toBe(429);
    expect(header(refused, 'content-type')).toBe('application/problem+json');
    expect(Number(header(refused, 'retry-after'))).toBeGreaterThan(0);
    expect(JSON.parse(refused.body.toString())).toMatchObject({ status: 429 });
    expect(hub.replay.answered).toBe(2);
    // /openapi.json is outside /v1/ and not limited, replayed or not.
    for (let i = 0; i < 3; i++) expect((await send(hub.port, '/openapi.json')).status).toBe(200);
    expect(hub.replay.answered).toBe(4);
  });

  it('writes the same request line as Hono for a replayed read', async () => {
    const { logger, lines } = memoryLogger();
    const hub = await start({ logger });
    await send(hub.port, LIST);
    const miss = await send(hub.port, `${LIST}&lang=fr`); // another key: a miss
    const replayed = await send(hub.port, `${LIST}&lang=fr`, { method: 'HEAD' });
    expect(hub.replay.answered).toBe(1);
    const requests = lines.filter((line) => line.msg === 'request');
    expect(requests).toHaveLength(3);
    const [, fromHono, fromReplay] = requests;
    expect(Object.keys(fromReplay ?? {})).toEqual(Object.keys(fromHono ?? {}));
    expect(fromHono).toMatchObject({ level: 'info', method: 'GET', path: '/v1/practices', status: 200, requestId: header(miss, 'x-request-id') });
    expect(fromReplay).toMatchObject({ level: 'info', method: 'HEAD', path: '/v1/practices', status: 200, requestId: header(replayed, 'x-request-id') });
    expect(typeof fromReplay?.ms).toBe('number');
    expect(JSON.stringify(fromReplay)).not.toContain('africa'); // no query in the log
  });

  it('leaves requests with Authorization, other methods and preflights to Hono', async () => {
    const hub = await start();
    await send(hub.port, LIST);
    const signed = await send(hub.port, LIST, { headers: { Authorization: 'Bearer not-a-real-token' } });
    // Not the cached answer's headers (which vary by Accept-Language as well): Hono's own, with CORS.
    expect(header(signed, 'vary')).toBe('Accept-Language, Origin');
    expect(header(signed, 'access-control-allow-origin')).toBeUndefined();
    const preflight = await send(hub.port, LIST, {
      method: 'OPTIONS',
      headers: { Origin: 'https://partner.example.org', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect((await send(hub.port, LIST, { method: 'DELETE' })).status).toBe(405);
    expect(hub.replay.answered).toBe(0);
  });

  it('leaves targets the adapter would rewrite to Hono', async () => {
    const hub = await start();
    await send(hub.port, LIST);
    for (const path of [`/v1/./practices?objective=5&region=africa&limit=20`, `/v1/%70ractices?objective=5&region=africa&limit=20`]) {
      const answer = await send(hub.port, path);
      expect(answer.status).toBe(200);
    }
    expect(hub.replay.answered).toBe(0);
    // Another spelling of the same query is the same cache entry, as it is for Hono.
    expect((await send(hub.port, '/v1/practices?limit=20&region=africa&objective=5')).status).toBe(200);
    expect(hub.replay.answered).toBe(1);
  });
});
