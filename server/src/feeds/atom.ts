// Writes a feed document as Atom (RFC 4287) with the `feed` library.
import { Feed } from 'feed';
import type { FeedDocument } from './document.js';
import { htmlText, xmlText } from './text.js';

/**
 * `feed` escapes element text and attribute quotes, and splits CDATA sections safely; two gaps are
 * closed here: characters XML cannot carry are dropped (`xmlText`), and `<` is kept out of
 * category labels, attributes it writes with `<` unescaped. Titles, summaries and content are
 * written `type="html"`, so they are given as escaped HTML (`htmlText`) and read back as text.
 */
export function renderAtom(doc: FeedDocument): string {
  const feed = new Feed({
    id: doc.id,
    title: xmlText(doc.title),
    description: xmlText(doc.subtitle),
    updated: doc.updated,
    generator: 'Migration Network Hub',
    link: doc.homeUrl,
    feedLinks: { atom: doc.selfUrl },
    author: { name: 'Migration Network Hub', link: doc.homeUrl },
    copyright: xmlText(doc.rights),
  });
  for (const entry of doc.entries) {
    feed.addItem({
      id: entry.id,
      link: entry.url,
      title: htmlText(entry.title),
      description: htmlText(entry.summary),
      content: htmlText(entry.content),
      date: entry.updated,
      published: entry.published,
      author: entry.authors.map((name) => ({ name: xmlText(name) })),
      category: entry.categories.map((c) => ({ term: c.term, scheme: c.scheme, name: xmlText(c.label).replaceAll('<', '‹') })),
    });
  }
  return feed.atom1();
}
