// The states of a paged result list, shared by the lists: skeleton, error, empty, items, load more.
import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocaleController, PluralForms } from './locale.js';
import type { PagesController } from './pages.js';
import { fill } from './i18n.js';
import type { CommonStrings } from './strings/index.js';

export interface ResultsView<T> {
  pages: PagesController<T>;
  s: CommonStrings;
  locale: LocaleController;
  /** How many placeholders reserve the room of the first page. */
  skeletons: number;
  /** A result's inner structure, empty: its fixed-height pieces make a placeholder exactly as tall. */
  skeleton: TemplateResult;
  empty: TemplateResult;
  item: (value: T) => TemplateResult;
  problem: () => TemplateResult;
  more: () => void;
}

/** "123 practices" in a polite live region; kept while a new query loads, so it doesn't flicker. */
export function renderCount<T>(pages: PagesController<T>, locale: LocaleController, forms: PluralForms) {
  return html`<p part="count" class="count" role="status">
    ${pages.fresh || pages.items.length ? locale.count(forms, pages.total) : ''}
  </p>`;
}

export function renderResults<T>(view: ResultsView<T>): TemplateResult {
  const { pages, s, locale } = view;
  if (pages.status === 'error' && !pages.fresh) return view.problem();
  if (!pages.fresh && !pages.items.length) {
    const count = Number.isInteger(view.skeletons) ? Math.min(Math.max(view.skeletons, 1), 100) : 20;
    return html`<div aria-busy="true">
      <span class="vh">${s.loading}</span>
      <ul class="results" aria-hidden="true">
        ${Array.from({ length: count }, () => html`<li class="card skeleton">${view.skeleton}</li>`)}
      </ul>
      <div class="more" aria-hidden="true"><span class="skeleton more-button"></span></div>
    </div>`;
  }
  if (!pages.items.length) return html`<div part="empty" class="empty">${view.empty}</div>`;
  const loading = pages.status === 'loading';
  return html`<ul part="list" class="results" aria-busy=${loading}>
      ${pages.items.map(view.item)}
    </ul>
    ${pages.status === 'error' ? view.problem() : nothing}
    ${pages.nextCursor && pages.status !== 'error'
      ? html`<div class="more">
          <button part="load-more" type="button" aria-disabled=${loading} @click=${view.more}>${s.loadMore}</button>
          <span class="muted"
            >${fill(s.shown, { shown: locale.number(pages.items.length), total: locale.number(pages.total) })}</span
          >
        </div>`
      : nothing}`;
}

/**
 * Loads the next page and moves focus to the first result that arrived, so keyboard users carry
 * on from there instead of from the top.
 */
export async function loadMore<T>(
  pages: PagesController<T>,
  host: { updateComplete: Promise<boolean>; renderRoot: ParentNode },
): Promise<void> {
  if (pages.status === 'loading') return;
  const before = await pages.more();
  await host.updateComplete;
  host.renderRoot.querySelectorAll<HTMLElement>('.card-title > *')[before]?.focus();
}

/**
 * The lists' look. Comments stay out here, not in the CSS, which ships as written. Why the rules:
 * - every piece of a card has a fixed height (clamped lines, one row of tags, more hidden), so a
 *   card's height doesn't depend on its text and a skeleton takes exactly the room its result will;
 * - the one-line pieces are contained, so their full length never widens a page's grid or flex row;
 * - the whole card chooses the result (the title's ::after covers it), while the title's button
 *   stays the one thing keyboards reach, its focus ring drawn around the card.
 */
export const resultsStyles = css`
  .count {
    min-block-size: 1.5em;
    margin-block-end: calc(var(--_space) * 0.5);
    color: var(--_muted);
  }
  .results {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: var(--_space);
    border: 1px solid color-mix(in srgb, var(--_border) 50%, transparent);
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  .card.skeleton {
    border-color: transparent;
    background: var(--_skeleton);
  }
  .card:hover {
    border-color: var(--_accent);
  }
  .card:has(:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .card-title {
    block-size: 2lh;
    font-size: 1.0625em;
    line-height: 1.3;
  }
  .card .meta,
  .card .tags {
    contain: inline-size;
  }
  .card .meta {
    block-size: 1lh;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-size: 0.875em;
  }
  .card .tags {
    block-size: 1.5rem;
    overflow: hidden;
  }
  .card .tags li {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .card-title button {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    min-block-size: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font-weight: 600;
    text-align: start;
  }
  .card-title button:focus-visible {
    outline: none;
  }
  .card-title button::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .more-button {
    block-size: 2.5rem;
    inline-size: 8rem;
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin-block-start: var(--_space);
  }
  .empty {
    display: grid;
    justify-items: start;
    gap: calc(var(--_space) * 0.5);
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
`;
