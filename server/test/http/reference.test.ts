// /openapi.json and /docs: the contract as served, and an API reference that needs no internet.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { contractPath } from '@mnh/contract';
import type { Store } from '../../src/store/types.js';
import { SCALAR_ASSETS } from '../../src/routes/reference.js';
import { call } from '../helpers/contract-check.js';
import { appOn, seededStore } from '../helpers/hub.js';

let store: Store;
let app: ReturnType<typeof appOn>;

beforeAll(async () => {
  store = await seededStore();
  app = appOn(store);
});
afterAll(async () => {
  await store.close();
});

describe('GET /openapi.json', () => {
  it('serves the contract, as JSON, equal to openapi/hub.yaml', async () => {
    const res = await call(app, '/openapi.json', { headers: { Origin: 'https://partner.example.org' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(res.json).toEqual(parse(readFileSync(contractPath, 'utf8')));
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it('refuses unknown parameters', async () => {
    expect((await call(app, '/openapi.json?format=yaml')).status).toBe(400);
  });
});

describe('GET /docs', () => {
  it('serves the reference page, loading scripts only from the hub under a nonce-based policy', async () => {
    const res = await call(app, '/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    const policy = res.headers.get('Content-Security-Policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(policy).toMatch(/script-src 'self' 'nonce-/);
    expect(policy).toMatch(/connect-src 'self'/);
    expect(policy).not.toMatch(/unsafe-eval|https?:/);
    const scripts = [...res.text.matchAll(/<script([^>]*)>/g)].map((m) => m[1] ?? '');
    expect(scripts.length).toBeGreaterThan(0);
    for (const attributes of scripts) expect(attributes).toContain(`nonce="${nonce}"`);
    expect(res.text).toContain(`${SCALAR_ASSETS}/standalone.esm.js`);
    expect(res.text).toContain('/openapi.json');
    // Nothing on the page points at another origin.
    expect(res.text).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  it('uses a fresh nonce for every page', async () => {
    const a = (await call(app, '/docs')).headers.get('Content-Security-Policy');
    const b = (await call(app, '/docs')).headers.get('Content-Security-Policy');
    expect(a).not.toBe(b);
  });

  it('serves the Scalar script and the chunks it imports from the installed package, cached for good', async () => {
    const main = await call(app, `${SCALAR_ASSETS}/standalone.esm.js`);
    expect(main.status).toBe(200);
    expect(main.headers.get('Content-Type')).toMatch(/^text\/javascript/);
    expect(main.headers.get('Cache-Control')).toMatch(/immutable/);
    const chunks = [...main.text.matchAll(/from\s*"\.\/(chunks\/[^"]+\.js)"/g)].map((m) => m[1]);
    expect(chunks.length).toBeGreaterThan(0);
    for (const chunk of chunks.slice(0, 5)) {
      expect((await call(app, `${SCALAR_ASSETS}/${chunk}`)).status).toBe(200);
    }
  });

  it('compresses the scripts for clients that accept gzip', async () => {
    const res = await app.request(`${SCALAR_ASSETS}/standalone.esm.js`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(res.headers.get('Content-Encoding')).toBe('gzip');
    await res.arrayBuffer();
  });

  it.each([
    '/../package.json',
    '/chunks/../../index.js',
    '/%2e%2e/%2e%2e/package.json',
    '/chunks/..%2f..%2findex.js',
    '/nope.js',
    '/chunks/nope.js',
    '/a/b/c.js',
  ])('serves nothing else from the package (%s)', async (suffix) => {
    const res = await call(app, `${SCALAR_ASSETS}${suffix}`);
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
  });
});
