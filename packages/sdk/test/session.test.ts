// Signing in with the SDK against the real hub, in-process: codes, tokens, renewal, sign-out, storage.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHubClient, createHubSession, HubProblemError, memoryTokenStorage, webTokenStorage } from '../src/index.js';
import type { HubSessionOptions, Me, StoredSession, TokenStorage } from '../src/index.js';
import { codeFor, openSeededHub } from './hub.js';
import type { App, Store } from './hub.js';

let store: Store;
let app: App;
let person = 0;

beforeAll(async () => {
  ({ store, app } = await openSeededHub());
});
afterAll(async () => {
  await store.close();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A session on the in-process hub, recording each request as `METHOD /path` with whether it carried a token. */
function session(options: Partial<HubSessionOptions> = {}) {
  const sent: string[] = [];
  const storage = options.storage ?? memoryTokenStorage();
  const hub = createHubSession({
    baseUrl: 'http://hub.test',
    ...options,
    storage,
    fetch: async (request) => {
      const bearer = request.headers.get('Authorization')?.startsWith('Bearer ') ? ' (token)' : '';
      sent.push(`${request.method} ${new URL(request.url).pathname}${bearer}`);
      return app.fetch(request);
    },
  });
  return { hub, sent, storage };
}

/** A fresh address each time, so the per-address limits of one test don't meet another's. */
const newEmail = () => `sdk-person-${++person}@example.org`;

async function signedIn(options: Partial<HubSessionOptions> = {}) {
  const email = newEmail();
  const made = session(options);
  await made.hub.requestSignInCode(email);
  await made.hub.signIn(email, await codeFor(store, email));
  made.sent.length = 0;
  return { ...made, email };
}

/** Moves the clock of both the SDK and the in-process hub `minutes` ahead. */
function later(minutes: number) {
  vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + minutes * 60_000 });
}

describe('signing in', () => {
  it('emails a code, trades it for a session, and knows who is signed in', async () => {
    const email = newEmail();
    const { hub, sent } = session();
    const heard: (Me | undefined)[] = [];
    hub.subscribe((user) => heard.push(user));
    const { expiresAt } = await hub.requestSignInCode(email);
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(9 * 60_000);
    expect(hub.user).toBeUndefined();

    const user = await hub.signIn(email, await codeFor(store, email));
    expect(user).toMatchObject({ email, roles: expect.arrayContaining(['contributor']) });
    expect(hub.user).toEqual(user);
    expect(heard).toEqual([user]);
    await expect(hub.me()).resolves.toEqual(user);
    expect(sent).toEqual(['POST /v1/auth/code', 'POST /v1/auth/token', 'GET /v1/me (token)']);
  });

  it('refuses a wrong code with a problem naming the code field, and stays signed out', async () => {
    const email = newEmail();
    const { hub } = session();
    await hub.requestSignInCode(email);
    const right = await codeFor(store, email);
    const wrong = right === '000000' ? '111111' : '000000';
    const error = await hub.signIn(email, wrong).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HubProblemError);
    expect((error as HubProblemError).status).toBe(400);
    expect((error as HubProblemError).problem.errors?.map((e) => e.field)).toContain('code');
    expect(hub.user).toBeUndefined();
    await expect(hub.me()).rejects.toThrow(/signed in/);
  });

  it('refuses a malformed address with a problem naming the email field', async () => {
    const { hub } = session();
    const error = (await hub.requestSignInCode('not-an-address').catch((e: unknown) => e)) as HubProblemError;
    expect(error.status).toBe(400);
    expect(error.problem.errors?.map((e) => e.field.replace(/^\//, ''))).toContain('email');
  });

  it('says how long to wait once an address asked for too many codes', async () => {
    const email = newEmail();
    const { hub } = session();
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await hub.requestSignInCode(email).catch((e: unknown) => e));
    const refused = answers.find((a): a is HubProblemError => a instanceof HubProblemError);
    expect(refused?.status).toBe(429);
    expect(refused?.retryAfterMs).toBeGreaterThan(0);
  });
});

describe('the token holder', () => {
  it('sends the access token with requests made while signed in, and none before', async () => {
    const { hub, sent } = session();
    const client = createHubClient({ baseUrl: 'http://hub.test', fetch: hub.fetch });
    await client.getHealth();
    const email = newEmail();
    await hub.requestSignInCode(email);
    await hub.signIn(email, await codeFor(store, email));
    await client.getHealth();
    expect(sent.filter((line) => line.includes('/healthz'))).toEqual(['GET /healthz', 'GET /healthz (token)']);
  });

  it('renews an expired access token once, then sends the request again', async () => {
    const { hub, storage: kept } = await signedIn();
    const user = hub.user;
    later(16);
    // A second holder that believes the token is still good finds out from the hub's 401.
    const stale: StoredSession = { ...kept.load()!, expiresAt: Date.now() + 60_000 };
    const storage = memoryTokenStorage();
    storage.save(stale);
    const { hub: believer, sent } = session({ storage });
    await expect(believer.me()).resolves.toEqual(user);
    expect(sent).toEqual(['GET /v1/me (token)', 'POST /v1/auth/refresh', 'GET /v1/me (token)']);
    expect(storage.load()?.accessToken).not.toBe(stale.accessToken);
  });

  it('renews before sending when it knows the token expired, once for many requests at the same time', async () => {
    const { hub, sent } = await signedIn();
    later(16);
    const users = await Promise.all([hub.me(), hub.me(), hub.me()]);
    expect(users.map((u) => u.id)).toEqual([hub.user?.id, hub.user?.id, hub.user?.id]);
    expect(sent.filter((line) => line === 'POST /v1/auth/refresh')).toHaveLength(1);
    expect(sent.filter((line) => line === 'GET /v1/me (token)')).toHaveLength(3);
  });

  it('ends the session when a used refresh token comes back', async () => {
    const { hub, storage } = await signedIn();
    const before = storage.load()!;
    await hub.refresh();
    // Someone replays the refresh token that was just rotated away.
    const thief = memoryTokenStorage();
    thief.save(before);
    const { hub: stolen } = session({ storage: thief });
    await expect(stolen.refresh()).rejects.toMatchObject({ status: 401 });
    expect(stolen.user).toBeUndefined();
    // The replay ended the whole family, the rightful holder's renewed session included.
    await expect(hub.refresh()).rejects.toMatchObject({ status: 401 });
    expect(hub.user).toBeUndefined();
  });
});

describe('signing out', () => {
  it('revokes the tokens on the hub and tells listeners nobody is signed in', async () => {
    const { hub, storage } = await signedIn();
    const { accessToken, refreshToken } = storage.load()!;
    const heard: (Me | undefined)[] = [];
    hub.subscribe((user) => heard.push(user));
    await hub.signOut();
    expect(hub.user).toBeUndefined();
    expect(heard).toEqual([undefined]);
    const me = await app.request('/v1/me', { headers: { Authorization: `Bearer ${accessToken}` } });
    expect(me.status).toBe(401);
    expect(me.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
    const refresh = await app.request('/v1/auth/refresh', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken }),
    });
    expect(refresh.status).toBe(401);
  });
});

