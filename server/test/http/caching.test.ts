// Public reads: strong ETags, 304 on If-None-Match, CDN-friendly Cache-Control, and no stale answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PracticeSummary, Store } from '../../src/store/types.js';
import { PUBLIC_CACHE_CONTROL } from '../../src/http/public-read.js';
import { call } from '../helpers/contract-check.js';
import { appOn, canaryPractices, seededStore } from '../helpers/hub.js';

let store: Store;
let app: ReturnType<typeof appOn>;

beforeAll(async () => {
  store = await seededStore();
  app = appOn(store);
});
afterAll(async () => {
  await store.close();
});

const LIST = '/v1/practices?objective=5&region=africa&limit=20';

describe('ETags and conditional GET', () => {
  it.each([LIST, '/v1/experts?limit=3', '/v1/taxonomy?lang=ar', '/openapi.json'])(
    '%s carries a strong ETag and CDN caching headers',
    async (path) => {
      const res = await call(app, path);
      expect(res.status).toBe(200);
      expect(res.headers.get('ETag')).toMatch(/^"[\w-]{16,}"$/);
      expect(res.headers.get('Cache-Control')).toBe(PUBLIC_CACHE_CONTROL);
    },
  );

  it('answers 304 without a body when If-None-Match holds the current ETag', async () => {
    const first = await call(app, LIST);
    const etag = first.headers.get('ETag') ?? '';
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const again = await call(app, LIST, { headers: { 'If-None-Match': ifNoneMatch } });
      expect(again.status).toBe(304);
      expect(again.text).toBe('');
      expect(again.headers.get('ETag')).toBe(etag);
      expect(again.headers.get('Cache-Control')).toBe(PUBLIC_CACHE_CONTROL);
    }
  });

  it('answers 200 with the body when the ETag is old', async () => {
    const res = await call(app, LIST, { headers: { 'If-None-Match': '"not-the-current-one"' } });
    expect(res.status).toBe(200);
    expect((res.json as { items: unknown[] }).items.length).toBeGreaterThan(0);
  });

  it('gives the same ETag and body whatever the order of the query parameters', async () => {
    const a = await call(app, '/v1/practices?objective=5&region=africa&limit=20');
    const b = await call(app, '/v1/practices?limit=20&region=africa&objective=5');
    expect(b.headers.get('ETag')).toBe(a.headers.get('ETag'));
    expect(b.text).toBe(a.text);
  });

  it('hands each spelling of a query a cursor that works with it', async () => {
    for (const query of ['objective=5&objective=6&limit=2', 'limit=2&objective=6&objective=5', 'objective=6&limit=2&objective=5']) {
      const first = await call(app, `/v1/practices?${query}`);
      const cursor = (first.json as { nextCursor: string }).nextCursor;
      const next = await call(app, `/v1/practices?${query}&cursor=${cursor}`);
      expect(next.status, next.text).toBe(200);
    }
  });

  it('treats escaped and plain spellings of the same query alike', async () => {
    const plain = await call(app, '/v1/practices?region=africa&objective=5');
    const escaped = await call(app, '/v1/practices?%72egion=africa&objective=%35');
    expect(escaped.status).toBe(200);
    expect(escaped.headers.get('ETag')).toBe(plain.headers.get('ETag'));
  });

  it('serves a changed body and a new ETag once published data changes, within the version TTL', async () => {
    const before = await call(app, '/v1/practices?country=CHE&limit=100');
    const etag = before.headers.get('ETag') ?? '';
    await store.practices.insertMany(canaryPractices());
    await new Promise((resolve) => setTimeout(resolve, 120)); // the default versionTtlMs is 100
    const after = await call(app, '/v1/practices?country=CHE&limit=100', { headers: { 'If-None-Match': etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get('ETag')).not.toBe(etag);
    const ids = (after.json as { items: PracticeSummary[] }).items.map((p) => p.id);
    expect(ids).toContain('prc_canary0001');
  });

  it('never caches errors', async () => {
    for (const path of ['/v1/practices?limit=500', '/v1/practices/no-such-practice', '/nowhere']) {
      const res = await call(app, path);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.headers.get('Cache-Control')).toBe('no-store');
      expect(res.headers.get('ETag')).toBeNull();
    }
  });

  it('does not cache the health check', async () => {
    const res = await call(app, '/healthz');
    expect(res.headers.get('Cache-Control')).toBe('no-store');
  });
});
