// Hostile and malformed requests are refused with 4xx problems, never a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/types.js';
import { call } from '../helpers/contract-check.js';
import { appOn, memoryLogger, seededStore } from '../helpers/hub.js';

let store: Store;
const log = memoryLogger();
let app: ReturnType<typeof appOn>;

beforeAll(async () => {
  store = await seededStore();
  app = appOn(store, { logger: log.logger });
});
afterAll(async () => {
  await store.close();
});

const HOSTILE = [
  '/v1/practices?q=%E0%A4%A',
  '/v1/practices?q=%',
  '/v1/practices?%=1',
  '/v1/practices?q=%00',
  '/v1/practices?q=%22%20OR%201%3D1%20--',
  '/v1/practices?q=NEAR(a%20b)%20AND%20*',
  '/v1/practices?q=%22unbalanced',
  '/v1/practices?q=title%3A*%5E',
  '/v1/practices?q=%F0%9F%98%80%F0%9F%98%80',
  `/v1/practices?q=${'%C3%A9'.repeat(200)}`,
  '/v1/practices?objective=1e400',
  '/v1/practices?objective=99999999999999999999',
  '/v1/practices?limit=9007199254740993',
  '/v1/practices?cursor=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  `/v1/practices?cursor=${'A'.repeat(513)}`,
  `/v1/practices?${Array.from({ length: 60 }, () => 'country=CHE').join('&')}`,
  '/v1/practices?objective[]=5',
  '/v1/practices?constructor=1&__proto__=1',
  '/v1/practices/%E0%A4%A',
  '/v1/practices/..%2F..%2Fetc%2Fpasswd',
  '/v1/practices/%00',
  '/v1/experts?q=*',
  '/v1/experts?expertise=-',
  '/v1/experts/exp_%00',
  '/v1/taxonomy?lang=',
  '/v1/taxonomy?lang=en&lang=fr',
];

describe('hostile input', () => {
  it.each(HOSTILE)('%s is answered without a server error', async (path) => {
    const res = await call(app, path, { headers: { 'Accept-Language': 'fr;q=NaN, *;q=-1, ;;;' } });
    expect(res.status, res.text).toBeLessThan(500);
    if (res.status >= 400) expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(log.lines.filter((line) => line.level === 'error')).toEqual([]);
  });
});
