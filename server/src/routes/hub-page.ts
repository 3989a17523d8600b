// The whole-hub page: <mnh-hub> on the hub's own deep-link paths (/practices/{slug}, /resources/{slug}, …).
import { Hono } from 'hono';
import type { Context } from 'hono';
import type { Store } from '../store/types.js';
import { PAGE_CSP } from './demo.js';

/** Only a plain host and port goes into the page, never arbitrary Host text (as on the demo page). */
const SAFE_ORIGIN = /^https?:\/\/(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;
const UI_LANGUAGES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;

/** The views `<mnh-hub base="/">` routes; the home view is `/hub`, since `/` is the widgets demo. */
export const HUB_PAGE_PATHS = ['/hub', '/practices', '/resources', '/experts', '/discussions', '/support', '/submit', '/review'];

/** `?lang=`, else the first UN language the browser asks for, else English. */
function pageLanguage(c: Context): string {
  const asked = [c.req.query('lang') ?? '', ...(c.req.header('Accept-Language') ?? '').split(',')];
  for (const tag of asked) {
    const base = tag.trim().toLowerCase().split(/[-_;]/)[0];
    const found = UI_LANGUAGES.find((lang) => lang === base);
    if (found) return found;
  }
  return 'en';
}

function page(origin: string, lang: string): string {
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  return `<!doctype html>
<html lang="${lang}" dir="${dir}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Migration Network Hub</title>
    <link rel="icon" href="/demo/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="/demo/hub.css" />
    <script type="module" src="/widgets.js"></script>
  </head>
  <body>
    <main>
      <mnh-hub api="${origin}" base="/" home="/hub"></mnh-hub>
    </main>
  </body>
</html>
`;
}

/**
 * Serves the whole-hub page on every path `<mnh-hub base="/">` routes, so a shared or reloaded
 * deep link (and every feed entry's link, see feeds/links.ts) opens the right view. The page is
 * answered with 404 when the practice or resource it names is not published: the view says so too.
 *
 * @example
 * ```ts
 * app.route('/', hubPage({ store }));
 * // http://localhost:8787/practices/community-sponsorship-for-refugees
 * ```
 */
export function hubPage({ store }: { store: Store }) {
  const app = new Hono();
  const send = (c: Context, status: 200 | 404) => {
    const origin = new URL(c.req.url).origin;
    c.header('Content-Security-Policy', PAGE_CSP);
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cache-Control', 'no-cache');
    c.header('Content-Language', pageLanguage(c));
    c.header('Vary', 'Accept-Language');
    return c.html(page(SAFE_ORIGIN.test(origin) ? origin : '', pageLanguage(c)), status);
  };

  for (const path of HUB_PAGE_PATHS) app.get(path, (c) => send(c, 200));
  app.get('/practices/:practice', async (c) => send(c, (await store.practices.get(c.req.param('practice'))) ? 200 : 404));
  app.get('/resources/:resource', async (c) => send(c, (await store.resources.get(c.req.param('resource'))) ? 200 : 404));
  app.get('/discussions/:discussion', (c) => send(c, 200));
  return app;
}
