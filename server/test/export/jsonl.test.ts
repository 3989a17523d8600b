// The JSON Lines export: one complete public document per line, exactly the list's matches, nothing private.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/types.js';
import { call } from '../helpers/contract-check.js';
import { CANARY, type appOn } from '../helpers/hub.js';
import { expectContract } from '../store/support.js';
import { HOSTILE_TITLE, openDataHub } from '../feeds/support.js';

let store: Store;
let app: ReturnType<typeof appOn>;

beforeAll(async () => {
  ({ store, app } = await openDataHub());
});
afterAll(async () => {
  await store.close();
});

async function lines(path: string): Promise<{ text: string; headers: Headers; items: Record<string, unknown>[] }> {
  const res = await call(app, path);
  expect(res.status).toBe(200);
  expect(res.text.endsWith('\n')).toBe(true);
  const items = res.text.slice(0, -1).split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  return { text: res.text, headers: res.headers, items };
}

describe('GET /v1/practices/export.jsonl', () => {
  it('holds one Practice per line, as GET /v1/practices/{practice} returns it, newest first', async () => {
    const { headers, items } = await lines('/v1/practices/export.jsonl');
    expect(headers.get('Content-Type')).toBe('application/jsonl; charset=utf-8');
    expect(headers.get('Content-Disposition')).toMatch(/^attachment; filename="mnh-practices-\d{4}-\d\d-\d\d\.jsonl"$/);
    expect(headers.get('Link')).toBe('<https://creativecommons.org/licenses/by/4.0/>; rel="license"');
    const { total } = (await call(app, '/v1/practices')).json as { total: number };
    expect(items).toHaveLength(total);
    for (const item of items) expectContract('Practice', item);
    // The export holds originals: what the API serves, less what it says about translations.
    const { originalLanguage: _original, translations: _translations, ...served } = (await call(app, '/v1/practices/prc_hostile0001')).json as Record<string, unknown>;
    expect(items[0]).toEqual(served);
    expect(items[0]?.title).toBe(HOSTILE_TITLE);
    const published = items.map((p) => Date.parse(p.publishedAt as string));
    expect([...published].sort((a, b) => b - a)).toEqual(published);
  });

  it('holds exactly the matches of the same filters, and nothing private', async () => {
    const { items } = await lines('/v1/practices/export.jsonl?country=CHE&language=fr');
    expect(items.map((p) => p.id)).toEqual(['prc_canary0001']);
    const { text } = await lines('/v1/practices/export.jsonl?scope=national');
    for (const secret of [CANARY.focalEmail, CANARY.focalName, CANARY.focalPhone, 'focalPoint', '"state"']) expect(text).not.toContain(secret);
  });

  it('is an empty file when nothing matches', async () => {
    const res = await call(app, '/v1/practices/export.jsonl?q=%22%22');
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
  });
});

describe('GET /v1/resources/export.jsonl', () => {
  it('holds one Resource per line for the library filters', async () => {
    const { items } = await lines('/v1/resources/export.jsonl?type=tool&type=dataset');
    const { total } = (await call(app, '/v1/resources?type=tool&type=dataset')).json as { total: number };
    expect(items).toHaveLength(total);
    for (const item of items) {
      expectContract('Resource', item);
      expect(['tool', 'dataset']).toContain(item.type);
    }
  });
});
