// The whole hub on its own page: a feed entry's link opens in Chromium on that practice, and the hub goes on from there.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, watchedPage } from './src/browser.js';

const hubUrl = inject('hubUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

interface JsonFeed {
  items: { url: string; title: string }[];
}

describe('the whole-hub page', () => {
  it('opens a practice from a feed link, under the page’s strict policy, and goes on to the list and back', async () => {
    const feed = (await (await fetch(`${hubUrl}/v1/practices/feed.json?region=africa`)).json()) as JsonFeed;
    const entry = feed.items[0];
    expect(entry?.url.startsWith(`${hubUrl}/practices/`)).toBe(true);

    const { page, problems } = await watchedPage(browser);
    await page.goto(entry!.url);
    const hub = page.locator('mnh-hub');
    const heading = hub.locator('[part~="heading"]');
    await expect.poll(() => heading.textContent()).toBe(entry!.title);
    await expect.poll(() => page.title()).toBe(`${entry!.title} – Migration Network Hub`);
    // The practice itself, from <mnh-practice-detail>: its summary and facts.
    await hub.locator('mnh-practice-detail [part~="facts"]').waitFor({ state: 'visible' });

    await hub.getByRole('link', { name: 'All practices' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/practices');
    await expect.poll(() => heading.textContent()).toBe('Practices');
    await expect.poll(() => page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('part'))).toBe('heading');

    await page.goBack();
    await expect.poll(() => heading.textContent()).toBe(entry!.title);
    await page.reload();
    await expect.poll(() => heading.textContent()).toBe(entry!.title);
    expect(problems).toEqual([]);
  });

  it('opens the practices of an entry point from the home view, at an address that survives a reload', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${hubUrl}/hub`);
    const hub = page.locator('mnh-hub');
    await hub.locator('[part~="entry-point"]').first().waitFor();
    await hub.locator('mnh-hub-stats [part~="chart"]').first().waitFor();
    const taxonomy = (await (await fetch(`${hubUrl}/v1/taxonomy?lang=en`)).json()) as { regions: { key: string; label: string }[] };
    const africa = taxonomy.regions.find((r) => r.key === 'africa')!;
    await hub.getByRole('link', { name: africa.label, exact: true }).click();
    await expect.poll(() => page.url()).toBe(`${hubUrl}/practices?region=africa`);
    await page.reload();
    const list = hub.locator('mnh-practice-list');
    await list.locator('[part~="item"]').first().waitFor();
    const expected = (await (await fetch(`${hubUrl}/v1/practices?region=africa&limit=1`)).json()) as { total: number };
    await expect.poll(async () => (await list.locator('[part~="count"]').textContent())?.trim()).toBe(`${expected.total} practices`);
    expect(problems).toEqual([]);
  });
});
