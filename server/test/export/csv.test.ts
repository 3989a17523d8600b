// The CSV export as a spreadsheet user and a data pipeline see it: RFC 4180, every match, no formulas, the licence stated.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/types.js';
import { call } from '../helpers/contract-check.js';
import { CANARY, type appOn } from '../helpers/hub.js';
import { resource } from '../resources/support.js';
import { HOSTILE_TITLE, openDataHub, ORIGIN } from '../feeds/support.js';

let store: Store;
let app: ReturnType<typeof appOn>;

beforeAll(async () => {
  ({ store, app } = await openDataHub());
  await store.resources.insertMany([resource({ id: 'res_csvformula', title: '=1+1', type: 'guidance', publisher: { name: '@Publisher', kind: 'academia' } })]);
});
afterAll(async () => {
  await store.close();
});

async function csv(path: string) {
  const res = await call(app, path);
  expect(res.status).toBe(200);
  const rows = parse(res.text, { columns: true, bom: false, relax_quotes: false }) as Record<string, string>[];
  return { res, rows };
}

async function total(path: string): Promise<number> {
  return ((await call(app, path)).json as { total: number }).total;
}

describe('GET /v1/practices/export.csv', () => {
  it('is an RFC 4180 file: a header row, CRLF line ends, one row per published practice, newest first', async () => {
    const { res, rows } = await csv('/v1/practices/export.csv');
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8; header=present');
    expect(res.text.startsWith('id,slug,url,title,summary,description,objectives,')).toBe(true);
    expect(res.text.endsWith('\r\n')).toBe(true);
    // Every line break outside a quoted cell is CRLF; the hostile summary's own \n stays inside its quotes.
    expect(res.text.replace(/"(?:[^"]|"")*"/g, '').match(/(?<!\r)\n/)).toBeNull();
    expect(rows).toHaveLength(await total('/v1/practices'));
    const published = rows.map((r) => Date.parse(r.publishedAt as string));
    expect([...published].sort((a, b) => b - a)).toEqual(published);
    expect(rows[0]?.url).toBe(`${ORIGIN}/practices/hostile-practice`);
  });

  it('holds exactly the practices the list finds with the same filters', async () => {
    const filters = 'objective=5&objective=6&region=africa&yearTo=2021';
    const { rows } = await csv(`/v1/practices/export.csv?${filters}`);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(await total(`/v1/practices?${filters}`));
    for (const row of rows) {
      expect((row.objectives as string).split('; ').some((o) => o === '5' || o === '6')).toBe(true);
      expect((row.regions as string).split('; ')).toContain('africa');
      expect(Number(row.startYear)).toBeLessThanOrEqual(2021);
    }
    const { rows: found } = await csv('/v1/practices/export.csv?q=Canary');
    expect(found.map((r) => r.id)).toEqual(['prc_canary0001']);
  });

  it('never holds a draft or a focal point', async () => {
    const { res } = await csv('/v1/practices/export.csv?country=CHE');
    expect(res.text).toContain('prc_canary0001');
    expect(res.text).not.toContain('prc_canarydraft1');
    for (const secret of [CANARY.focalEmail, CANARY.focalName, CANARY.focalPhone]) expect(res.text).not.toContain(secret);
  });

  it("prefixes cells a spreadsheet would run as a formula with ', and round-trips quotes, commas and line breaks", async () => {
    const { rows } = await csv('/v1/practices/export.csv?q=SUM');
    const hostile = rows.find((r) => r.id === 'prc_hostile0001');
    expect(hostile?.title).toBe(HOSTILE_TITLE); // starts with <, not a formula: kept as typed
    expect(hostile?.summary).toBe(`'+SUM(1,2) and a "quote", a comma, and a\nnew line`);
    expect(hostile?.description).toBe("'@import url(evil); -2+3 </content></entry>");
    expect(hostile?.organisation).toBe('Org <img src=x onerror=alert(1)> & "Partners"');
    const { rows: library } = await csv('/v1/resources/export.csv?type=guidance&q=1');
    const formula = library.find((r) => r.id === 'res_csvformula');
    expect(formula?.title).toBe("'=1+1");
    expect(formula?.publisher).toBe("'@Publisher");
  });

  it('says what it is and under which licence: an attachment with a dated name, and a Link to the licence', async () => {
    const { res } = await csv('/v1/practices/export.csv?region=oceania');
    expect(res.headers.get('Content-Disposition')).toMatch(/^attachment; filename="mnh-practices-\d{4}-\d\d-\d\d\.csv"$/);
    expect(res.headers.get('Link')).toBe('<https://creativecommons.org/licenses/by/4.0/>; rel="license"');
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it('answers If-None-Match with 304 until the data changes', async () => {
    const first = await call(app, '/v1/practices/export.csv?region=europe');
    const etag = first.headers.get('ETag') as string;
    expect(etag).toMatch(/^W\/"/);
    expect((await call(app, '/v1/practices/export.csv?region=europe', { headers: { 'If-None-Match': etag } })).status).toBe(304);
    // The same filters in another order are the same file.
    expect((await call(app, '/v1/practices/export.csv?region=europe', { headers: { 'If-None-Match': etag.slice(2) } })).status).toBe(304);
    expect((await call(app, '/v1/practices/export.csv?region=asia', { headers: { 'If-None-Match': etag } })).status).toBe(200);
    await store.resources.insertMany([resource({ title: 'Any published change' })]);
    expect((await call(app, '/v1/practices/export.csv?region=europe', { headers: { 'If-None-Match': etag } })).status).toBe(200);
  });

  it('refuses bad filters with a problem naming each field', async () => {
    const res = await call(app, '/v1/practices/export.csv?region=mars&limit=5&country=XXX');
    expect(res.status).toBe(400);
    expect((res.json as { errors: { field: string }[] }).errors.map((e) => e.field).sort()).toEqual(['limit', 'region']);
    const unknown = await call(app, '/v1/practices/export.csv?country=XXX');
    expect((unknown.json as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual(['country']);
  });
});

describe('GET /v1/resources/export.csv', () => {
  it('holds every published resource with the library filters, with its own location', async () => {
    const { rows } = await csv('/v1/resources/export.csv?type=guidance');
    expect(rows).toHaveLength(await total('/v1/resources?type=guidance'));
    expect(rows.every((r) => r.type === 'guidance' && /^https?:\/\//.test(r.resourceUrl as string))).toBe(true);
  });
});
