// The contract as enforced: every operation is served, and the response check really catches drift.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/types.js';
import { loadContract } from '../../src/http/contract.js';
import { call, checkResponse } from '../helpers/contract-check.js';
import { appOn, seededStore } from '../helpers/hub.js';

const contract = loadContract();
let store: Store;
let app: ReturnType<typeof appOn>;

beforeAll(async () => {
  store = await seededStore();
  app = appOn(store);
});
afterAll(async () => {
  await store.close();
});

const EXAMPLE_PATH_VALUES: Record<string, string> = { practice: 'no-such-practice', expert: 'exp_abcdef1', discussion: 'dsc_abcdef1', comment: 'cmt_abcdef1' };

describe('the contract', () => {
  it('is loaded once and knows its operations', () => {
    expect(loadContract()).toBe(contract);
    expect(contract.operations.map((op) => op.id)).toEqual(
      expect.arrayContaining(['listPractices', 'getPractice', 'listExperts', 'getExpert', 'getTaxonomy', 'getHealth', 'getOpenApiDocument']),
    );
    expect(() => contract.operation('listUnicorns')).toThrow(/listUnicorns/);
  });

  it.each(contract.operations.map((op) => [op.id, op] as const))('%s is served at its path', async (_id, op) => {
    const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => EXAMPLE_PATH_VALUES[name] ?? 'x');
    const res = await call(app, path, { method: op.method });
    expect(res.status).not.toBe(405);
    // Asked with no token and no body: what needs sign-in says so, what needs a body says that.
    const paths = contract.document.paths as Record<string, Record<string, { security?: unknown[] }>>;
    const signedIn = (paths[op.path]?.[op.method.toLowerCase()]?.security ?? []).length > 0;
    const needsBody = op.requestBody?.required === true;
    const expected = signedIn ? [401] : needsBody ? [400] : [200, 404];
    expect(expected).toContain(res.status);
    if (res.status === 404) expect(op.path).toMatch(/\{/); // only a missing item, never a missing route
  });
});

describe('the response check used by every test', () => {
  const page = { items: [], total: 0, nextCursor: null };
  const json = (body: unknown, status = 200, type = 'application/json') =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type, ETag: '"x"' } });

  it('accepts a response the contract describes', async () => {
    await expect(checkResponse('GET', '/v1/practices', json(page))).resolves.toMatchObject({ status: 200 });
  });

  it('catches a body that drifts from the schema', async () => {
    await expect(checkResponse('GET', '/v1/practices', json({ ...page, total: -1 }))).rejects.toThrow(/does not match/);
    await expect(checkResponse('GET', '/v1/practices', json({ items: [{ id: 'x' }], total: 1, nextCursor: null }))).rejects.toThrow(
      /does not match/,
    );
  });

  it('catches an undeclared status, media type or missing header', async () => {
    await expect(checkResponse('GET', '/v1/practices', json(page, 201))).rejects.toThrow(/not declared/);
    await expect(checkResponse('GET', '/v1/practices', json(page, 200, 'text/plain'))).rejects.toThrow(/media type/);
    const noEtag = new Response(JSON.stringify(page), { headers: { 'Content-Type': 'application/json' } });
    await expect(checkResponse('GET', '/v1/practices', noEtag)).rejects.toThrow(/ETag/);
  });

  it('catches an error outside any operation that is not a problem document', async () => {
    await expect(checkResponse('GET', '/nowhere', new Response('Not Found', { status: 404 }))).rejects.toThrow(/problem/);
  });
});
