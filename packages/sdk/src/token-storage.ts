// Where a session's tokens are kept between requests: memory by default, or the page's sessionStorage.
import type { Me } from './types.js';

/** What a session keeps: its tokens, when the access token expires, and who is signed in. */
export interface StoredSession {
  accessToken: string;
  refreshToken: string;
  /** When the access token expires, in milliseconds since the epoch. */
  expiresAt: number;
  user: Me;
}

/**
 * Keeps the signed-in session. Synchronous, so a page knows at once whether someone is signed in;
 * `save(undefined)` forgets it.
 */
export interface TokenStorage {
  load(): StoredSession | undefined;
  save(session: StoredSession | undefined): void;
}

/** Tokens in memory only: gone when the page or process goes. The default. */
export function memoryTokenStorage(): TokenStorage {
  let kept: StoredSession | undefined;
  return {
    load: () => kept,
    save: (session) => {
      kept = session;
    },
  };
}

const isStored = (value: unknown): value is StoredSession => {
  const v = value as Partial<StoredSession> | null;
  return (
    typeof v?.accessToken === 'string' &&
    typeof v.refreshToken === 'string' &&
    typeof v.expiresAt === 'number' &&
    typeof v.user === 'object' &&
    v.user !== null
  );
};

/**
 * Tokens in a Web Storage area, `sessionStorage` unless another is given: the embedding page's own
 * first-party storage, so a reload keeps the session without any cookie, and closing the tab ends it.
 * Where storage is unavailable (sandboxed frames, privacy modes) the session simply lives in memory.
 */
export function webTokenStorage(key: string, storage?: Storage): TokenStorage {
  const memory = memoryTokenStorage();
  const area = (): Storage | undefined => {
    try {
      return storage ?? globalThis.sessionStorage;
    } catch {
      // Reading `sessionStorage` itself throws where storage is blocked.
      return undefined;
    }
  };
  return {
    load() {
      try {
        const value: unknown = JSON.parse(area()?.getItem(key) ?? 'null');
        return isStored(value) ? value : memory.load();
      } catch {
        return memory.load();
      }
    },
    save(session) {
      memory.save(session);
      try {
        if (session) area()?.setItem(key, JSON.stringify(session));
        else area()?.removeItem(key);
      } catch {
        // Full or blocked: the copy in memory still serves this page.
      }
    },
  };
}
