// The demo page at / shows every widget against the seeded data, and its language switcher works.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, watchedPage } from './src/browser.js';
import { apiTitles, queryOf, shownTitles } from './src/practice-lists.js';

const hubUrl = inject('hubUrl');
const ARABIC = /[\u0600-\u06ff]/;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the demo page', () => {
  it('shows every widget with the seeded data, under a CSP without unsafe-inline', async () => {
    const { page, problems } = await watchedPage(browser);
    const response = await page.goto(`${hubUrl}/`);
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');

    for (const list of await page.locator('mnh-practice-list').all()) {
      expect(await shownTitles(list)).toEqual(await apiTitles(hubUrl, await queryOf(list)));
    }
    const newest = await apiTitles(hubUrl, new URLSearchParams('limit=1&sort=newest'));
    const detailTitle = page.locator('mnh-practice-detail#newest-practice [part~="title"]');
    await expect.poll(async () => (await detailTitle.textContent())?.trim()).toBe(newest[0]);
    const finder = page.locator('mnh-expert-finder');
    await expect.poll(() => finder.getByRole('button').or(finder.getByRole('link')).count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('switches the page and every widget to Arabic, right to left', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${hubUrl}/`);
    const list = page.locator('mnh-practice-list').first();
    await shownTitles(list);

    await page.getByLabel('Language', { exact: true }).selectOption('ar');

    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    expect(await page.locator('h1').textContent()).toMatch(ARABIC);
    for (const widget of await page.locator('mnh-practice-list, mnh-expert-finder, mnh-practice-detail').all()) {
      await expect.poll(() => widget.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    }
    // The widgets' own words follow: the practice count is now in Arabic.
    await expect.poll(async () => (await list.locator('[part~="count"]').textContent()) ?? '').toMatch(ARABIC);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('ar');
    expect(problems).toEqual([]);
  });

  it('opens in the language the address names', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${hubUrl}/?lang=fr`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    const count = page.locator('mnh-practice-list').first().locator('[part~="count"]');
    await expect.poll(async () => (await count.textContent())?.trim() ?? '').toMatch(/pratiques?$/);
    expect(problems).toEqual([]);
  });
});
