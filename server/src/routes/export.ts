// Bulk export of published practices and resources as CSV and JSON Lines, streamed a page at a time.
import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { csvHeader, csvRows, type CsvColumn } from '../feeds/csv.js';
import { PRACTICE_DATA, RESOURCE_DATA, type OpenDataKind } from '../feeds/kinds.js';
import { LICENCE_LINK } from '../feeds/licence.js';
import { ExportSlots } from '../feeds/slots.js';
import { pageStream } from '../feeds/stream.js';
import type { HubEnv } from '../http/env.js';
import { ProblemError } from '../http/problem.js';
import { matchesAny, PUBLIC_CACHE_CONTROL } from '../http/public-read.js';
import { validateParams } from '../http/validate.js';
import type { FeedDeps } from './feeds.js';
import { knownCodes } from './known-codes.js';

export interface ExportOptions {
  /** Exports streaming at once in this process; more get a 503. Default 4. */
  maxConcurrent?: number;
  /** Rows read from the store per page: the most one export holds in memory, and the longest it keeps the event loop. Default 200. */
  pageSize?: number;
}

/** Bump when the columns or the encoding change, so that clients' ETags stop matching. */
const FORMAT_REVISION = 1;
const RETRY_AFTER_SECONDS = 10;

interface Format<Item> {
  /** Also the key of the kind's operation. */
  extension: 'csv' | 'jsonl';
  type: string;
  head?: string;
  encode: (items: Item[]) => string;
}

function formats<Item>(columns: CsvColumn<Item>[], published: (item: Item) => Item): Format<Item>[] {
  return [
    {
      extension: 'csv',
      type: 'text/csv; charset=utf-8; header=present',
      head: csvHeader(columns),
      encode: (items) => csvRows(columns, items),
    },
    {
      extension: 'jsonl',
      type: 'application/jsonl; charset=utf-8',
      encode: (items) => items.map((item) => `${JSON.stringify(published(item))}\n`).join(''),
    },
  ];
}

/**
 * `GET /practices/export.csv`, `/practices/export.jsonl` and the same under `/resources`, mounted
 * at `/v1` before the practices and resources modules. Not kept in the response cache (an export
 * can be any size); instead the ETag is derived from the data's version and the filters, so a
 * client that has the current file gets a 304 without a row being read.
 */
export function exports(deps: FeedDeps, options: ExportOptions = {}): Hono<HubEnv> {
  const slots = new ExportSlots(options.maxConcurrent ?? 4);
  const pageSize = options.pageSize ?? 200;
  const checkCodes = knownCodes(deps.store);
  const app = new Hono<HubEnv>();

  function serve<Item, Filters>(kind: OpenDataKind<Item, Filters>): void {
    for (const format of formats(kind.columns(deps.hubOrigin), (item) => kind.published(item, deps.hubOrigin))) {
      app.get(`/${kind.collection}/export.${format.extension}`, validateParams(deps.contract, kind.operations[format.extension]), async (c) => {
        const { checks, filters } = kind.select(c.get('query'));
        await checkCodes(checks);
        const tag = exportTag(c.req.url, deps.version());
        const validators = { ETag: `W/${tag}`, 'Cache-Control': PUBLIC_CACHE_CONTROL };
        if (matchesAny(c.req.header('If-None-Match'), tag)) return c.body(null, 304, validators);

        const day = new Date().toISOString().slice(0, 10);
        const headers = {
          ...validators,
          'Content-Type': format.type,
          'Content-Disposition': `attachment; filename="mnh-${kind.collection}-${day}.${format.extension}"`,
          Link: LICENCE_LINK,
        };
        // Hono answers HEAD with the GET route's headers and drops the body: a stream would never be read, nor its slot freed.
        if (c.req.method === 'HEAD') return c.body(null, 200, headers);
        const release = slots.take();
        if (!release) {
          throw new ProblemError(503, `${slots.max} exports are streaming already; retry in ${RETRY_AFTER_SECONDS} seconds.`, {
            headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) },
          });
        }
        const body = pageStream(kind.pages(deps.store, filters, pageSize), format.encode, { head: format.head, done: release });
        return c.body(body, 200, headers);
      });
    }
  }

  serve(PRACTICE_DATA);
  serve(RESOURCE_DATA);
  return app;
}

/** The data's version and the export asked for (filters in any order): the same tag means the same rows. */
function exportTag(requestUrl: string, version: number): string {
  const url = new URL(requestUrl);
  url.searchParams.sort();
  const hash = createHash('sha256').update(`${FORMAT_REVISION} ${version} ${url.pathname}?${url.searchParams.toString()}`);
  return `"${hash.digest('base64url').slice(0, 27)}"`;
}
