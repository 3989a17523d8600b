// Serves the widgets' script-tag bundle: /widgets.js, its immutable hashed copy and its SRI manifest.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import type { Context } from 'hono';
import { accepts } from 'hono/accepts';
import { etag, RETAINED_304_HEADERS } from 'hono/etag';
import { ProblemError } from '../http/problem.js';

/** What `scripts/build-cdn.mjs` writes beside the bundle. */
interface BundleManifest {
  name: string;
  version: string;
  file: string;
  integrity: string;
  bytes: number;
}

type Encoding = 'br' | 'gzip' | 'identity';

interface Bundle {
  manifest: BundleManifest;
  mtimeMs: number;
  bodies: Record<Encoding, Uint8Array>;
}

export interface WidgetsOptions {
  /** The folder `build-cdn.mjs` writes to; defaults to `packages/widgets/dist/cdn` in this workspace. */
  bundleDir?: string;
}

/** The workspace root, found by walking up from this module (it runs from `src/` in tests, `dist/` when built). */
export function workspaceDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('The hub must run inside its pnpm workspace to serve the widgets and demo pages');
    dir = parent;
  }
  return dir;
}

/** Reads the bundle once per build: the manifest's mtime says when the files on disk changed. */
function bundleLoader(bundleDir: string) {
  let cached: Bundle | undefined;
  return async (): Promise<Bundle> => {
    const manifestPath = join(bundleDir, 'manifest.json');
    const mtimeMs = await stat(manifestPath).then(
      (s) => s.mtimeMs,
      () => undefined,
    );
    if (mtimeMs === undefined) {
      throw new ProblemError(
        503,
        'The widgets bundle has not been built: run `pnpm --filter @mnh/widgets build` (`pnpm start` does).',
      );
    }
    if (cached?.mtimeMs !== mtimeMs) {
      const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as BundleManifest;
      const file = join(bundleDir, manifest.file);
      const [identity, br, gzip] = await Promise.all([readFile(file), readFile(`${file}.br`), readFile(`${file}.gz`)]);
      cached = { manifest, mtimeMs, bodies: { identity, br, gzip } };
    }
    return cached;
  };
}

/** Browsers list `gzip, deflate, br` at equal weight; then the smaller copy wins, not the first named. */
function preferSmallest(offered: readonly { type: string; q: number }[]): Encoding {
  const weight = (encoding: string) =>
    offered.find((a) => a.type === encoding)?.q ?? offered.find((a) => a.type === '*')?.q ?? 0;
  const [br, gzip] = [weight('br'), weight('gzip')];
  if (br > 0 && br >= gzip) return 'br';
  return gzip > 0 ? 'gzip' : 'identity';
}

/** Answers with the bundle in the best encoding the client takes; the ETag names the bytes sent. */
function sendBundle(c: Context, bundle: Bundle, cacheControl: string) {
  const encoding = accepts(c, {
    header: 'Accept-Encoding',
    supports: ['br', 'gzip', 'identity'],
    default: 'identity',
    match: preferSmallest,
  }) as Encoding;
  const hash = bundle.manifest.file.split('.')[1];
  c.header('Content-Type', 'text/javascript; charset=utf-8');
  c.header('Cache-Control', cacheControl);
  c.header('Vary', 'Accept-Encoding');
  c.header('ETag', encoding === 'identity' ? `"${hash}"` : `"${hash}-${encoding}"`);
  // A module script from another origin is a CORS request; a page with COEP also needs CORP.
  c.header('Cross-Origin-Resource-Policy', 'cross-origin');
  if (encoding !== 'identity') c.header('Content-Encoding', encoding);
  return c.body(bundle.bodies[encoding] as Uint8Array<ArrayBuffer>);
}

/**
 * The widgets' bundle for partner pages, mounted at the root.
 *
 * @example
 * ```ts
 * app.route('/', widgets());
 * // <script type="module" src="https://HUB/widgets.js"></script>
 * ```
 */
export function widgets(options: WidgetsOptions = {}) {
  const load = bundleLoader(options.bundleDir ?? join(workspaceDir(), 'packages/widgets/dist/cdn'));
  const app = new Hono();

  // Scoped to these paths: mounted at the root, a '*' middleware would wrap the whole API too.
  // CORS comes from the app's global public-read policy.
  for (const path of ['/widgets.js', '/widgets/*']) {
    app.use(path, etag({ retainedHeaders: [...RETAINED_304_HEADERS, 'access-control-allow-origin'] }));
  }

  // The moving URL: cached briefly so partners get updates within minutes.
  app.get('/widgets.js', async (c) => sendBundle(c, await load(), 'public, max-age=300'));

  app.get('/widgets/manifest.json', async (c) => {
    const { manifest } = await load();
    c.header('Cache-Control', 'public, max-age=300');
    return c.json({
      name: manifest.name,
      version: manifest.version,
      path: `/widgets/${manifest.file}`,
      integrity: manifest.integrity,
      bytes: manifest.bytes,
    });
  });

  // The pinned URL: its name is its content hash, so it never changes and may be cached for a year.
  app.get('/widgets/:file{widgets\\.[0-9a-f]{16}\\.js}', async (c) => {
    const bundle = await load();
    if (c.req.param('file') !== bundle.manifest.file) {
      throw new ProblemError(404, 'This build of the widgets is no longer served; see /widgets/manifest.json.');
    }
    return sendBundle(c, bundle, 'public, max-age=31536000, immutable');
  });

  return app;
}
