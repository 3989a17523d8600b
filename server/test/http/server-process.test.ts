// The real hub as a process: starts on a fresh database, seeds it, serves, logs JSON lines, stops cleanly.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkResponse } from '../helpers/contract-check.js';
import { ensureBuilt, killLeftoverHubs, runHubProcess, startHubProcess } from '../helpers/server-process.js';

let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'mnh-http-'));
}, 120_000);
afterAll(() => {
  killLeftoverHubs();
  rmSync(dir, { recursive: true, force: true });
});

async function get(url: string, path: string) {
  return checkResponse('GET', path.split('?')[0] ?? path, await fetch(`${url}${path}`));
}

describe('node dist/main.js', () => {
  it('seeds a new database, serves it, logs one JSON line per request, and exits 0 on SIGTERM', async () => {
    const env = { PORT: '0', HOST: '127.0.0.1', HUB_DB: join(dir, 'nested', 'hub.db'), LOG_LEVEL: 'info' };
    const hub = await startHubProcess(env);
    expect(hub.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await vi.waitFor(() => expect(hub.stderr()).toContain(hub.url));

    expect((await get(hub.url, '/healthz')).json).toMatchObject({ status: 'ok' });
    const practices = await get(hub.url, '/v1/practices?limit=1');
    expect((practices.json as { total: number }).total).toBeGreaterThanOrEqual(200);
    const experts = await get(hub.url, '/v1/experts?limit=1');
    expect((experts.json as { total: number }).total).toBeGreaterThanOrEqual(1200);
    expect((await get(hub.url, '/v1/practices?limit=0')).status).toBe(400);

    const requests = hub.lines.filter((line) => line.msg === 'request');
    expect(requests.map((line) => [line.method, line.path, line.status])).toEqual([
      ['GET', '/healthz', 200],
      ['GET', '/v1/practices', 200],
      ['GET', '/v1/experts', 200],
      ['GET', '/v1/practices', 400],
    ]);
    for (const line of requests) {
      expect(line).toMatchObject({ level: 'info', time: expect.any(String), ms: expect.any(Number), requestId: expect.any(String) });
    }
    expect(requests[1]?.requestId).toBe(practices.headers.get('X-Request-Id'));

    expect(await hub.stop('SIGTERM')).toBe(0);
    expect(hub.lines.at(-1)).toMatchObject({ msg: 'stopped' });

    // Started again on the same file, it finds the data and does not seed twice.
    const again = await startHubProcess(env);
    const totalAgain = ((await get(again.url, '/v1/practices?limit=1')).json as { total: number }).total;
    expect(totalAgain).toBe((practices.json as { total: number }).total);
    expect(await again.stop('SIGINT')).toBe(0);
  }, 90_000);

  it('limits public reads per client address as RATE_LIMIT_PER_MINUTE says', async () => {
    const hub = await startHubProcess({ PORT: '0', HUB_DB: join(dir, 'limited.db'), LOG_LEVEL: 'info', RATE_LIMIT_PER_MINUTE: '2' });
    expect((await get(hub.url, '/v1/taxonomy')).status).toBe(200);
    expect((await get(hub.url, '/v1/practices?limit=1')).status).toBe(200);
    const refused = await get(hub.url, '/v1/experts?limit=1');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect((await get(hub.url, '/healthz')).status).toBe(200);
    expect(await hub.stop()).toBe(0);
  }, 60_000);

  it('refuses to start on an invalid setting, saying which', async () => {
    const { code, stderr } = await runHubProcess({ PORT: 'eighty', HUB_DB: join(dir, 'never.db') });
    expect(code).toBe(1);
    expect(stderr).toMatch(/PORT must be a whole number/);
  });

  it('fails with a clear message when the port is taken', async () => {
    const env = { PORT: '0', HOST: '127.0.0.1', HUB_DB: join(dir, 'port.db'), LOG_LEVEL: 'warn' };
    const first = await startHubProcess({ ...env, LOG_LEVEL: 'info' });
    const port = new URL(first.url).port;
    const second = await runHubProcess({ ...env, PORT: port });
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/EADDRINUSE/);
    expect(await first.stop()).toBe(0);
  }, 60_000);
});
