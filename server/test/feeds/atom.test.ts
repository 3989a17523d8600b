// The Atom feed as a feed reader and a regional platform see it: valid RFC 4287, filtered, linked, safe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Element } from '@xmldom/xmldom';
import type { Store } from '../../src/store/types.js';
import { call } from '../helpers/contract-check.js';
import { CANARY, type appOn } from '../helpers/hub.js';
import { practice } from '../store/support.js';
import { atomChild, atomChildren, HOSTILE_TITLE, NOT_XML_CHAR, openDataHub, ORIGIN, parseXml, shownText } from './support.js';

let store: Store;
let app: ReturnType<typeof appOn>;

beforeAll(async () => {
  ({ store, app } = await openDataHub());
});
afterAll(async () => {
  await store.close();
});

async function atom(path: string) {
  const res = await call(app, path);
  expect(res.status).toBe(200);
  const doc = parseXml(res.text);
  const feed = doc.documentElement as unknown as Element;
  return { res, doc, feed, entries: atomChildren(feed, 'entry') };
}

const text = (parent: Element, name: string) => atomChild(parent, name)?.textContent ?? undefined;
const isDate = (value: string | undefined) => value !== undefined && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(value);

describe('GET /v1/practices/feed.atom', () => {
  it('is an Atom document with the elements RFC 4287 requires of a feed and of each entry', async () => {
    const { res, feed, entries } = await atom('/v1/practices/feed.atom');
    expect(res.headers.get('Content-Type')).toBe('application/atom+xml; charset=utf-8');
    expect(feed.localName).toBe('feed');
    expect(feed.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    expect(text(feed, 'id')).toMatch(/^https:\/\/hub\.example\.org\//);
    expect(text(feed, 'title')).toBe('Migration Network Hub: practices');
    expect(isDate(text(feed, 'updated'))).toBe(true);
    // A feed needs an author unless every entry has one; this one has both.
    expect(text(atomChild(feed, 'author') as Element, 'name')).toBeTruthy();
    const self = atomChildren(feed, 'link').find((l) => l.getAttribute('rel') === 'self');
    expect(self?.getAttribute('href')).toBe(`${ORIGIN}/v1/practices/feed.atom`);
    expect(text(feed, 'rights')).toContain('https://creativecommons.org/licenses/by/4.0/');

    expect(entries).toHaveLength(50);
    const ids = new Set<string>();
    for (const entry of entries) {
      const id = text(entry, 'id');
      expect(id).toMatch(/^https:\/\/hub\.example\.org\/practices\/prc_[0-9a-z]+$/);
      ids.add(id as string);
      expect(text(entry, 'title')).toBeTruthy();
      expect(isDate(text(entry, 'updated'))).toBe(true);
      expect(isDate(text(entry, 'published'))).toBe(true);
      expect(atomChild(entry, 'link')?.getAttribute('href')).toMatch(/^https:\/\/hub\.example\.org\/practices\/[a-z0-9-]+$/);
      expect(atomChildren(entry, 'author').length).toBeGreaterThan(0);
    }
    expect(ids.size).toBe(50);
  });

  it('lists the newest published practices first, as the list sorted by newest does', async () => {
    const { entries } = await atom('/v1/practices/feed.atom?limit=10');
    const list = (await call(app, '/v1/practices?sort=newest&limit=10')).json as { items: { id: string; slug: string }[] };
    expect(entries.map((e) => text(e, 'id'))).toEqual(list.items.map((p) => `${ORIGIN}/practices/${p.id}`));
    expect(entries.map((e) => atomChild(e, 'link')?.getAttribute('href'))).toEqual(list.items.map((p) => `${ORIGIN}/practices/${p.slug}`));
    const published = entries.map((e) => Date.parse(text(e, 'published') as string));
    expect([...published].sort((a, b) => b - a)).toEqual(published);
  });

  it('takes the filters of the list and holds exactly its matches', async () => {
    const path = '?objective=5&region=africa&region=asia&yearFrom=2019';
    const { entries } = await atom(`/v1/practices/feed.atom${path}&limit=100`);
    const list = (await call(app, `/v1/practices${path}&sort=newest&limit=100`)).json as { items: { id: string }[]; total: number };
    expect(list.total).toBeGreaterThan(0);
    expect(list.total).toBeLessThan(100);
    expect(entries.map((e) => text(e, 'id'))).toEqual(list.items.map((p) => `${ORIGIN}/practices/${p.id}`));
    for (const entry of entries) {
      const terms = atomChildren(entry, 'category').map((c) => `${c.getAttribute('scheme')?.split('#')[1]}:${c.getAttribute('term')}`);
      expect(terms).toContain('objectives:5');
      expect(terms.some((t) => t === 'regions:africa' || t === 'regions:asia')).toBe(true);
    }
  });

  it('finds by text like the list, newest first', async () => {
    const { entries } = await atom('/v1/practices/feed.atom?q=Canary');
    expect(entries.map((e) => text(e, 'id'))).toEqual([`${ORIGIN}/practices/prc_canary0001`]);
  });

  it('never holds a draft or a focal point', async () => {
    const { res } = await atom('/v1/practices/feed.atom?limit=100&country=CHE');
    expect(res.text).toContain('Canary practice on safe pathways');
    expect(res.text).not.toContain('Canary draft never public');
    for (const secret of [CANARY.focalEmail, CANARY.focalName, CANARY.focalPhone]) expect(res.text).not.toContain(secret);
  });

  it('carries hostile text as text: well-formed XML, no markup a reader would render, nothing lost but control characters', async () => {
    const { res, entries } = await atom('/v1/practices/feed.atom?limit=1');
    expect(res.text).not.toMatch(NOT_XML_CHAR);
    const [entry] = entries;
    expect(text(entry as Element, 'id')).toBe(`${ORIGIN}/practices/prc_hostile0001`);
    const title = atomChild(entry as Element, 'title') as Element;
    expect(title.getAttribute('type')).toBe('html');
    // What a reader gets after XML parsing is escaped HTML with no tag in it, showing the title as typed.
    expect(title.textContent).not.toMatch(/<[a-z/]/i);
    expect(shownText(title.textContent ?? '')).toBe(HOSTILE_TITLE.replaceAll('\u0001', '').replaceAll('\u0008', ''));
    expect(shownText(text(entry as Element, 'content') ?? '')).toBe('@import url(evil); -2+3 </content></entry>');
    const author = atomChild(atomChild(entry as Element, 'author') as Element, 'name');
    expect(author?.textContent).toBe('Org <img src=x onerror=alert(1)> & "Partners"');
  });

  it('answers a conditional GET with 304 until the data changes, by ETag or by date', async () => {
    const path = '/v1/practices/feed.atom?region=europe&limit=5';
    const first = await call(app, path);
    const etag = first.headers.get('ETag') as string;
    const lastModified = first.headers.get('Last-Modified') as string;
    expect(Date.parse(lastModified)).toBeGreaterThan(0);
    expect((await call(app, path, { headers: { 'If-None-Match': etag } })).status).toBe(304);
    expect((await call(app, path, { headers: { 'If-Modified-Since': lastModified } })).status).toBe(304);
    expect((await call(app, path, { headers: { 'If-Modified-Since': 'Mon, 01 Jan 2001 00:00:00 GMT' } })).status).toBe(200);
    // If-None-Match wins over the date (RFC 9110 §13.2.2).
    expect((await call(app, path, { headers: { 'If-None-Match': '"other"', 'If-Modified-Since': lastModified } })).status).toBe(200);

    await store.practices.insertMany([
      practice({ title: 'A new European practice', regions: ['europe'], publishedAt: '2099-02-01T00:00:00.000Z', updatedAt: '2099-02-01T00:00:00.000Z' }),
    ]);
    const changed = await call(app, path, { headers: { 'If-None-Match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('ETag')).not.toBe(etag);
    expect(Date.parse(changed.headers.get('Last-Modified') as string)).toBeGreaterThan(Date.parse(lastModified));
    const [newest] = atomChildren(parseXml(changed.text).documentElement as unknown as Element, 'entry');
    expect(shownText(text(newest as Element, 'title') ?? '')).toBe('A new European practice');
  });

  it('is open to any origin', async () => {
    const res = await call(app, '/v1/practices/feed.atom?limit=1', { headers: { Origin: 'https://regional-platform.example.net' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it('refuses bad filters with a problem naming each field', async () => {
    const res = await call(app, '/v1/practices/feed.atom?objective=24&country=XXX&limit=101&sort=title');
    expect(res.status).toBe(400);
    const fields = (res.json as { errors: { field: string }[] }).errors.map((e) => e.field).sort();
    expect(fields).toEqual(['limit', 'objective', 'sort']);
    const unknownCountry = await call(app, '/v1/practices/feed.atom?country=XXX');
    expect((unknownCountry.json as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual(['country']);
    const years = await call(app, '/v1/practices/feed.atom?yearFrom=2022&yearTo=2020');
    expect((years.json as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual(['yearTo']);
  });
});
