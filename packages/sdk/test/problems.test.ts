// Failed requests surface as typed problem errors, from the real hub and from odd servers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inProcessClient, openSeededHub } from './hub.js';
import type { App, Store } from './hub.js';
import { startScriptedServer } from './scripted-server.js';
import { createHubClient, HubProblemError } from '../src/index.js';

let store: Store;
let app: App;

beforeAll(async () => {
  ({ store, app } = await openSeededHub());
});
afterAll(async () => {
  await store.close();
});

/** The HubProblemError a call rejects with; fails the test if it resolves or rejects otherwise. */
async function problemOf(call: Promise<unknown>): Promise<HubProblemError> {
  const error = await call.then(
    () => expect.fail('expected the call to fail'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HubProblemError);
  return error as HubProblemError;
}

describe('problems from the hub', () => {
  it('names each offending query parameter of a 400, and does not retry it', async () => {
    const { hub, requests } = inProcessClient(app);
    const error = await problemOf(hub.listPractices({ limit: 500, objective: [24] }));
    expect(error.status).toBe(400);
    expect(error.problem.status).toBe(400);
    expect(error.problem.title).toEqual(expect.any(String));
    const fields = error.problem.errors?.map((e) => [e.field, e.in]);
    expect(fields).toEqual(expect.arrayContaining([['limit', 'query']]));
    expect(error.problem.errors?.some((e) => e.field.startsWith('objective'))).toBe(true);
    expect(error.message).toContain('limit');
    expect(requests).toHaveLength(1);
  });

  it('rejects a malformed expert id with a 400 naming the path parameter', async () => {
    const { hub } = inProcessClient(app);
    const error = await problemOf(hub.getExpert('not an id'));
    expect(error.status).toBe(400);
    expect(error.problem.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'expert', in: 'path' })]),
    );
  });

  it('answers 404 for a practice that does not exist', async () => {
    const { hub } = inProcessClient(app);
    const error = await problemOf(hub.getPractice('no-such-practice'));
    expect(error.status).toBe(404);
    expect(error.problem).toMatchObject({ status: 404, title: expect.any(String), detail: expect.any(String) });
  });

  it('answers 404 for an expert that does not exist', async () => {
    const { hub } = inProcessClient(app);
    const error = await problemOf(hub.getExpert('exp_zzzzzzzzzz'));
    expect(error.status).toBe(404);
  });

  it('refuses a cursor the hub never issued', async () => {
    const { hub } = inProcessClient(app);
    const error = await problemOf(hub.listExperts({ cursor: 'bm90LWEtY3Vyc29y' }));
    expect(error.status).toBe(400);
  });
});

describe('problems from servers that are not the hub', () => {
  it('makes a problem out of an HTML error page', async () => {
    const server = await startScriptedServer([
      (_req, res) => res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad Gateway</h1>'),
    ]);
    try {
      const hub = createHubClient({ baseUrl: server.url });
      const error = await problemOf(hub.getHealth());
      expect(error.status).toBe(502);
      expect(error.problem).toMatchObject({ type: 'about:blank', status: 502, title: 'Bad Gateway' });
      expect(error.problem.detail).not.toContain('<h1>');
    } finally {
      await server.close();
    }
  });

  it("keeps a problem document's own fields but trusts the response status", async () => {
    const server = await startScriptedServer([
      (_req, res) =>
        res
          .writeHead(409, { 'content-type': 'application/problem+json' })
          .end(JSON.stringify({ type: '/problems/conflict', title: 'Conflict', status: 200, extra: 1 })),
    ]);
    try {
      const hub = createHubClient({ baseUrl: server.url });
      const error = await problemOf(hub.getHealth());
      expect(error.problem).toMatchObject({ type: '/problems/conflict', status: 409, detail: 'Conflict', extra: 1 });
    } finally {
      await server.close();
    }
  });

  it('lets network errors through as they are', async () => {
    const server = await startScriptedServer([]);
    await server.close(); // nothing listens on this port any more
    const hub = createHubClient({ baseUrl: server.url });
    const error = await hub.getHealth().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(error).not.toBeInstanceOf(HubProblemError);
  });
});
