// A discussion's changes as they happen: Server-Sent Events, or polling when the stream cannot be used.
import type { DiscussionApi, DiscussionEvent } from './discussion-api.js';

/** Errors in a row (no event between them) after which the stream is given up for polling. */
const STREAM_ERRORS = 3;
/** How often to ask for changes while polling. */
export const POLL_MS = 3000;

export type LiveMode = 'stream' | 'poll' | 'off';

/**
 * Follows one discussion from event `after` on. The browser's EventSource reconnects by itself and
 * sends `Last-Event-ID`, so nothing is missed after a short drop; when it keeps failing (a proxy
 * that buffers, a blocked port) the feed asks `?after=N` every few seconds instead.
 */
export class LiveFeed {
  mode: LiveMode = 'off';
  #source: EventSource | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #abort: AbortController | undefined;
  #errors = 0;
  #after: number;

  constructor(
    private readonly api: DiscussionApi,
    private readonly discussion: string,
    after: number,
    private readonly onEvent: (event: DiscussionEvent) => void,
    /** Tests and pages that cannot use EventSource may start with polling. */
    forcePoll = false,
  ) {
    this.#after = after;
    if (forcePoll || typeof EventSource === 'undefined') this.#poll();
    else this.#stream();
  }

  /** The last event seen: what a fresh stream or poll resumes after. */
  get after(): number {
    return this.#after;
  }

  #take(event: DiscussionEvent): void {
    // A resumed stream or an overlapping poll may repeat an event: apply each once.
    if (event.id <= this.#after) return;
    this.#after = event.id;
    this.onEvent(event);
  }

  #stream(): void {
    this.mode = 'stream';
    const source = (this.#source = new EventSource(this.api.eventsUrl(this.discussion, this.#after)));
    source.addEventListener('comment', (message: MessageEvent<string>) => {
      this.#errors = 0;
      try {
        const data = JSON.parse(message.data) as Omit<DiscussionEvent, 'id'> & { id?: number };
        this.#take({ ...data, id: Number(message.lastEventId) || data.id || this.#after + 1 });
      } catch {
        // A malformed event is skipped; the next one still counts.
      }
    });
    source.addEventListener('open', () => (this.#errors = 0));
    source.addEventListener('error', () => {
      this.#errors += 1;
      if (source.readyState === EventSource.CLOSED || this.#errors >= STREAM_ERRORS) {
        source.close();
        this.#source = undefined;
        this.#poll();
      }
    });
  }

  #poll(): void {
    this.mode = 'poll';
    const abort = (this.#abort = new AbortController());
    const next = () => {
      if (!abort.signal.aborted) this.#timer = setTimeout(tick, POLL_MS);
    };
    const tick = () => {
      this.api.events(this.discussion, this.#after, abort.signal).then((page) => {
        page.items.forEach((event) => this.#take(event));
      }).catch(() => undefined).finally(next);
    };
    tick();
  }

  close(): void {
    this.mode = 'off';
    this.#source?.close();
    this.#source = undefined;
    this.#abort?.abort();
    clearTimeout(this.#timer);
  }
}
