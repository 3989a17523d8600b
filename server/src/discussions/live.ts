// In-memory subscribers to each discussion's public events, with caps on open streams per address and in all.
import type { components } from '@mnh/contract';

export type DiscussionEvent = components['schemas']['DiscussionEvent'];
export type Listener = (event: DiscussionEvent) => void;

export interface LiveLimits {
  /** Open streams per client address. Default 20. */
  perClient?: number;
  /** Open streams in all. Default 5,000. */
  total?: number;
}

export type Admission = { ok: true; release: () => void } | { ok: false; reason: 'client' | 'total' };

/**
 * The discussions' live listeners. Routes `publish` after a write has committed; a stream
 * `subscribe`s once it is open and calls the returned function when it closes, which removes the
 * listener and drops the discussion's set when it was the last, so nothing outlives a client.
 */
export class DiscussionLive {
  readonly #listeners = new Map<string, Set<Listener>>();
  readonly #perClient = new Map<string, number>();
  #open = 0;
  readonly #limits: Required<LiveLimits>;

  constructor(limits: LiveLimits = {}) {
    this.#limits = { perClient: limits.perClient ?? 20, total: limits.total ?? 5000 };
  }

  /** Takes a stream slot for `client`; `release` (idempotent) gives it back. */
  admit(client: string): Admission {
    if (this.#open >= this.#limits.total) return { ok: false, reason: 'total' };
    const mine = this.#perClient.get(client) ?? 0;
    if (mine >= this.#limits.perClient) return { ok: false, reason: 'client' };
    this.#perClient.set(client, mine + 1);
    this.#open += 1;
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        this.#open -= 1;
        const left = (this.#perClient.get(client) ?? 1) - 1;
        if (left > 0) this.#perClient.set(client, left);
        else this.#perClient.delete(client);
      },
    };
  }

  subscribe(discussionId: string, listener: Listener): () => void {
    let set = this.#listeners.get(discussionId);
    if (!set) {
      set = new Set();
      this.#listeners.set(discussionId, set);
    }
    set.add(listener);
    return () => {
      const current = this.#listeners.get(discussionId);
      if (!current) return;
      current.delete(listener);
      if (current.size === 0) this.#listeners.delete(discussionId);
    };
  }

  publish(discussionId: string, event: DiscussionEvent): void {
    for (const listener of this.#listeners.get(discussionId) ?? []) listener(event);
  }

  /** For tests and health: open streams, listeners, discussions listened to, addresses with a stream. */
  stats(): { open: number; listeners: number; discussions: number; clients: number } {
    let listeners = 0;
    for (const set of this.#listeners.values()) listeners += set.size;
    return { open: this.#open, listeners, discussions: this.#listeners.size, clients: this.#perClient.size };
  }
}
