// GET /v1/resources/{resource}, and the public caching both resource reads share with practices.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_CACHE_CONTROL } from '../../src/http/public-read.js';
import type { Resource, Store } from '../../src/store/types.js';
import { call } from '../helpers/contract-check.js';
import type { appOn } from '../helpers/hub.js';
import { PLANTED, plantedHub, resource, type ProblemBody, type ResourcePage } from './support.js';

let store: Store;
let app: ReturnType<typeof appOn>;

beforeAll(async () => {
  ({ store, app } = await plantedHub());
});
afterAll(() => store.close());

describe('GET /v1/resources/{resource}', () => {
  it('returns a published resource by id and by slug, identically and in full', async () => {
    const byId = await call(app, `/v1/resources/${PLANTED.toolkit.id}`);
    const bySlug = await call(app, `/v1/resources/${PLANTED.toolkit.slug}`);
    expect(byId.status).toBe(200);
    expect(bySlug.json).toEqual(byId.json);
    const { state: _state, ...published } = PLANTED.toolkit;
    // With what the reader was served: the original, which has no translation.
    expect(byId.json).toEqual({ ...published, originalLanguage: published.language, translations: [] });
  });

  it('returns each seeded resource the list shows', async () => {
    const { items } = (await call(app, '/v1/resources?type=dataset&limit=5')).json as ResourcePage;
    for (const item of items) {
      const res = await call(app, `/v1/resources/${item.slug}`);
      expect(res.status).toBe(200);
      const full = res.json as Resource;
      expect(full).toMatchObject({ id: item.id, title: item.title, url: item.url, publisher: { name: item.publisher } });
    }
  });

  it('answers 404 for an unknown or unpublished resource, and for a practice', async () => {
    const practice = ((await call(app, '/v1/practices?limit=1')).json as { items: { id: string }[] }).items[0]?.id ?? '';
    for (const key of ['no-such-resource', PLANTED.draft.id, PLANTED.draft.slug, practice]) {
      const res = await call(app, `/v1/resources/${key}`);
      expect(res.status, key).toBe(404);
      expect(res.json).toMatchObject({ type: '/problems/not-found', status: 404, instance: `/v1/resources/${key}` });
      expect(res.headers.get('Cache-Control')).toBe('no-store');
    }
  });

  it('answers 400 naming the path parameter for what cannot be an id or a slug', async () => {
    for (const key of ['Not%20A%20Slug', '%3Cscript%3E', 'x'.repeat(121)]) {
      const res = await call(app, `/v1/resources/${key}`);
      expect(res.status).toBe(400);
      expect((res.json as ProblemBody).errors?.[0]).toMatchObject({ field: 'resource', in: 'path' });
    }
  });

  it('refuses to be written to', async () => {
    const res = await call(app, '/v1/resources', { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } });
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toContain('GET');
  });
});

describe('caching of resource reads', () => {
  it.each(['/v1/resources?type=tool&limit=3', `/v1/resources/${PLANTED.toolkit.slug}`])(
    '%s carries a strong ETag and CDN caching headers, and a 304 for a matching If-None-Match',
    async (path) => {
      const first = await call(app, path);
      const etag = first.headers.get('ETag') ?? '';
      expect(etag).toMatch(/^"[\w-]{16,}"$/);
      expect(first.headers.get('Cache-Control')).toBe(PUBLIC_CACHE_CONTROL);
      const again = await call(app, path, { headers: { 'If-None-Match': etag } });
      expect(again.status).toBe(304);
      expect(again.text).toBe('');
    },
  );

  it('gives the same answer whatever the order of the query parameters', async () => {
    const a = await call(app, '/v1/resources?type=tool&region=asia&limit=5');
    const b = await call(app, '/v1/resources?limit=5&region=asia&type=tool');
    expect(b.headers.get('ETag')).toBe(a.headers.get('ETag'));
  });

  it('serves the new resource and a new ETag once one is published', async () => {
    const path = '/v1/resources?publisher=Fresh%20Publisher';
    const before = await call(app, path);
    expect((before.json as ResourcePage).total).toBe(0);
    await store.resources.insertMany([resource({ publisher: { name: 'Fresh Publisher', kind: 'other' } })]);
    await new Promise((resolve) => setTimeout(resolve, 120)); // the default versionTtlMs is 100
    const after = await call(app, path, { headers: { 'If-None-Match': before.headers.get('ETag') ?? '' } });
    expect(after.status).toBe(200);
    expect((after.json as ResourcePage).total).toBe(1);
  });
});
