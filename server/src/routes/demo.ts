// Serves the demo page at / and the example pages at /examples/<name>/, all under a strict CSP.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { Hono } from 'hono';
import type { Context, Next } from 'hono';
import { etag, RETAINED_304_HEADERS } from 'hono/etag';
import { ProblemError } from '../http/problem.js';
import { workspaceDir } from './widgets.js';

export interface DemoOptions {
  /** The demo page's folder (`index.html` at `/`, assets under `/demo/`); defaults to `server/public`. */
  publicDir?: string;
  /** The examples' folder; defaults to `examples`. An example with a `dist/index.html` is served from `dist/`. */
  examplesDir?: string;
}

/**
 * The origin the pages and examples are written for. When a page is served by a hub elsewhere
 * (another port in tests, another host in production) it is rewritten to that hub's origin.
 */
export const PAGE_ORIGIN = 'http://localhost:8787';

/** No inline script or style anywhere, so a partner's strict policy is exercised on every visit. */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Only a plain host (name, IPv4 or bracketed IPv6) and port goes into a page, never arbitrary Host text. */
const SAFE_ORIGIN = /^https?:\/\/(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

function requestOrigin(c: Context): string | undefined {
  const origin = new URL(c.req.url).origin;
  return SAFE_ORIGIN.test(origin) ? origin : undefined;
}

/** Resolves a URL path inside `root`, refusing dotfiles, node_modules and anything outside it. */
function fileInside(root: string, urlPath: string): string | undefined {
  const segments = urlPath.split('/').filter(Boolean);
  if (segments.some((s) => s.startsWith('.') || s === 'node_modules' || s.includes('\\'))) return undefined;
  const file = resolve(root, ...segments);
  return file.startsWith(root + sep) && CONTENT_TYPES[extname(file)] ? file : undefined;
}

/** Sends one file from `root`, or lets the next route answer when there is none. */
async function sendFile(c: Context, next: Next, root: string, urlPath: string) {
  const file = fileInside(root, urlPath.endsWith('/') || urlPath === '' ? `${urlPath}/index.html` : urlPath);
  if (!file || !(await stat(file).then((s) => s.isFile(), () => false))) return next();
  const type = CONTENT_TYPES[extname(file)] as string;
  c.header('Content-Type', type);
  c.header('Cache-Control', 'no-cache');
  if (!type.startsWith('text/html')) return c.body(await readFile(file));

  c.header('Content-Security-Policy', PAGE_CSP);
  c.header('Referrer-Policy', 'no-referrer');
  const origin = requestOrigin(c);
  const html = await readFile(file, 'utf8');
  return c.html(origin ? html.replaceAll(PAGE_ORIGIN, origin) : html);
}

/**
 * The folder an example is served from: its build output when it has a build (a package.json),
 * else its own files. A buildable example that is not built yet is a 503 saying how to build it.
 */
function exampleRoot(examplesDir: string, name: string): string | undefined {
  const dir = join(examplesDir, name);
  if (!existsSync(join(dir, 'package.json'))) return existsSync(join(dir, 'index.html')) ? dir : undefined;
  if (!existsSync(join(dir, 'index.html'))) return undefined;
  if (existsSync(join(dir, 'dist/index.html'))) return join(dir, 'dist');
  throw new ProblemError(503, `This example is served from its build: run \`pnpm --filter ./examples/${name} build\` first.`);
}

/**
 * The demo page and the examples, mounted at the root.
 *
 * @example
 * ```ts
 * app.route('/', demo());
 * // http://localhost:8787/ and http://localhost:8787/examples/partner-page/
 * ```
 */
export function demo(options: DemoOptions = {}) {
  const root = workspaceDir();
  const publicDir = resolve(options.publicDir ?? join(root, 'server/public'));
  const examplesDir = resolve(options.examplesDir ?? join(root, 'examples'));
  const app = new Hono();

  // Scoped to these paths: mounted at the root, a '*' middleware would wrap the whole API too.
  // A 304 keeps the page's own policy: without it the app's strict API policy would fill the gap
  // and the browser, applying it to the cached page, would block the page's scripts on reload.
  const retainedHeaders = [...RETAINED_304_HEADERS, 'content-security-policy', 'referrer-policy'];
  for (const path of ['/', '/demo/*', '/examples/*']) app.use(path, etag({ retainedHeaders }));

  app.get('/', (c, next) => sendFile(c, next, publicDir, '/'));
  app.get('/demo/*', (c, next) => sendFile(c, next, publicDir, c.req.path));

  app.get('/examples/:name{[a-z0-9-]+}', (c) => c.redirect(`/examples/${c.req.param('name')}/`, 308));
  app.get('/examples/:name{[a-z0-9-]+}/*', async (c, next) => {
    const name = c.req.param('name');
    const exampleDir = exampleRoot(examplesDir, name);
    if (!exampleDir) return next();
    return sendFile(c, next, exampleDir, c.req.path.slice(`/examples/${name}`.length));
  });

  return app;
}
