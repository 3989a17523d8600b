// Keeps a thread widget following its discussion live, and gathers new comments into one polite announcement.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DiscussionApi, DiscussionEvent } from './discussion-api.js';
import { LiveFeed } from './live.js';
import type { ThreadModel } from './thread-model.js';

/** New comments arriving within this time are announced together ("3 new comments"). */
const ANNOUNCE_AFTER_MS = 1000;

export interface LiveThreadHost extends ReactiveControllerHost {
  /** The comments now shown, which events change. */
  readonly model: ThreadModel | undefined;
  /** Says how many comments by others arrived. */
  arrived(count: number): void;
}

export class LiveThread implements ReactiveController {
  #feed: [key: string, feed: LiveFeed] | undefined;
  readonly #arrived = new Set<string>();
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: LiveThreadHost) {
    host.addController(this);
  }

  /** Follows `discussion` from event `after`, unless it already does; `mode` `off` stops following. */
  follow(api: DiscussionApi, key: string, discussion: string, after: number, mode: 'auto' | 'poll' | 'off'): void {
    const wanted = `${key} ${discussion} ${mode}`;
    if (this.#feed?.[0] === wanted) return;
    this.stop();
    if (mode !== 'off') this.#feed = [wanted, new LiveFeed(api, discussion, after, (event) => this.#changed(event), mode === 'poll')];
  }

  stop(): void {
    this.#feed?.[1].close();
    this.#feed = undefined;
    clearTimeout(this.#timer);
    this.#arrived.clear();
  }

  #changed(event: DiscussionEvent): void {
    const model = this.host.model;
    if (!model) return;
    if (model.apply(event) && event.comment.state === 'visible') {
      this.#arrived.add(event.comment.id);
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => {
        // The reader's own comment may come down the stream before the hub has answered their post.
        const others = [...this.#arrived].filter((id) => !this.host.model?.get(id)?.mine).length;
        this.#arrived.clear();
        if (others) this.host.arrived(others);
      }, ANNOUNCE_AFTER_MS);
    }
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.stop();
  }
}
