// What sign-in tests start from: an empty real store, the app on it with a clock the test moves, and mail read from the outbox.
import { expect } from 'vitest';
import type { AppOptions } from '../../src/app.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/types.js';
import { call, type Checked } from '../helpers/contract-check.js';
import { appOn } from '../helpers/hub.js';

export const START = Date.parse('2026-03-02T09:00:00.000Z');

/** A clock that stands still until the test moves it. */
export function testClock(start = START) {
  let now = start;
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}

export const MINUTE = 60_000;

export interface AuthHub {
  store: Store;
  app: ReturnType<typeof appOn>;
  clock: ReturnType<typeof testClock>;
  close(): Promise<void>;
}

/** An unseeded in-memory store (sign-in needs no practices) and the app on it. */
export async function authHub(options: Partial<AppOptions> = {}, path = ':memory:'): Promise<AuthHub> {
  const store = await openSqliteStore(path);
  const clock = testClock();
  const app = appOn(store, { clock: clock.now, ...options });
  return { store, app, clock, close: () => store.close() };
}

export function post(app: AuthHub['app'], path: string, body: unknown, headers: Record<string, string> = {}): Promise<Checked> {
  return call(app, path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

export function bearer(token: string, headers: Record<string, string> = {}): RequestInit {
  return { headers: { Authorization: `Bearer ${token}`, ...headers } };
}

/** The code in the newest mail to `email`, as a person would read it. */
export async function codeSentTo(store: Store, email: string): Promise<string> {
  const mail = (await store.outbox.list(100)).find((m) => m.to === email);
  const code = /\b(\d{6})\b/.exec(mail?.text ?? '')?.[1];
  if (!code) throw new Error(`no sign-in code was sent to ${email}`);
  return code;
}

export interface Tokens {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: { id: string; email: string; roles: string[]; organisation: unknown; name: string };
}

/** Asks for a code, reads it from the outbox and trades it for tokens, checking each step. */
export async function signIn(hub: AuthHub, email: string, headers: Record<string, string> = {}): Promise<Tokens> {
  const sent = await post(hub.app, '/v1/auth/code', { email }, headers);
  expect(sent.status).toBe(202);
  const res = await post(hub.app, '/v1/auth/token', { email, code: await codeSentTo(hub.store, email.toLowerCase()) }, headers);
  expect(res.status).toBe(200);
  return res.json as Tokens;
}

/** A different code from `code`, for guessing wrong on purpose. */
export function wrong(code: string, n = 1): string {
  return String((Number(code) + n) % 1_000_000).padStart(6, '0');
}
