// Feeds and exports through the hub's real server: cached feeds replayed with their dates, exports streamed over a socket.
import { get, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHubServer, type HubServer } from '../../src/server.js';
import type { Store } from '../../src/store/types.js';
import { DEMO_SIZE } from '../../src/seed/index.js';
import { seededStore } from '../helpers/hub.js';
import { ORIGIN } from './support.js';

let store: Store;
let hub: HubServer;
let port: number;

beforeAll(async () => {
  store = await seededStore();
  hub = createHubServer({ store, rateLimitPerMinute: 0, hubOrigin: ORIGIN });
  port = await new Promise((resolve) => hub.server.listen(0, '127.0.0.1', () => resolve((hub.server.address() as AddressInfo).port)));
});
afterAll(async () => {
  hub.server.closeAllConnections();
  await new Promise((resolve) => hub.server.close(resolve));
  await store.close();
});

function fetchOver(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

describe('over HTTP', () => {
  it('serves a cached feed again with the same Last-Modified, and honours If-Modified-Since on the fast path', async () => {
    const path = '/v1/practices/feed.atom?objective=7&limit=5';
    const miss = await fetchOver(path);
    expect(miss.status).toBe(200);
    const answeredBefore = hub.replay.answered;
    const hit = await fetchOver(path);
    expect(hub.replay.answered).toBe(answeredBefore + 1);
    expect(hit.body).toBe(miss.body);
    expect(hit.headers['last-modified']).toBe(miss.headers['last-modified']);
    expect(hit.headers['content-type']).toBe('application/atom+xml; charset=utf-8');

    const since = await fetchOver(path, { 'If-Modified-Since': miss.headers['last-modified'] as string });
    expect(since.status).toBe(304);
    expect(since.headers['last-modified']).toBe(miss.headers['last-modified']);
    const older = await fetchOver(path, { 'If-Modified-Since': 'Sat, 01 Jan 2000 00:00:00 GMT' });
    expect(older.status).toBe(200);
    expect((await fetchOver(path, { 'If-None-Match': miss.headers.etag as string })).status).toBe(304);
  });

  it('streams an export with chunked transfer and the licence headers', async () => {
    const res = await fetchOver('/v1/practices/export.jsonl');
    expect(res.status).toBe(200);
    expect(res.headers['transfer-encoding']).toBe('chunked');
    expect(res.headers.link).toBe('<https://creativecommons.org/licenses/by/4.0/>; rel="license"');
    expect(res.body.trim().split('\n')).toHaveLength(DEMO_SIZE.practices);
  });
});
