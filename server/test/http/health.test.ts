// GET /healthz: 200 while the store answers, 503 with Retry-After when it does not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/types.js';
import { call } from '../helpers/contract-check.js';
import { appOn, seededStore } from '../helpers/hub.js';

let store: Store;

beforeAll(async () => {
  store = await seededStore();
});
afterAll(async () => {
  await store.close();
});

describe('GET /healthz', () => {
  it('reports ok and the service version', async () => {
    const res = await call(appOn(store), '/healthz');
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ status: 'ok', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it('answers 503 with Retry-After when the store does not answer', async () => {
    const down: Store = { ...store, ping: async () => false };
    const res = await call(appOn(down), '/healthz');
    expect(res.status).toBe(503);
    expect(res.headers.get('Retry-After')).toBe('5');
    expect(res.json).toMatchObject({ type: '/problems/unavailable', status: 503 });
  });

  it('answers 503, not 500, when the store throws', async () => {
    const broken: Store = {
      ...store,
      ping: async () => {
        throw new Error('closed');
      },
    };
    expect((await call(appOn(broken), '/healthz')).status).toBe(503);
  });

  it('refuses query parameters it does not define', async () => {
    expect((await call(appOn(store), '/healthz?verbose=1')).status).toBe(400);
  });
});
