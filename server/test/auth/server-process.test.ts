// Sign-in on the real hub process: the dispatcher logs mail in development, production hides codes and /dev/outbox.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { checkResponse } from '../helpers/contract-check.js';
import { ensureBuilt, killLeftoverHubs, startHubProcess } from '../helpers/server-process.js';

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'mnh-auth-process-'));
}, 120_000);
afterAll(() => {
  killLeftoverHubs();
  rmSync(dir, { recursive: true, force: true });
});

async function request(url: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const init: RequestInit = { method, headers: { ...headers, ...(body ? { 'Content-Type': 'application/json' } : {}) } };
  if (body) init.body = JSON.stringify(body);
  return checkResponse(method, path.split('?')[0] ?? path, await fetch(`${url}${path}`, init));
}

describe('sign-in on node dist/main.js', () => {
  it('in development: the code is in the log and at /dev/outbox, and the demo curator signs in', async () => {
    const hub = await startHubProcess({ PORT: '0', HUB_DB: join(dir, 'dev.db'), LOG_LEVEL: 'info' });
    expect((await request(hub.url, 'POST', '/v1/auth/code', { email: 'curator@example.org' })).status).toBe(202);
    await vi.waitFor(() => expect(hub.lines.some((l) => String(l.msg).startsWith('mail'))).toBe(true), { timeout: 10_000 });
    const logged = hub.lines.find((l) => String(l.msg).startsWith('mail'));
    const code = /\b(\d{6})\b/.exec(String(logged?.text))?.[1] ?? '';
    expect(code).toMatch(/^\d{6}$/);

    const outbox = await request(hub.url, 'GET', '/dev/outbox?format=json');
    expect((outbox.json as { items: { text: string; status: string }[] }).items[0]).toMatchObject({ status: 'sent' });

    const signedIn = await request(hub.url, 'POST', '/v1/auth/token', { email: 'curator@example.org', code }, { Origin: 'http://localhost:8787' });
    expect(signedIn.status).toBe(200);
    const { accessToken } = signedIn.json as { accessToken: string };
    const me = await request(hub.url, 'GET', '/v1/me', undefined, { Authorization: `Bearer ${accessToken}`, Origin: 'http://127.0.0.1:8787' });
    expect(me.json).toMatchObject({ email: 'curator@example.org', roles: ['contributor', 'curator'] });
    expect(me.headers.get('Access-Control-Allow-Origin')).toBe('http://127.0.0.1:8787');
    const log = JSON.stringify(hub.lines.filter((l) => l.msg === 'request'));
    expect(log).not.toContain(accessToken);
    expect(log).not.toContain(code);
    expect(await hub.stop()).toBe(0);
  }, 90_000);

  it('in production: no code in the log, no /dev/outbox, no demo accounts, the hub origin from HUB_ORIGIN', async () => {
    const hub = await startHubProcess({
      PORT: '0',
      HUB_DB: join(dir, 'prod.db'),
      LOG_LEVEL: 'debug',
      HUB_ENV: 'production',
      HUB_ORIGIN: 'https://hub.example.org',
    });
    expect(hub.lines.find((l) => l.msg === 'listening')).toMatchObject({ environment: 'production', mail: 'log' });
    expect((await request(hub.url, 'POST', '/v1/auth/code', { email: 'someone@example.org' })).status).toBe(202);
    await vi.waitFor(() => expect(hub.lines.some((l) => l.msg === 'mail not sent: SMTP_URL is not configured')).toBe(true), { timeout: 10_000 });
    expect(JSON.stringify(hub.lines)).not.toMatch(/sign-in code is \d{6}/);
    expect((await request(hub.url, 'GET', '/dev/outbox')).status).toBe(404);
    expect((await request(hub.url, 'GET', '/dev/outbox?format=json')).status).toBe(404);
    // Without the demo accounts the demo pages' origins are not registered; only HUB_ORIGIN is.
    const token = { Authorization: `Bearer ${'x'.repeat(43)}` };
    expect((await request(hub.url, 'GET', '/v1/me', undefined, { ...token, Origin: 'http://localhost:8787' })).status).toBe(403);
    expect((await request(hub.url, 'GET', '/v1/me', undefined, { ...token, Origin: 'https://hub.example.org' })).status).toBe(401);
    expect(await hub.stop()).toBe(0);
    const store = await openSqliteStore(join(dir, 'prod.db'));
    expect(await store.people.count()).toBe(0);
    await store.close();
  }, 90_000);
});
