// The JSON Feed 1.1 of practices and the feeds of resources: required fields, filters, conditional GETs, text kept as text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Element } from '@xmldom/xmldom';
import type { components } from '@mnh/contract';
import type { Store } from '../../src/store/types.js';
import { call } from '../helpers/contract-check.js';
import type { appOn } from '../helpers/hub.js';
import { resource } from '../resources/support.js';
import { atomChild, atomChildren, HOSTILE_TITLE, openDataHub, ORIGIN, parseXml } from './support.js';

type JsonFeed = components['schemas']['JsonFeed'];

let store: Store;
let app: ReturnType<typeof appOn>;

beforeAll(async () => {
  ({ store, app } = await openDataHub());
  await store.resources.insertMany([
    resource({ id: 'res_feedtool01', type: 'dataset', title: 'Dataset <of> "returns"', publishedAt: '2099-01-01T00:00:00.000Z' }),
    resource({ id: 'res_feeddraft1', type: 'dataset', title: 'Unpublished dataset', state: 'draft', publishedAt: '2099-02-01T00:00:00.000Z' }),
  ]);
});
afterAll(async () => {
  await store.close();
});

async function jsonFeed(path: string): Promise<JsonFeed> {
  // `call` checks the body against the contract's JsonFeed schema, which requires what JSON Feed 1.1 does and more.
  const res = await call(app, path);
  expect(res.status).toBe(200);
  expect(res.headers.get('Content-Type')).toBe('application/feed+json');
  return res.json as JsonFeed;
}

describe('GET /v1/practices/feed.json', () => {
  it('is a JSON Feed 1.1 with a version, a title and an id for every item', async () => {
    const feed = await jsonFeed('/v1/practices/feed.json?limit=20');
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe('Migration Network Hub: practices');
    expect(feed.feed_url).toBe(`${ORIGIN}/v1/practices/feed.json?limit=20`);
    expect(feed.home_page_url).toBe(`${ORIGIN}/`);
    expect(feed.items).toHaveLength(20);
    expect(new Set(feed.items.map((i) => i.id)).size).toBe(20);
    for (const item of feed.items) {
      expect(item.id).toMatch(/^https:\/\/hub\.example\.org\/practices\/prc_/);
      expect(item.url).toMatch(/^https:\/\/hub\.example\.org\/practices\//);
      expect(item.content_text.length).toBeGreaterThan(0);
      expect('content_html' in item).toBe(false);
    }
  });

  it('holds the same entries as the Atom feed for the same filters', async () => {
    const feed = await jsonFeed('/v1/practices/feed.json?objective=5&scope=national');
    const atom = parseXml((await call(app, '/v1/practices/feed.atom?objective=5&scope=national')).text);
    const atomIds = atomChildren(atom.documentElement as unknown as Element, 'entry').map((e) => atomChild(e, 'id')?.textContent);
    expect(feed.items.map((i) => i.id)).toEqual(atomIds);
    for (const item of feed.items) {
      expect(item._mnh.objectives).toContain(5);
      expect(item._mnh.scope).toBe('national');
    }
  });

  it('keeps hostile text exactly as typed: JSON needs no markup', async () => {
    const [first] = (await jsonFeed('/v1/practices/feed.json?limit=1')).items;
    expect(first?.title).toBe(HOSTILE_TITLE);
    expect(first?.authors).toEqual([{ name: 'Org <img src=x onerror=alert(1)> & "Partners"' }]);
    expect(first?._mnh).toEqual({ kind: 'practice', objectives: [5], regions: ['africa'], countries: ['KEN'], scope: 'national', year: 2020 });
  });

  it('has one URL and one ETag whatever the order of its parameters, and answers If-None-Match with 304', async () => {
    const a = await call(app, '/v1/practices/feed.json?region=asia&objective=3');
    const b = await call(app, '/v1/practices/feed.json?objective=3&region=asia');
    expect(b.headers.get('ETag')).toBe(a.headers.get('ETag'));
    expect((a.json as JsonFeed).feed_url).toBe(`${ORIGIN}/v1/practices/feed.json?objective=3&region=asia`);
    const again = await call(app, '/v1/practices/feed.json?region=asia&objective=3', { headers: { 'If-None-Match': a.headers.get('ETag') as string } });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
  });
});

describe('the feeds of resources', () => {
  it('take the library filters and link each item to its page and to the resource itself', async () => {
    const feed = await jsonFeed('/v1/resources/feed.json?type=dataset');
    expect(feed.title).toBe('Migration Network Hub: tools and library');
    const [first] = feed.items;
    expect(first?.id).toBe(`${ORIGIN}/resources/res_feedtool01`);
    expect(first?.external_url).toMatch(/^https:\/\/example\.org\/resources\//);
    expect(first?._mnh).toMatchObject({ kind: 'resource', type: 'dataset' });
    expect(feed.items.every((i) => i._mnh.type === 'dataset')).toBe(true);
    expect(feed.items.some((i) => i.title === 'Unpublished dataset')).toBe(false);
  });

  it('as Atom, name the type as a category', async () => {
    const res = await call(app, '/v1/resources/feed.atom?type=dataset&limit=1');
    expect(res.headers.get('Content-Type')).toBe('application/atom+xml; charset=utf-8');
    const [entry] = atomChildren(parseXml(res.text).documentElement as unknown as Element, 'entry');
    const categories = atomChildren(entry as Element, 'category').map((c) => [c.getAttribute('term'), c.getAttribute('label')]);
    expect(categories).toContainEqual(['dataset', 'Dataset']);
  });

  it('refuse a filter only lists of practices have', async () => {
    const res = await call(app, '/v1/practices/feed.json?type=dataset');
    expect(res.status).toBe(400);
    expect((res.json as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual(['type']);
  });
});
