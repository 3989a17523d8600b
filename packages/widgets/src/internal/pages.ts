// A cursor-paginated list that grows with "load more"; shared by the practice list and the expert finder.
import type { ReactiveControllerHost } from 'lit';
import { RequestController } from './request.js';

export interface Page<T> {
  items: T[];
  total: number;
  nextCursor: string | null;
}

export type FetchPage<T> = (cursor: string | undefined, signal: AbortSignal) => Promise<Page<T>>;

export class PagesController<T> extends RequestController {
  items: T[] = [];
  total = 0;
  nextCursor: string | null = null;
  /** False from a new query until its first page arrives: what is on screen is from the last one. */
  fresh = false;
  #fetch: FetchPage<T> | undefined;

  constructor(host: ReactiveControllerHost) {
    super(host);
  }

  /**
   * Starts over with a new query. The previous results stay on screen (marked busy) until the
   * new ones arrive, so typing in a search box doesn't make the list flicker.
   */
  reset(fetch: FetchPage<T>): Promise<void> {
    this.#fetch = fetch;
    this.fresh = false;
    return this.run(async (signal) => this.#take(await fetch(undefined, signal), false));
  }

  /** Appends the next page; resolves with how many items were on screen before. */
  async more(): Promise<number> {
    const fetch = this.#fetch;
    const cursor = this.nextCursor;
    const before = this.items.length;
    if (fetch && cursor) await this.run(async (signal) => this.#take(await fetch(cursor, signal), true));
    return before;
  }

  #take(page: Page<T>, append: boolean): void {
    this.items = append ? [...this.items, ...page.items] : page.items;
    this.total = page.total;
    this.nextCursor = page.nextCursor;
    this.fresh = true;
  }
}
