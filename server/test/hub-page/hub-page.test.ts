// The whole-hub page: a feed entry's link, reloaded or shared, opens <mnh-hub> on that practice under the strict page policy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_CSP } from '../../src/routes/demo.js';
import type { Store } from '../../src/store/types.js';
import { appOn, seededStore } from '../helpers/hub.js';

const ORIGIN = 'https://hub.example.org';
let store: Store;
let app: ReturnType<typeof appOn>;

beforeAll(async () => {
  store = await seededStore();
  app = appOn(store, { hubOrigin: ORIGIN });
});
afterAll(async () => {
  await store.close();
});

/** The page at a path of the hub's public origin, as the browser asks for it there. */
const open = (path: string, headers: Record<string, string> = {}) => app.request(`${ORIGIN}${path}`, { headers });

describe('the whole-hub page', () => {
  it('answers a practice feed entry’s link with <mnh-hub> routing from the root, under the demo pages’ strict policy', async () => {
    const feed = (await (await app.request('/v1/practices/feed.json')).json()) as { items: { url: string; title: string }[] };
    const link = feed.items[0]?.url ?? '';
    expect(link.startsWith(`${ORIGIN}/practices/`)).toBe(true);
    const res = await app.request(link);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html; charset=utf-8$/i);
    expect(res.headers.get('Content-Security-Policy')).toBe(PAGE_CSP);
    const html = await res.text();
    expect(html).toContain(`<mnh-hub api="${ORIGIN}" base="/" home="/hub"></mnh-hub>`);
    expect(html).toContain('<script type="module" src="/widgets.js"></script>');
    // Nothing inline: the policy allows no inline script or style.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|<style|style=/);
  });

  it('serves a resource feed entry’s link the same way', async () => {
    const feed = (await (await app.request('/v1/resources/feed.json')).json()) as { items: { url: string }[] };
    const link = feed.items[0]?.url ?? '';
    expect(link.startsWith(`${ORIGIN}/resources/`)).toBe(true);
    const res = await app.request(link);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<mnh-hub ');
  });

  it('serves every view’s path, with its query, so a shared filtered link works', async () => {
    for (const path of ['/hub', '/practices?objective=5', '/resources', '/experts', '/discussions', '/support', '/submit', '/review']) {
      const res = await open(path);
      expect(res.status, path).toBe(200);
      expect(await res.text(), path).toContain('<mnh-hub ');
    }
  });

  it('is a 404 (still the page, which says so) for a practice or resource that is not published', async () => {
    for (const path of ['/practices/no-such-practice', '/resources/no-such-resource']) {
      const res = await open(path);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).toContain('<mnh-hub ');
    }
  });

  it('speaks the language asked for, Arabic right to left', async () => {
    const byQuery = await (await open('/practices?lang=ar')).text();
    expect(byQuery).toContain('<html lang="ar" dir="rtl">');
    const byHeader = await (await open('/experts', { 'Accept-Language': 'de-CH, fr;q=0.8' })).text();
    expect(byHeader).toContain('<html lang="fr" dir="ltr">');
  });

  it('leaves the API and the demo page where they were', async () => {
    expect((await app.request('/v1/practices?limit=1')).headers.get('Content-Type')).toContain('application/json');
    expect(await (await app.request('/')).text()).not.toContain('<mnh-hub ');
  });
});
