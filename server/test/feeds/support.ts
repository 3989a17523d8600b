// Shared by the feed, export and stats tests: a seeded hub on a public origin, hostile records, an Atom reader.
import { DOMParser, onWarningStopParsing, type Document, type Element } from '@xmldom/xmldom';
import type { PracticeRecord, Store } from '../../src/store/types.js';
import { appOn, canaryPractices, seededStore } from '../helpers/hub.js';
import { practice } from '../store/support.js';

export const ORIGIN = 'https://hub.example.org';
export const ATOM = 'http://www.w3.org/2005/Atom';

/** Text a contributor could type that breaks XML, HTML, CDATA, JSON or a spreadsheet if passed on raw. */
export const HOSTILE_TITLE = `<script>alert("x")</script> & ]]> <b>bold</b> 'quoted' \u0001\u0008 =cmd|' /C calc'!A0`;

/** Published, the newest of all (so it leads every feed), with hostile text in every free field. */
export function hostilePractice(overrides: Partial<PracticeRecord> = {}): PracticeRecord {
  return practice({
    id: 'prc_hostile0001',
    slug: 'hostile-practice',
    title: HOSTILE_TITLE,
    summary: '+SUM(1,2) and a "quote", a comma, and a\nnew line',
    description: '@import url(evil); -2+3 </content></entry>',
    organisation: { name: 'Org <img src=x onerror=alert(1)> & "Partners"', kind: 'civil-society' },
    objectives: [5],
    regions: ['africa'],
    countries: ['KEN'],
    publishedAt: '2099-01-01T00:00:00.000Z',
    updatedAt: '2099-01-02T00:00:00.000Z',
    createdAt: '2098-12-01T00:00:00.000Z',
    ...overrides,
  });
}

/** The seeded hub with the canary practices (a private focal point, a draft) and the hostile one, on ORIGIN. */
export async function openDataHub(): Promise<{ store: Store; app: ReturnType<typeof appOn> }> {
  const store = await seededStore();
  await store.practices.insertMany([...canaryPractices(), hostilePractice()]);
  return { store, app: appOn(store, { hubOrigin: ORIGIN }) };
}

/** Parses XML strictly: a warning, an error or a well-formedness fault throws. */
export function parseXml(xml: string): Document {
  return new DOMParser({ onError: onWarningStopParsing }).parseFromString(xml, 'application/xml');
}

/** The Atom children of `parent` named `name`. */
export function atomChildren(parent: Element | Document, name: string): Element[] {
  const out: Element[] = [];
  for (const node of Array.from(parent.childNodes)) {
    const element = node as Element;
    if (node.nodeType === 1 && element.namespaceURI === ATOM && element.localName === name) out.push(element);
  }
  return out;
}

export function atomChild(parent: Element | Document, name: string): Element | undefined {
  return atomChildren(parent, name)[0];
}

/** Characters outside XML 1.0's `Char` production: a conforming reader must reject a document holding one. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
export const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** What an HTML-rendering reader shows for an Atom `type="html"` text: the markup decoded once. */
export function shownText(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
