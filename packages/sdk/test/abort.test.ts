// Aborting a call rejects it with the AbortError, in-process and over the network.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inProcessClient, openSeededHub } from './hub.js';
import type { App, Store } from './hub.js';
import { hang, startScriptedServer } from './scripted-server.js';
import { createHubClient } from '../src/index.js';

let store: Store;
let app: App;

beforeAll(async () => {
  ({ store, app } = await openSeededHub());
});
afterAll(async () => {
  await store.close();
});

describe('abort', () => {
  it('rejects at once when the signal is already aborted, without asking the hub', async () => {
    const { hub, requests } = inProcessClient(app);
    const error = await hub.getTaxonomy({ signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(requests).toHaveLength(0);
  });

  it('rejects with the reason the caller aborted with', async () => {
    const { hub } = inProcessClient(app);
    const reason = new Error('the reader moved on');
    await expect(hub.listPractices({}, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
  });

  it('stops a walk through the pages when aborted between pages', async () => {
    const { hub, requests } = inProcessClient(app);
    const controller = new AbortController();
    let seen = 0;
    const walk = async () => {
      for await (const _practice of hub.practices({ limit: 5 }, { signal: controller.signal })) {
        if (++seen === 5) controller.abort();
      }
    };
    await expect(walk()).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toBe(5);
    expect(requests).toHaveLength(1); // the second page is never asked for
  });

  it('abandons a request the network is still waiting on', async () => {
    const server = await startScriptedServer([hang]);
    try {
      const hub = createHubClient({ baseUrl: server.url });
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 100);
      const started = performance.now();
      await expect(hub.getHealth({ signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
      expect(performance.now() - started).toBeLessThan(2000);
      expect(server.received).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});
