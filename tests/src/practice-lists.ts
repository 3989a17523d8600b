// Compares what a <mnh-practice-list> shows with what the hub's API returns for the same filters.
import type { Locator } from 'playwright-core';

/** The list attributes that are API filters; comma-separated values become repeated parameters. */
const FILTER_ATTRIBUTES = ['q', 'objective', 'principle', 'theme', 'region', 'country', 'scope', 'language', 'sort', 'limit'];

/** The API query a list's attributes stand for, e.g. `region=africa&objective=19&objective=20&limit=5`. */
export async function queryOf(list: Locator): Promise<URLSearchParams> {
  const attributes = await list.evaluate((element, names) => names.map((name) => [name, element.getAttribute(name)] as const), FILTER_ATTRIBUTES);
  const query = new URLSearchParams();
  for (const [name, value] of attributes) {
    for (const item of value?.split(',') ?? []) if (item.trim()) query.append(name, item.trim());
  }
  return query;
}

/** Titles of the practices the hub returns for `query` (its first page). */
export async function apiTitles(hubUrl: string, query: URLSearchParams): Promise<string[]> {
  const response = await fetch(`${hubUrl}/v1/practices?${query}`);
  if (!response.ok) throw new Error(`GET /v1/practices?${query} answered ${response.status}: ${await response.text()}`);
  const page = (await response.json()) as { items: { title: string }[] };
  return page.items.map((item) => item.title);
}

/** Titles the list shows, once its first page has rendered (Playwright's CSS locators pierce shadow roots). */
export async function shownTitles(list: Locator): Promise<string[]> {
  const titles = list.locator('[part~="item-title"]');
  await titles.first().waitFor({ state: 'visible' });
  return (await titles.allTextContents()).map((title) => title.trim());
}