describe('signing out after the access token expired', () => {
  it('renews on the way out and ends the renewed session on the hub', async () => {
    const kept: StoredSession[] = [];
    const memory = memoryTokenStorage();
    const recording: TokenStorage = {
      load: () => memory.load(),
      save: (session) => {
        if (session) kept.push(session);
        memory.save(session);
      },
    };
    const { hub, sent } = await signedIn({ storage: recording });
    later(16);
    await hub.signOut();
    expect(hub.user).toBeUndefined();
    expect(memory.load()).toBeUndefined();
    expect(sent).toEqual(['POST /v1/auth/refresh', 'POST /v1/auth/sign-out (token)']);
    const renewed = kept.at(-1);
    const refresh = await app.request('/v1/auth/refresh', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken: renewed?.refreshToken }),
    });
    expect(refresh.status).toBe(401);
  });
});

describe('storage', () => {
  it('keeps the session in a Web Storage area across a reload, and forgets it on sign-out', async () => {
    const area = new MemoryStorageArea();
    const { hub, email } = await signedIn({ storage: webTokenStorage('mnh', area) });
    expect(area.getItem('mnh')).toContain(email);
    const { hub: reloaded } = session({ storage: webTokenStorage('mnh', area) });
    expect(reloaded.user?.email).toBe(email);
    await expect(reloaded.me()).resolves.toMatchObject({ email });
    await reloaded.signOut();
    expect(area.getItem('mnh')).toBeNull();
    expect(hub.user?.email).toBe(email);
  });

  it('ignores what it cannot read in storage', () => {
    const area = new MemoryStorageArea();
    area.setItem('mnh', '{"accessToken": 3');
    expect(createHubSession({ baseUrl: 'http://hub.test', storage: webTokenStorage('mnh', area) }).user).toBeUndefined();
  });
});

/** The Web Storage API over a Map, standing in for a browser's sessionStorage under Node. */
class MemoryStorageArea implements Storage {
  readonly #items = new Map<string, string>();
  get length() {
    return this.#items.size;
  }
  clear() {
    this.#items.clear();
  }
  getItem(key: string) {
    return this.#items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.#items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.#items.delete(key);
  }
  setItem(key: string, value: string) {
    this.#items.set(key, String(value));
  }
}
