// Signing in to the hub: one-time codes by email, then a token holder that signs requests and renews itself.
import { problemError } from './problem.js';
import type { Fetch } from './retry.js';
import { memoryTokenStorage } from './token-storage.js';
import type { StoredSession, TokenStorage } from './token-storage.js';
import type { Me, SignInCodeSent, SignInSession } from './types.js';

export interface HubSessionOptions {
  /** Where the hub is, e.g. `https://hub.example.org`. */
  baseUrl: string;
  /** The fetch to send requests with; defaults to the runtime's `fetch`. */
  fetch?: Fetch;
  /** Where the tokens are kept; memory unless given (see `webTokenStorage` for browsers). */
  storage?: TokenStorage;
}

/** Called with the person signed in, or `undefined` once nobody is. */
export type SessionListener = (user: Me | undefined) => void;

export interface HubSession {
  /** Who is signed in, as last known; `undefined` when nobody is. */
  readonly user: Me | undefined;
  /** Emails a 6-digit code to `email`. Rejects with `HubProblemError` (429 carries `retryAfterMs`). */
  requestSignInCode(email: string, init?: { signal?: AbortSignal }): Promise<SignInCodeSent>;
  /** Trades the emailed code for tokens; a wrong code rejects with a 400 naming `code`. */
  signIn(email: string, code: string, init?: { signal?: AbortSignal }): Promise<Me>;
  /** Renews the tokens now (requests renew them by themselves when needed). */
  refresh(): Promise<Me>;
  /** Ends the session on the hub and forgets it here, even if the hub can't be reached. */
  signOut(): Promise<void>;
  /** The signed-in person, fresh from the hub. */
  me(init?: { signal?: AbortSignal }): Promise<Me>;
  /**
   * A fetch that sends the access token with each request while someone is signed in, and on a
   * 401 renews the tokens once and sends the request again. Give it to `createHubClient`.
   */
  readonly fetch: Fetch;
  /** Calls `listener` whenever someone signs in or out, or their details change; returns the unsubscribe. */
  subscribe(listener: SessionListener): () => void;
}

/** Renew a little early, so a token doesn't expire between the check and the hub reading it. */
const EXPIRY_MARGIN_MS = 10_000;

const withToken = (request: Request, token: string): Request => {
  const signed = new Request(request);
  signed.headers.set('Authorization', `Bearer ${token}`);
  return signed;
};

export function createHubSession(options: HubSessionOptions): HubSession {
  const send: Fetch = options.fetch ?? ((request) => globalThis.fetch(request));
  const storage = options.storage ?? memoryTokenStorage();
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const listeners = new Set<SessionListener>();
  let current = storage.load();
  let renewing: Promise<StoredSession> | undefined;

  function keep(next: StoredSession | undefined): void {
    const before = JSON.stringify(current?.user);
    current = next;
    storage.save(next);
    if (JSON.stringify(next?.user) !== before) listeners.forEach((listener) => listener(next?.user));
  }

  const stored = (answer: SignInSession): StoredSession => ({
    accessToken: answer.accessToken,
    refreshToken: answer.refreshToken,
    expiresAt: Date.now() + answer.expiresIn * 1000,
    user: answer.user,
  });

  /** Sends a JSON request through `through` and reads the answer; a non-2xx rejects with its problem. */
  async function call<T>(through: Fetch, method: string, path: string, body?: object, signal?: AbortSignal) {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body) headers['Content-Type'] = 'application/json';
    const response = await through(
      new Request(baseUrl + path, { method, headers, body: body && JSON.stringify(body), signal }),
    );
    const data: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined);
    if (!response.ok) throw problemError(response, data);
    return data as T;
  }

  /**
   * New tokens for the session `stale` belongs to. Every caller that finds the same token stale
   * shares one refresh, because a refresh token works once: sending it twice ends the session.
   */
  function renew(stale: StoredSession): Promise<StoredSession> {
    if (current && current.accessToken !== stale.accessToken) return Promise.resolve(current);
    renewing ??= call<SignInSession>(send, 'POST', '/v1/auth/refresh', { refreshToken: stale.refreshToken })
      .then(
        (answer) => {
          const next = stored(answer);
          keep(next);
          return next;
        },
        (error: unknown) => {
          // Refused (not unreachable): this session is over.
          if ((error as { status?: number }).status === 401 || (error as { status?: number }).status === 400) {
            if (current === stale) keep(undefined);
          }
          throw error;
        },
      )
      .finally(() => (renewing = undefined));
    return renewing;
  }

  const authorized: Fetch = async (request) => {
    let session = current;
    if (!session || request.headers.has('Authorization')) return send(request);
    if (session.expiresAt - EXPIRY_MARGIN_MS <= Date.now()) session = await renew(session);
    // Kept unsent, so the request can go again after a renewal.
    const again = request.clone();
    const answer = await send(withToken(request, session.accessToken));
    if (answer.status !== 401) return answer;
    const renewed = await renew(session).catch(() => undefined);
    if (!renewed) return answer;
    await answer.body?.cancel().catch(() => undefined);
    return send(withToken(again, renewed.accessToken));
  };

  const signedIn = (): StoredSession => {
    if (!current) throw new Error('Nobody is signed in.');
    return current;
  };

  return {
    get user() {
      return current?.user;
    },
    fetch: authorized,
    requestSignInCode: (email, init) =>
      call<SignInCodeSent>(send, 'POST', '/v1/auth/code', { email }, init?.signal),
    async signIn(email, code, init) {
      const answer = await call<SignInSession>(send, 'POST', '/v1/auth/token', { email, code }, init?.signal);
      keep(stored(answer));
      return answer.user;
    },
    refresh: async () => (await renew(signedIn())).user,
    async me(init) {
      signedIn();
      const user = await call<Me>(authorized, 'GET', '/v1/me', undefined, init?.signal);
      if (current) keep({ ...current, user });
      return user;
    },
    async signOut() {
      let session = current;
      if (!session) return;
      try {
        // Renewed first when stale, so the refresh token sent is the one still in force.
        if (session.expiresAt - EXPIRY_MARGIN_MS <= Date.now()) session = await renew(session);
        await call(authorized, 'POST', '/v1/auth/sign-out', { refreshToken: session.refreshToken });
      } finally {
        keep(undefined);
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
