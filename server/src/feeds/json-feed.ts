// Writes a feed document as JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/).
import type { components } from '@mnh/contract';
import type { FeedDocument, FeedEntry } from './document.js';

type JsonFeed = components['schemas']['JsonFeed'];
type JsonFeedItem = components['schemas']['JsonFeedItem'];

/**
 * Written here rather than with `feed`, whose `json1()` writes JSON Feed 1.0 (a single `author`,
 * no `language`). JSON needs no escaping beyond JSON.stringify's, and every text goes in a
 * `_text` or plain field, never `content_html`, so no reader takes contributed text for markup.
 */
export function renderJsonFeed(doc: FeedDocument): string {
  const feed: JsonFeed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: doc.title,
    description: `${doc.subtitle}. ${doc.rights}`,
    home_page_url: doc.homeUrl,
    feed_url: doc.selfUrl,
    authors: [{ name: 'Migration Network Hub', url: doc.homeUrl }],
    items: doc.entries.map(toItem),
  };
  return JSON.stringify(feed);
}

function toItem(entry: FeedEntry): JsonFeedItem {
  return {
    id: entry.id,
    url: entry.url,
    ...(entry.externalUrl === undefined ? {} : { external_url: entry.externalUrl }),
    title: entry.title,
    summary: entry.summary,
    content_text: entry.content,
    date_published: entry.published.toISOString(),
    date_modified: entry.updated.toISOString(),
    authors: entry.authors.map((name) => ({ name })),
    tags: entry.categories.map((c) => c.label),
    language: entry.language,
    _mnh: entry.facets,
  };
}
