// A regional platform's page: every filtered feed shows exactly what the API returns for its filters.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, watchedPage } from './src/browser.js';
import { workspaceDir } from './src/hub.js';
import { startPartnerSite } from './src/partner-site.js';
import type { PartnerSite } from './src/partner-site.js';
import { apiTitles, queryOf, shownTitles } from './src/practice-lists.js';

const hubUrl = inject('hubUrl');
let browser: Browser;
let site: PartnerSite;

beforeAll(async () => {
  [browser, site] = await Promise.all([
    launchBrowser(),
    startPartnerSite(join(workspaceDir, 'examples/regional-platform'), hubUrl),
  ]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), site?.close()]);
});

describe('the regional platform example', () => {
  it('shows, in every feed, the practices the API returns for that feed', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${site.url}/`);
    const feeds = page.locator('mnh-practice-list');
    expect(await feeds.count()).toBe(4);

    for (const feed of await feeds.all()) {
      const query = await queryOf(feed);
      expect(query.get('region')).toBe('africa');
      const expected = await apiTitles(hubUrl, query);
      expect(expected.length, `no seeded practice matches ${query}`).toBeGreaterThan(0);
      expect(await shownTitles(feed), `feed ${query}`).toEqual(expected);
    }
    expect(problems).toEqual([]);
  });

  it('speaks the provider’s language whatever the browser’s', async () => {
    const { page, problems } = await watchedPage(browser, { locale: 'ru-RU' });
    await page.goto(`${site.url}/`);
    const count = page.locator('mnh-practice-list').first().locator('[part~="count"]');
    // The count line is the widget's own French ("5 pratiques"), not Russian or English.
    await expect.poll(async () => (await count.textContent())?.trim() ?? '').toMatch(/\d+\s+pratiques?/);
    expect(problems).toEqual([]);
  });
});
