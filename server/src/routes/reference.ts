// The contract as JSON at /openapi.json and a human-readable API reference at /docs, both offline.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { Scalar } from '@scalar/hono-api-reference';
import type { HubEnv } from '../http/env.js';
import { ProblemError } from '../http/problem.js';
import { publicRead } from '../http/public-read.js';
import { validateParams } from '../http/validate.js';
import type { RouteDeps } from './deps.js';

/** Scalar's browser build, shipped inside the installed @scalar/api-reference package. */
const scalarDir = join(dirname(createRequire(import.meta.url).resolve('@scalar/api-reference')), 'browser');
const scalarVersion = (JSON.parse(readFileSync(join(scalarDir, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
/** Versioned, so the files can be cached for good and a new Scalar gets new URLs. */
export const SCALAR_ASSETS = `/docs/assets/${scalarVersion}`;
const ASSET_NAME = /^[\w-]+(?:\.[\w-]+)*\.js$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The reference page's own policy: scripts only from the hub (plus the page's one inline
 * bootstrap, by nonce); Scalar sets inline style attributes, so styles need 'unsafe-inline'.
 */
function docsPolicy(nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function reference({ contract, cache, version }: RouteDeps): Hono<HubEnv> {
  const documentJson = JSON.stringify(contract.document);
  const docs = Scalar((c) => {
    const nonce = randomBytes(16).toString('base64');
    c.header('Content-Security-Policy', docsPolicy(nonce));
    c.header('Cache-Control', 'no-cache');
    return {
      url: '/openapi.json',
      pageTitle: 'Migration Network Hub API',
      bundle: `${SCALAR_ASSETS}/standalone.esm.js`,
      nonce,
      // Nothing leaves the hub: no font CDN, no telemetry, no hosted AI agent or developer tools.
      withDefaultFonts: false,
      telemetry: false,
      agent: { disabled: true },
      mcp: { disabled: true },
      showDeveloperTools: 'never',
    };
  });

  return new Hono<HubEnv>()
    .get('/openapi.json', publicRead({ cache, version }), validateParams(contract, 'getOpenApiDocument'), (c) =>
      c.body(documentJson, 200, { 'Content-Type': 'application/json' }),
    )
    .get('/docs', docs)
    .get(`${SCALAR_ASSETS}/:file{.+\\.js}`, compress(), async (c) => {
      const file = c.req.param('file');
      const [first, second, ...rest] = file.split('/');
      const name = second === undefined ? first : first === 'chunks' && rest.length === 0 ? second : undefined;
      if (!name || !ASSET_NAME.test(name)) throw new ProblemError(404, `No reference asset is called ${file}.`);
      const path = second === undefined ? join(scalarDir, name) : join(scalarDir, 'chunks', name);
      const script = await readFile(path).catch(() => {
        throw new ProblemError(404, `No reference asset is called ${file}.`);
      });
      return c.body(new Uint8Array(script), 200, {
        'Content-Type': 'text/javascript; charset=utf-8',
        'Cache-Control': IMMUTABLE,
      });
    });
}
