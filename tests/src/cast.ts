// The people of an end-to-end story, each in their own browser context on a page the hub serves.
import type { Browser, Locator, Page } from 'playwright-core';
import { watchedPage } from './browser.js';
import type { WatchedPage } from './browser.js';
import { signInThrough } from './sign-in.js';

export interface Person {
  page: Page;
  /** The page's main widget: `<mnh-practice-form>` or `<mnh-review-panel>`. */
  widget: Locator;
}

/**
 * Opens pages for a test (one browser context each, so each has its own session) and keeps their
 * problems (console errors, CSP violations, 4xx/5xx) under the name of whoever's page it was.
 */
export class Cast {
  readonly #watched: [who: string, watched: WatchedPage][] = [];

  constructor(
    private readonly browser: Browser,
    private readonly hubUrl: string,
  ) {}

  /** A fresh page at `path` of the hub, for `who`; `prepare` runs before it loads (to listen from the first byte). */
  async open(who: string, path: string, prepare?: (page: Page) => void): Promise<Page> {
    const watched = await watchedPage(this.browser);
    this.#watched.push([who, watched]);
    prepare?.(watched.page);
    await watched.page.goto(`${this.hubUrl}${path}`);
    return watched.page;
  }

  /** `email` on the Contribute example, signed in through the page's own `<mnh-sign-in>`. */
  async contributor(email: string): Promise<Person> {
    const page = await this.open(email, '/examples/contribute/');
    await signInThrough(page.locator('aside mnh-sign-in'), this.hubUrl, email);
    return { page, widget: page.locator('mnh-practice-form') };
  }

  /** `email` (a curator or a reviewer) on the review desk example, signed in there. */
  async reviewDesk(email: string): Promise<Person> {
    const page = await this.open(email, '/examples/review-desk/');
    await signInThrough(page.locator('.account mnh-sign-in'), this.hubUrl, email);
    return { page, widget: page.locator('mnh-review-panel') };
  }

  /** Every problem recorded so far, as `who: problem`. */
  problems(): string[] {
    return this.#watched.flatMap(([who, { problems }]) => problems.map((problem) => `${who}: ${problem}`));
  }

  async close(): Promise<void> {
    await Promise.all(this.#watched.map(([, { page }]) => page.context().close()));
  }
}
