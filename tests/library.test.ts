// The tools and library on the demo page: the real hub's resources in <mnh-resource-list>, filtered by a visitor.
import type { Browser, Locator } from 'playwright-core';
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

interface ResourcePage {
  items: { title: string; url: string; type: string }[];
  total: number;
}

async function api(query: string): Promise<ResourcePage> {
  const response = await fetch(`${hubUrl}/v1/resources?${query}`);
  if (!response.ok) throw new Error(`GET /v1/resources?${query} answered ${response.status}`);
  return (await response.json()) as ResourcePage;
}

/** The titles the list shows, without the hidden "(opens in a new tab)" of each link. */
async function titles(library: Locator): Promise<string[]> {
  const links = library.locator('[part~="item-title"]');
  await links.first().waitFor({ state: 'visible' });
  return (await links.allTextContents()).map((title) => title.replace(/\(opens in a new tab\)\s*$/, '').trim());
}

describe('the tools and library on the demo page', () => {
  it('lists the hub’s newest resources, each a link that opens in a new tab', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${hubUrl}/`);
    const library = page.locator('mnh-resource-list');
    const newest = await api('limit=4');
    expect(await titles(library)).toEqual(newest.items.map((r) => r.title));
    const link = library.locator('a[part~="item-title"]').first();
    expect(await link.getAttribute('href')).toBe(newest.items[0]?.url);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener');
    await expect.poll(async () => (await library.locator('[part~="count"]').textContent())?.trim()).toBe(`${newest.total} resources`);
    expect(problems).toEqual([]);
  });

  it('narrows to one type of resource and a search chosen by the visitor', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${hubUrl}/`);
    const library = page.locator('mnh-resource-list');
    await titles(library);
    await library.getByLabel('Type of resource').selectOption('dataset');
    const datasets = await api('type=dataset&limit=4');
    await expect.poll(() => titles(library)).toEqual(datasets.items.map((r) => r.title));

    await library.getByLabel('Search the library').fill('dataset');
    await library.getByLabel('Search the library').press('Enter');
    const both = await api('type=dataset&q=dataset&limit=4');
    await expect.poll(async () => (await library.locator('[part~="count"]').textContent())?.trim()).toBe(`${both.total} resources`);
    expect(problems).toEqual([]);
  });

  it('follows the page into Arabic, right to left, with the hub’s Arabic type labels', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${hubUrl}/?lang=ar`);
    const library = page.locator('mnh-resource-list');
    await expect.poll(() => library.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    const taxonomy = (await (await fetch(`${hubUrl}/v1/taxonomy?lang=ar`)).json()) as { resourceTypes: { label: string }[] };
    await expect.poll(() => library.locator('select').first().locator('option').nth(1).textContent()).toBe(taxonomy.resourceTypes[0]?.label);
    expect(problems).toEqual([]);
  });
});
