// A partner's plain HTML page, on its own origin under its own strict CSP, shows the hub's practices.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, watchedPage } from './src/browser.js';
import { workspaceDir } from './src/hub.js';
import { EXAMPLE_HUB, startPartnerSite } from './src/partner-site.js';
import type { PartnerSite } from './src/partner-site.js';
import { apiTitles, queryOf, shownTitles } from './src/practice-lists.js';

const hubUrl = inject('hubUrl');
const exampleDir = join(workspaceDir, 'examples/partner-page');
let browser: Browser;
let site: PartnerSite;

beforeAll(async () => {
  [browser, site] = await Promise.all([launchBrowser(), startPartnerSite(exampleDir, hubUrl)]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), site?.close()]);
});

describe('the partner page example', () => {
  it('shows exactly the practices the API returns for its filters, from another origin', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${site.url}/`);
    const list = page.locator('mnh-practice-list');

    const query = await queryOf(list);
    expect(query.toString()).toBe('objective=5&limit=6');
    const expected = await apiTitles(hubUrl, query);
    expect(expected.length).toBeGreaterThan(0);
    expect(await shownTitles(list)).toEqual(expected);
    expect(problems).toEqual([]);
  });

  it('opens a practice in a dialog showing its full text', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${site.url}/`);
    const first = page.locator('mnh-practice-list [part~="item-title"]').first();
    const title = (await first.textContent())?.trim();
    await first.click();

    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await expect.poll(async () => (await dialog.locator('[part~="title"]').textContent())?.trim()).toBe(title);
    expect(problems).toEqual([]);
  });

  it('is also served by the hub itself, pointed at that hub', async () => {
    const { page, problems } = await watchedPage(browser);
    const response = await page.goto(`${hubUrl}/examples/partner-page/`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    const list = page.locator('mnh-practice-list');
    expect(await shownTitles(list)).toEqual(await apiTitles(hubUrl, await queryOf(list)));
    expect(problems).toEqual([]);
  });

  it('carries the policy the embedding guide tells partners to use', async () => {
    const html = await readFile(join(exampleDir, 'index.html'), 'utf8');
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(policy).toBeDefined();
    expect(policy).not.toContain('unsafe-inline');
    const guide = await readFile(join(workspaceDir, 'docs/embedding.md'), 'utf8');
    expect(guide).toContain(policy?.replaceAll(EXAMPLE_HUB, 'https://hub.example.org'));
  });
});
