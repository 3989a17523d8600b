// The script tag's file as the hub serves it: caching, encodings, CORS, and Subresource Integrity.
import { createHash } from 'node:crypto';
import { get } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, watchedPage } from './src/browser.js';
import { workspaceDir } from './src/hub.js';
import { startPartnerSite } from './src/partner-site.js';
import type { PartnerSite } from './src/partner-site.js';

const hubUrl = inject('hubUrl');

interface WidgetsManifest {
  name: string;
  version: string;
  path: string;
  integrity: string;
  bytes: number;
}

async function manifest(): Promise<WidgetsManifest> {
  const response = await fetch(`${hubUrl}/widgets/manifest.json`);
  expect(response.status).toBe(200);
  return (await response.json()) as WidgetsManifest;
}

/** A GET whose body is left as sent (fetch would decompress it). */
function rawGet(url: string, headers: Record<string, string>): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

/** A page pinning the hashed file with `integrity`, as the embedding guide shows. */
function pinnedPage(src: string, integrity: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pinned</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' ${hubUrl}; connect-src 'self' ${hubUrl}; style-src 'self'">
<script type="module" src="${src}" integrity="${integrity}" crossorigin="anonymous"></script></head>
<body><mnh-practice-list api="${hubUrl}" limit="3"></mnh-practice-list></body></html>`;
}

describe('GET /widgets.js', () => {
  it('is one self-contained ES module, briefly cached, open to any origin', async () => {
    const response = await fetch(`${hubUrl}/widgets.js`, { headers: { Origin: 'https://partner.example' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const source = await response.text();
    // No imports left to resolve: Lit and the SDK are inside, and no chunk is loaded later.
    expect(source).not.toMatch(/\bimport\s*\(|\bfrom\s*["']/);
    expect(source).toContain('mnh-practice-list');
  });

  it('answers 304 to a revalidation with its ETag', async () => {
    const first = await fetch(`${hubUrl}/widgets.js`);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[0-9a-f]{16}/);
    const again = await fetch(`${hubUrl}/widgets.js`, { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
  });

  it('sends the prebuilt brotli copy to a client that takes it', async () => {
    const compressed = await rawGet(`${hubUrl}/widgets.js`, { 'Accept-Encoding': 'gzip, br' });
    expect(compressed.headers['content-encoding']).toBe('br');
    expect(compressed.headers.vary).toContain('Accept-Encoding');
    const plain = await rawGet(`${hubUrl}/widgets.js`, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(compressed.body.length).toBeLessThan(plain.body.length / 2);
    expect(brotliDecompressSync(compressed.body).equals(plain.body)).toBe(true);
  });
});

describe('the pinned, hashed URL and its manifest', () => {
  it('serves the same bytes forever-cacheable, and the manifest gives their SRI hash', async () => {
    const { path, integrity, version, bytes } = await manifest();
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    expect(path).toMatch(/^\/widgets\/widgets\.[0-9a-f]{16}\.js$/);
    const response = await fetch(`${hubUrl}${path}`, { headers: { 'Accept-Encoding': 'identity' } });
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.length).toBe(bytes);
    expect(`sha384-${createHash('sha384').update(body).digest('base64')}`).toBe(integrity);
    const latest = Buffer.from(await (await fetch(`${hubUrl}/widgets.js`)).arrayBuffer());
    expect(latest.equals(body)).toBe(true);
  });

  it('answers a hash that is not the current build with a problem document', async () => {
    const response = await fetch(`${hubUrl}/widgets/widgets.0000000000000000.js`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });
});

describe('a partner page pinning the script with Subresource Integrity', () => {
  let browser: Browser;
  let site: PartnerSite;

  beforeAll(async () => {
    const { path, integrity } = await manifest();
    const tampered = `sha384-${createHash('sha384').update('something else').digest('base64')}`;
    [browser, site] = await Promise.all([
      launchBrowser(),
      startPartnerSite(join(workspaceDir, 'examples/partner-page'), hubUrl, {
        '/pinned.html': pinnedPage(`${hubUrl}${path}`, integrity),
        '/tampered.html': pinnedPage(`${hubUrl}${path}`, tampered),
      }),
    ]);
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), site?.close()]);
  });

  it('runs the widgets when the hash matches', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${site.url}/pinned.html`);
    await page.locator('mnh-practice-list [part~="item-title"]').first().waitFor();
    expect(await page.locator('mnh-practice-list [part~="item-title"]').count()).toBe(3);
    expect(problems).toEqual([]);
  });

  it('refuses to run a file whose hash does not match', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${site.url}/tampered.html`);
    await expect.poll(() => problems.join('\n')).toMatch(/integrity/i);
    expect(await page.evaluate(() => customElements.get('mnh-practice-list'))).toBeUndefined();
  });
});
