// Numbers at a glance: every count agrees with what the lists find, drafts never count, and the answer is cached until the data changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HubStats, Store } from '../../src/store/types.js';
import { call } from '../helpers/contract-check.js';
import type { appOn } from '../helpers/hub.js';
import { resource } from '../resources/support.js';
import { practice } from '../store/support.js';
import { openDataHub } from '../feeds/support.js';

let store: Store;
let app: ReturnType<typeof appOn>;

beforeAll(async () => {
  ({ store, app } = await openDataHub());
});
afterAll(async () => {
  await store.close();
});

async function stats(): Promise<HubStats> {
  const res = await call(app, '/v1/stats');
  expect(res.status).toBe(200);
  return res.json as HubStats;
}

async function total(path: string): Promise<number> {
  return ((await call(app, path)).json as { total: number }).total;
}

const sorted = <T>(values: T[]) => [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe('GET /v1/stats', () => {
  it('counts published practices by objective, region, country and year as the list filters find them', async () => {
    const { practices } = await stats();
    expect(practices.total).toBe(await total('/v1/practices'));
    expect(practices.byObjective.map((o) => o.objective)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    for (const { objective, count } of practices.byObjective) expect(count).toBe(await total(`/v1/practices?objective=${objective}`));
    expect(practices.byRegion.map((r) => r.region)).toEqual(sorted(practices.byRegion.map((r) => r.region)));
    for (const { region, count } of practices.byRegion) expect(count).toBe(await total(`/v1/practices?region=${region}`));
    for (const { country, count } of practices.byCountry.slice(0, 10)) expect(count).toBe(await total(`/v1/practices?country=${country}`));
    expect(practices.byCountry.find((c) => c.country === 'CHE')?.count).toBeGreaterThanOrEqual(1);
    // Each practice started in one year.
    expect(practices.byYear.reduce((sum, y) => sum + y.count, 0)).toBe(practices.total);
    expect(practices.byYear.map((y) => y.year)).toEqual(sorted(practices.byYear.map((y) => y.year)));
  });

  it('counts published resources by type, and experts by region and expertise', async () => {
    const { resources, experts } = await stats();
    expect(resources.total).toBe(await total('/v1/resources'));
    expect(resources.byType.reduce((sum, t) => sum + t.count, 0)).toBe(resources.total);
    for (const { type, count } of resources.byType) expect(count).toBe(await total(`/v1/resources?type=${type}`));

    expect(experts.total).toBe(await total('/v1/experts'));
    for (const { region, count } of experts.byRegion) expect(count).toBe(await total(`/v1/experts?region=${region}`));
    for (const { objective, count } of experts.byObjective) expect(count).toBe(await total(`/v1/experts?expertise=${objective}`));
    expect(experts.byTheme.length).toBeGreaterThan(0);
    for (const { theme, count } of experts.byTheme) expect(count).toBe(await total(`/v1/experts?expertise=${theme}`));
  });

  it('never counts what is not published, and follows a publication at once', async () => {
    const before = await call(app, '/v1/stats');
    const etag = before.headers.get('ETag') as string;
    expect((await call(app, '/v1/stats', { headers: { 'If-None-Match': etag } })).status).toBe(304);

    await store.practices.insertMany([practice({ state: 'draft', objectives: [13], regions: ['oceania'] })]);
    await store.resources.insertMany([resource({ state: 'in-review', type: 'multimedia' })]);
    const unchanged = await stats();
    expect(unchanged).toEqual(before.json);

    await store.practices.insertMany([practice({ objectives: [13], regions: ['oceania'], implementation: { startYear: 1999, endYear: null, status: 'ongoing' } })]);
    const after = await call(app, '/v1/stats', { headers: { 'If-None-Match': etag } });
    expect(after.status).toBe(200);
    const was = before.json as HubStats;
    const now = after.json as HubStats;
    expect(now.practices.total).toBe(was.practices.total + 1);
    const count = (s: HubStats, objective: number) => s.practices.byObjective.find((o) => o.objective === objective)?.count ?? 0;
    expect(count(now, 13)).toBe(count(was, 13) + 1);
    expect(now.practices.byYear[0]).toEqual({ year: 1999, count: 1 });
    expect(now.resources).toEqual(was.resources);
  });

  it('is public, open to any origin, and takes no parameters', async () => {
    const res = await call(app, '/v1/stats', { headers: { Origin: 'https://regional-platform.example.net' } });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Cache-Control')).toContain('public');
    const bad = await call(app, '/v1/stats?region=africa');
    expect(bad.status).toBe(400);
    expect((bad.json as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual(['region']);
  });
});
