// The React 19 example: props set from React state drive the list, and a React handler takes mnh-select.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, watchedPage } from './src/browser.js';
import { apiTitles, shownTitles } from './src/practice-lists.js';

const hubUrl = inject('hubUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the React example, as the hub serves its build', () => {
  it('shows what the API returns for the filters React passes as properties', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${hubUrl}/examples/react/`);
    const list = page.locator('mnh-practice-list');
    expect(await shownTitles(list)).toEqual(await apiTitles(hubUrl, new URLSearchParams('region=africa&limit=8')));

    await page.getByLabel('Region', { exact: true }).selectOption('asia');
    await page.getByLabel('GCM objective', { exact: true }).selectOption('6');
    const expected = await apiTitles(hubUrl, new URLSearchParams('region=asia&objective=6&limit=8'));
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => shownTitles(list)).toEqual(expected);
    expect(problems).toEqual([]);
  });

  it('shows a chosen practice beside the list, the page having cancelled the built-in dialog', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${hubUrl}/examples/react/`);
    const first = page.locator('mnh-practice-list [part~="item-title"]').first();
    const title = (await first.textContent())?.trim();
    await first.click();

    const chosen = page.getByRole('complementary', { name: 'Chosen practice' });
    await expect.poll(async () => (await chosen.locator('[part~="title"]').textContent())?.trim()).toBe(title);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
