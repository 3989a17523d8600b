// Retries on 429/503 against real HTTP servers: Retry-After honoured, capped, abortable, reads only.
import { afterEach, describe, expect, it } from 'vitest';
import { health, json, startScriptedServer, unavailable } from './scripted-server.js';
import type { Reply, ScriptedServer } from './scripted-server.js';
import { createHubClient, HubProblemError } from '../src/index.js';
import type { HubClientOptions } from '../src/index.js';
import { retryAfterMs, retryingFetch } from '../src/retry.js';

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function hubAnswering(replies: Reply[], options: Partial<HubClientOptions> = {}) {
  server = await startScriptedServer(replies);
  return { hub: createHubClient({ baseUrl: server.url, ...options }), received: server.received };
}

const gapMs = (received: { at: number }[], i: number) => (received[i]?.at ?? NaN) - (received[i - 1]?.at ?? NaN);

describe('retry', () => {
  it('waits the seconds a 503 asks for in Retry-After, then succeeds', async () => {
    const { hub, received } = await hubAnswering([unavailable('1'), health]);
    await expect(hub.getHealth()).resolves.toEqual({ status: 'ok', version: 'test' });
    expect(received).toHaveLength(2);
    expect(gapMs(received, 1)).toBeGreaterThanOrEqual(950);
  });

  it('waits until the HTTP date a 429 gives in Retry-After', async () => {
    const at = new Date(Date.now() + 2000).toUTCString(); // second precision: 1–2 s from now
    const limited = json(429, { type: '/problems/rate-limited', title: 'Too Many Requests', status: 429, detail: 'Slow down.' }, {
      'retry-after': at,
    });
    const { hub, received } = await hubAnswering([limited, json(200, { items: [], total: 0, nextCursor: null })]);
    await expect(hub.listPractices()).resolves.toMatchObject({ total: 0 });
    expect(received).toHaveLength(2);
    expect(gapMs(received, 1)).toBeGreaterThanOrEqual(900);
  });

  it('backs off on its own when there is no Retry-After', async () => {
    const { hub, received } = await hubAnswering([unavailable(), unavailable(), health]);
    await expect(hub.getHealth()).resolves.toMatchObject({ status: 'ok' });
    expect(received).toHaveLength(3);
  });

  it('never waits longer than maxDelayMs', async () => {
    const { hub, received } = await hubAnswering([unavailable('120'), health], { retry: { maxDelayMs: 100 } });
    const started = performance.now();
    await expect(hub.getHealth()).resolves.toMatchObject({ status: 'ok' });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(received).toHaveLength(2);
  });

  it('gives up after `retries` retries with the last problem', async () => {
    const { hub, received } = await hubAnswering([unavailable('0')], { retry: { retries: 3 } });
    const error = await hub.getHealth().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HubProblemError);
    expect((error as HubProblemError).problem).toMatchObject({ status: 503, detail: 'Try again later.' });
    expect(received).toHaveLength(4);
  });

  it('retries twice by default, and not at all when turned off', async () => {
    const first = await hubAnswering([unavailable('0')]);
    await expect(first.hub.getHealth()).rejects.toBeInstanceOf(HubProblemError);
    expect(first.received).toHaveLength(3);
    await server?.close();

    const second = await hubAnswering([unavailable('0'), health], { retry: false });
    await expect(second.hub.getHealth()).rejects.toMatchObject({ status: 503 });
    expect(second.received).toHaveLength(1);
  });

  it('does not retry other failures', async () => {
    const bad = json(400, { type: '/problems/invalid-request', title: 'Bad Request', status: 400, detail: 'No.' });
    const { hub, received } = await hubAnswering([bad, health]);
    await expect(hub.getHealth()).rejects.toMatchObject({ status: 400 });
    expect(received).toHaveLength(1);
  });

  it('does not retry requests that are not idempotent reads', async () => {
    server = await startScriptedServer([unavailable('0'), health]);
    const send = retryingFetch((request) => fetch(request), { retries: 2 });
    const response = await send(new Request(`${server.url}/v1/reviews`, { method: 'POST', body: '{}' }));
    expect(response.status).toBe(503);
    expect(server.received).toHaveLength(1);
  });

  it('stops waiting and does not retry once the signal aborts', async () => {
    const { hub, received } = await hubAnswering([unavailable('5'), health]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = performance.now();
    const error = await hub.getHealth({ signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(performance.now() - started).toBeLessThan(1000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(received).toHaveLength(1);
  });
});

describe('Retry-After', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');
  it('reads delta-seconds and HTTP dates, and ignores what it cannot read', () => {
    expect(retryAfterMs('3', now)).toBe(3000);
    expect(retryAfterMs('Wed, 01 Jan 2025 00:00:10 GMT', now)).toBe(10_000);
    expect(retryAfterMs('Tue, 31 Dec 2024 23:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryAfterMs('', now)).toBeUndefined();
  });
});
