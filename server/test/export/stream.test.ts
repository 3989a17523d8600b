// How an export streams: a page read only when the client takes the last, a bounded number at once, failures not passed off as complete files.
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContract } from '../../src/http/contract.js';
import type { HubEnv } from '../../src/http/env.js';
import { problemErrorHandler } from '../../src/http/problem.js';
import { ResponseCache } from '../../src/http/response-cache.js';
import { silentLogger } from '../../src/http/logger.js';
import { exports } from '../../src/routes/export.js';
import type { Practice, Store } from '../../src/store/types.js';
import { call } from '../helpers/contract-check.js';
import { appOn, seededStore } from '../helpers/hub.js';
import { ORIGIN } from '../feeds/support.js';

let store: Store;
/** Pages of practices the export has read from the store. */
let pagesRead = 0;
let failAfter = Infinity;

/** The store, counting (or failing) the pages the export reads. */
function watched(inner: Store): Store {
  return {
    ...inner,
    exports: {
      ...inner.exports,
      practices: async function* (filters, pageSize): AsyncGenerator<Practice[]> {
        for await (const page of inner.exports.practices(filters, pageSize)) {
          if (pagesRead >= failAfter) throw new Error('the disk went away');
          pagesRead += 1;
          yield page;
        }
      },
    },
  };
}

function exportApp(options: { maxConcurrent?: number; pageSize?: number }) {
  const deps = { store: watched(store), contract: loadContract(), cache: new ResponseCache(), version: () => store.version(), hubOrigin: ORIGIN };
  const app = new Hono<HubEnv>().route('/v1', exports(deps, options));
  app.onError(problemErrorHandler(silentLogger));
  return app;
}

beforeAll(async () => {
  store = await seededStore();
});
afterAll(async () => {
  await store.close();
});

describe('streaming an export', () => {
  it('reads the next page from the store only when the client has taken the last', async () => {
    pagesRead = 0;
    failAfter = Infinity;
    const app = exportApp({ pageSize: 10 });
    const res = await app.request('/v1/practices/export.jsonl');
    expect(res.status).toBe(200);
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    expect(pagesRead).toBe(0);
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value).trim().split('\n')).toHaveLength(10);
    expect(pagesRead).toBe(1);
    await reader.read();
    expect(pagesRead).toBe(2);
    let chunks = 2;
    while (!(await reader.read()).done) chunks += 1;
    const { total } = (await call(appOn(store), '/v1/practices')).json as { total: number };
    expect(chunks).toBe(Math.ceil(total / 10));
    expect(pagesRead).toBe(chunks);
  });

  it('lets a bounded number stream at once; a client that goes away, or a HEAD, frees its place', async () => {
    failAfter = Infinity;
    const app = exportApp({ maxConcurrent: 2, pageSize: 10 });
    const a = await app.request('/v1/practices/export.csv');
    const b = await app.request('/v1/practices/export.jsonl');
    expect([a.status, b.status]).toEqual([200, 200]);
    expect((await app.request('/v1/practices/export.csv', { method: 'HEAD' })).status).toBe(200);
    const refused = await app.request('/v1/practices/export.csv');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('Retry-After')).toBe('10');
    expect(refused.headers.get('Content-Type')).toBe('application/problem+json');

    await a.body?.cancel();
    const c = await app.request('/v1/practices/export.csv');
    expect(c.status).toBe(200);
    await b.text();
    await c.text();
    expect((await app.request('/v1/practices/export.csv')).status).toBe(200);
  });

  it('ends a download that fails midway with an error, never as a complete-looking file, and frees its place', async () => {
    pagesRead = 0;
    failAfter = 2;
    const app = exportApp({ maxConcurrent: 1, pageSize: 10 });
    const res = await app.request('/v1/practices/export.csv');
    await expect(res.text()).rejects.toThrow();
    failAfter = Infinity;
    expect((await app.request('/v1/practices/export.csv')).status).toBe(200);
  });
});

