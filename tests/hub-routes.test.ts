// The widgets and demo routes in-process: cases a browser cannot easily reach (missing build, odd paths and hosts).
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HUB_CORS, hubCors } from '../server/src/http/cors.js';
import { silentLogger } from '../server/src/http/logger.js';
import { problemErrorHandler, problemNotFound } from '../server/src/http/problem.js';
import { demo, PAGE_ORIGIN } from '../server/src/routes/demo.js';
import { widgets } from '../server/src/routes/widgets.js';

/** The routes as the hub mounts them, with its problem+json error handling. */
function hubWith(...routes: Hono[]): Hono {
  const app = new Hono();
  app.use(hubCors({ ...HUB_CORS, allowOrigin: () => false }));
  for (const route of routes) app.route('/', route);
  app.notFound(problemNotFound);
  app.onError(problemErrorHandler(silentLogger));
  return app;
}

/** Writes a build as `scripts/build-cdn.mjs` lays it out, with `source` as the bundle. */
async function writeBuild(dir: string, hash: string, source: string, mtime: Date) {
  const file = `widgets.${hash}.js`;
  await writeFile(join(dir, file), source);
  await writeFile(join(dir, `${file}.br`), brotliCompressSync(source));
  await writeFile(join(dir, `${file}.gz`), gzipSync(source));
  const manifest = { name: '@mnh/widgets', version: '9.9.9', file, integrity: `sha384-${hash}`, bytes: source.length };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await utimes(join(dir, 'manifest.json'), mtime, mtime);
}

describe('widgets()', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mnh-widgets-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('answers 503 problem+json naming the fix while the bundle is not built', async () => {
    const response = await hubWith(widgets({ bundleDir: dir })).request('/widgets.js');
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await response.json()) as { detail: string };
    expect(problem.detail).toContain('pnpm --filter @mnh/widgets build');
  });

  it('picks brotli when offered at equal weight, gzip when brotli is refused, plain otherwise', async () => {
    await writeBuild(dir, 'aaaaaaaaaaaaaaaa', 'export const x = 1;'.repeat(50), new Date(1_000_000));
    const app = hubWith(widgets({ bundleDir: dir }));
    const encodingFor = async (accept?: string) =>
      (await app.request('/widgets.js', { headers: accept ? { 'Accept-Encoding': accept } : {} })).headers.get('content-encoding');
    expect(await encodingFor('gzip, deflate, br, zstd')).toBe('br');
    expect(await encodingFor('br;q=0, gzip')).toBe('gzip');
    expect(await encodingFor('gzip;q=0.5, br;q=0.2')).toBe('gzip');
    expect(await encodingFor('*')).toBe('br');
    expect(await encodingFor('identity')).toBeNull();
    expect(await encodingFor()).toBeNull();
  });

  it('keeps CORS on a 304, so a cross-origin revalidation still passes', async () => {
    await writeBuild(dir, 'bbbbbbbbbbbbbbbb', 'export {};', new Date(1_000_000));
    const app = hubWith(widgets({ bundleDir: dir }));
    const response = await app.request('/widgets.js', {
      headers: { 'If-None-Match': '"bbbbbbbbbbbbbbbb"', Origin: 'https://partner.example' },
    });
    expect(response.status).toBe(304);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
  });

  it('serves a new build without a restart, and retires the old hashed URL', async () => {
    await writeBuild(dir, 'cccccccccccccccc', 'export const v = 1;', new Date(1_000_000));
    const app = hubWith(widgets({ bundleDir: dir }));
    expect(await (await app.request('/widgets.js')).text()).toBe('export const v = 1;');

    await writeBuild(dir, 'dddddddddddddddd', 'export const v = 2;', new Date(2_000_000));
    expect(await (await app.request('/widgets.js')).text()).toBe('export const v = 2;');
    const manifest = (await (await app.request('/widgets/manifest.json')).json()) as { path: string; version: string };
    expect(manifest).toMatchObject({ path: '/widgets/widgets.dddddddddddddddd.js', version: '9.9.9' });
    expect((await app.request('/widgets/widgets.cccccccccccccccc.js')).status).toBe(404);
    expect((await app.request('/widgets/widgets.dddddddddddddddd.js')).status).toBe(200);
  });

  it('leaves other paths to the rest of the hub', async () => {
    const app = hubWith(widgets({ bundleDir: dir }));
    const response = await app.request('/v1/practices');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });
});

describe('demo()', () => {
  const app = hubWith(demo());

  it('points the page at the hub that serves it, under a policy with no unsafe-inline', async () => {
    const response = await app.request('http://hub.example.org:9000/');
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await response.text();
    expect(html).toContain('src="http://hub.example.org:9000/widgets.js"');
    expect(html).not.toContain(PAGE_ORIGIN);
  });

  it('keeps the page policy on a 304, so a reloaded page is not put under the API policy', async () => {
    const first = await app.request('/');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    const again = await app.request('/', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('content-security-policy')).toBe(first.headers.get('content-security-policy'));
  });

  it('never writes a Host header it cannot vouch for into a page', async () => {
    const html = await (await app.request('http://a"onmouseover="alert(1)/')).text();
    expect(html).not.toContain('onmouseover');
    expect(html).toContain(`src="${PAGE_ORIGIN}/widgets.js"`);
  });

  it('serves each example at /examples/<name>/, with a redirect from the bare name', async () => {
    const bare = await app.request('/examples/partner-page');
    expect(bare.status).toBe(308);
    expect(bare.headers.get('location')).toBe('/examples/partner-page/');
    const page = await app.request('/examples/regional-platform/');
    expect(await page.text()).toContain('<mnh-practice-list region="africa"');
    const css = await app.request('/examples/partner-page/partner.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('serves no file outside the pages, no dotfile and no source', async () => {
    for (const path of [
      '/examples/partner-page/README.md',
      '/examples/partner-page/.gitignore',
      '/examples/partner-page/..%5c..%5ceslint.config.js',
      '/examples/node-sdk/',
      '/demo/../../eslint.config.js',
      '/demo/%2e%2e/%2e%2e/eslint.config.js',
    ]) {
      const response = await app.request(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).toBe('application/problem+json');
    }
  });

  it('serves a buildable example only from its build, and says how to build it', async () => {
    const examples = await mkdtemp(join(tmpdir(), 'mnh-examples-'));
    try {
      await mkdir(join(examples, 'app/src'), { recursive: true });
      await writeFile(join(examples, 'app/package.json'), '{}');
      await writeFile(join(examples, 'app/index.html'), '<script type="module" src="/src/main.tsx"></script>');
      const withApp = hubWith(demo({ examplesDir: examples }));
      const unbuilt = await withApp.request('/examples/app/');
      expect(unbuilt.status).toBe(503);
      expect(await unbuilt.text()).toContain('pnpm --filter ./examples/app build');

      await mkdir(join(examples, 'app/dist/assets'), { recursive: true });
      await writeFile(join(examples, 'app/dist/index.html'), '<script type="module" src="./assets/app.js"></script>');
      await writeFile(join(examples, 'app/dist/assets/app.js'), 'export {};');
      expect(await (await withApp.request('/examples/app/')).text()).toContain('./assets/app.js');
      expect((await withApp.request('/examples/app/assets/app.js')).status).toBe(200);
      expect((await withApp.request('/examples/app/package.json')).status).toBe(404);
      expect((await withApp.request('/examples/app/src/main.js')).status).toBe(404);
    } finally {
      await rm(examples, { recursive: true, force: true });
    }
  });
});
