// <mnh-practice-list>: published practices, filtered, paged, each opening its detail.
import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import type { HubClient, PracticeQuery, PracticeSummary } from '@mnh/sdk';
import { many } from '../../internal/attributes.js';
import { HubElement } from '../../internal/hub-element.js';
import type { DetailDialog } from '../../internal/dialog.js';
import { Debouncer } from '../../internal/debounce.js';
import { PagesController } from '../../internal/pages.js';
import { loadMore, renderCount, renderResults, resultsStyles } from '../../internal/results.js';
import { hostStyles } from '../../internal/styles.js';
import { practiceListStyles } from './practice-list.styles.js';
import type { CommonStrings } from '../../internal/strings/index.js';
import { practiceListStrings } from './strings/index.js';
import type { PracticeListStrings } from './strings/index.js';
import type { fieldStyles, renderFilterBar } from './filter-bar.js';
import { readUrl, writeUrl } from './url-state.js';
import type { FilterValues } from './url-state.js';

const FILTERS = ['q', 'objective', 'principle', 'theme', 'region', 'country', 'scope', 'language', 'sort'] as const;
type Filter = (typeof FILTERS)[number];
type Text = CommonStrings & PracticeListStrings;

/** The filter bar's template and styles, once its module has loaded (shared by every list on the page). */
let filterBar: typeof renderFilterBar | undefined;
let filterStyles: typeof fieldStyles | undefined;

/** What `mnh-select` from `<mnh-practice-list>` carries: the chosen practice. */
export interface PracticeSelectDetail {
  /** The practice's id (`prc_…`). */
  id: string;
  /** The practice's slug, for addresses on the host page. */
  slug: string;
}

/** `mnh-select` from `<mnh-practice-list>`; cancel it to show the practice yourself instead of the built-in dialog. */
export type PracticeSelectEvent = CustomEvent<PracticeSelectDetail>;

/**
 * Published practices from the hub's repository, filtered by attributes and, with `filters`, by
 * the visitor. Choosing a practice opens it in a dialog, unless the page handles `mnh-select`.
 *
 * @summary A filtered, paged list of practices from the Migration Network Hub.
 *
 * @fires {CustomEvent<{id: string, slug: string}>} mnh-select - A practice was chosen (click or Enter). Cancelable: call `preventDefault()` to handle it yourself instead of the built-in dialog. Typed as `PracticeSelectEvent` in `@mnh/widgets`.
 *
 * @csspart filters - The filter bar (with `filters`).
 * @csspart field - Each labelled field of the filter bar.
 * @csspart search - The free-text search box.
 * @csspart select - Each filter select.
 * @csspart count - The number of matching practices (a polite live region).
 * @csspart list - The list of practices.
 * @csspart item - Each practice.
 * @csspart item-title - The practice's title, the button that opens it.
 * @csspart item-meta - Countries and year.
 * @csspart item-summary - The practice's summary.
 * @csspart load-more - The "Load more" button.
 * @csspart empty - The message shown when nothing matches.
 * @csspart error - The error message.
 * @csspart button - Buttons: retry, clear filters.
 * @csspart dialog - The dialog showing a chosen practice.
 * @csspart close-button - The dialog's close button.
 * @csspart detail-base - The practice detail's parts, exported from the nested <mnh-practice-detail>; also detail-title, detail-summary, detail-facts, detail-section, detail-link.
 *
 * @example
 * <mnh-practice-list api="https://hub.example.org" region="africa" objective="5" limit="5" layout="compact"></mnh-practice-list>
 */
export class MnhPracticeList extends HubElement {
  // The filter bar's and the dialog's styles are adopted when those parts load (see useStyles).
  static override styles = [hostStyles, resultsStyles, practiceListStyles];

  static override properties: PropertyDeclarations = {
    objective: {},
    principle: {},
    theme: {},
    region: {},
    country: {},
    scope: {},
    language: {},
    q: {},
    sort: {},
    limit: { type: Number },
    layout: { reflect: true },
    filters: { type: Boolean },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
  };

  /** GCM objective numbers (1–23), comma-separated for several. */
  objective = '';
  /** Guiding principle keys, e.g. `human-rights`, comma-separated for several. */
  principle = '';
  /** Thematic cluster keys, comma-separated for several. */
  theme = '';
  /** Region keys: africa, americas, asia, europe, oceania, global; comma-separated for several. */
  region = '';
  /** ISO 3166-1 alpha-3 country codes, comma-separated for several. */
  country = '';
  /** Scopes: local, national, regional, global; comma-separated for several. */
  scope = '';
  /** ISO 639-1 codes of languages the practice is available in, comma-separated for several. */
  language = '';
  /** Full-text search terms. */
  q = '';
  /** `relevance` (needs `q`), `newest` or `title`; the hub's default otherwise. */
  sort = '';
  /** Practices per page, 1–100. */
  limit = 20;
  /** `cards`, `list` or `compact` (one line of summary, objective numbers only). */
  layout: 'cards' | 'list' | 'compact' = 'cards';
  /** Shows a filter bar: free text, objective, principle, region, country and language. */
  filters = false;
  /** Keeps the filters in the page URL (`?mnh-objective=5`), so a filtered view can be shared. */
  syncUrl = false;

  /**
   * The practice open in the dialog; changed only with a requestUpdate().
   * @internal
   */
  private selected: PracticeSummary | undefined;

  private readonly pages = new PagesController<PracticeSummary>(this);
  #dialog: DetailDialog | undefined;
  readonly #typing = new Debouncer();
  #loaded: [HubClient, string] | undefined;
  /** The filters the page author gave, which the URL's are compared with. */
  #authored: FilterValues<Filter> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.syncUrl) return;
    this.#authored ??= this.#values();
    this.#restoreUrl();
    window.addEventListener('popstate', this.#restoreUrl);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#restoreUrl);
    this.#typing.cancel();
  }

  readonly #restoreUrl = (): void => {
    const fromUrl = readUrl(FILTERS);
    for (const key of FILTERS) this[key] = fromUrl[key] ?? this.#authored?.[key] ?? '';
  };

  #values(): FilterValues<Filter> {
    return Object.fromEntries(FILTERS.map((key) => [key, this[key]])) as FilterValues<Filter>;
  }

  /** A change the visitor made: applied, and written to the URL with `sync-url`. */
  #choose(changes: Partial<FilterValues<Filter>>, push = true): void {
    Object.assign(this, changes);
    if (this.syncUrl && this.#authored) writeUrl(this.#values(), this.#authored, push);
  }

  #query(): PracticeQuery {
    return {
      q: this.q.trim() || undefined,
      objective: many(this.objective)?.map(Number),
      principle: many(this.principle) as PracticeQuery['principle'],
      theme: many(this.theme),
      region: many(this.region) as PracticeQuery['region'],
      country: many(this.country)?.map((c) => c.toUpperCase()),
      scope: many(this.scope) as PracticeQuery['scope'],
      language: many(this.language),
      sort: (this.sort || undefined) as PracticeQuery['sort'],
      limit: this.limit,
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const client = this.hubClient;
    if (!client) return;
    const query = this.#query();
    const key = JSON.stringify(query);
    if (this.#loaded?.[0] === client && this.#loaded[1] === key) return;
    this.#loaded = [client, key];
    void this.pages.reset((cursor, signal) => client.listPractices({ ...query, cursor }, { signal }));
  }

  async #open(practice: PracticeSummary, trigger: HTMLElement): Promise<void> {
    if (!this.emit<PracticeSelectDetail>('mnh-select', { id: practice.id, slug: practice.slug }, true)) return;
    // The dialog and the detail load when first needed: most visits never open one, and the
    // list alone stays within its size budget.
    void import('../practice-detail/define.js');
    const { DetailDialog, dialogStyles } = await import('../../internal/dialog.js');
    this.useStyles(dialogStyles);
    this.#dialog ??= new DetailDialog(() => this.renderRoot.querySelector('dialog'));
    this.selected = practice;
    this.requestUpdate();
    await this.updateComplete;
    this.#dialog.open(trigger);
  }

  protected override render() {
    const s = this.text(practiceListStrings);
    if (!this.hubClient) return html`<p part="error" class="problem" role="alert">${s.noApi}</p>`;
    const pages = this.pages;
    return html`${this.#renderFilterBar(s)} ${renderCount(pages, this.locale, s.count)}
      ${renderResults({
        pages,
        s,
        locale: this.locale,
        skeletons: this.limit,
        skeleton: html`<div class="card-title"></div>
          <p class="meta"></p>
          <ul class="tags"></ul>
          <p class="summary"></p>`,
        empty: html`<p>${s.empty}</p>
          ${this.filters
            ? html`<button part="button" class="quiet" type="button" @click=${() => this.#clear()}>${s.clear}</button>`
            : nothing}`,
        item: (p) => this.#renderItem(p, s),
        problem: () => this.renderProblem(s, pages),
        more: () => loadMore(pages, this),
      })}
      ${this.#dialog?.render(
        this.selected?.title ?? '',
        s.close,
        () => {
          this.selected = undefined;
          this.requestUpdate();
        },
        this.selected
          ? html`<mnh-practice-detail
              .client=${this.hubClient}
              lang=${this.locale.lang}
              color-scheme=${this.colorScheme ?? nothing}
              practice=${this.selected.id}
              exportparts="base:detail-base, title:detail-title, summary:detail-summary, facts:detail-facts, section:detail-section, link:detail-link"
            ></mnh-practice-detail>`
          : nothing,
      ) ?? nothing}`;
  }

  #renderItem(p: PracticeSummary, s: Text) {
    const l = this.labels;
    const meta = [this.locale.list(l.all('countries', p.countries)), String(p.year)].filter(Boolean).join(' · ');
    return html`<li part="item" class="card">
      <h3 class="card-title">
        <button
          part="item-title"
          type="button"
          lang=${p.language}
          dir="auto"
          @click=${(e: Event) => this.#open(p, e.currentTarget as HTMLElement)}
        >
          ${p.title}
        </button>
      </h3>
      <p part="item-meta" class="meta muted">${meta}</p>
      <ul class="tags" aria-label=${s.objectives}>
        ${p.objectives.map((n) => html`<li>${n}<span class="objective-label"> · ${l.of('objectives', n)}</span></li>`)}
      </ul>
      <p part="item-summary" class="summary" lang=${p.language} dir="auto">${p.summary}</p>
    </li>`;
  }

  #renderFilterBar(s: Text) {
    if (!this.filters) return nothing;
    if (!filterBar) {
      void import('./filter-bar.js').then((module) => {
        filterBar = module.renderFilterBar;
        filterStyles = module.fieldStyles;
        this.requestUpdate();
      });
      return nothing;
    }
    if (filterStyles) this.useStyles(filterStyles);
    return filterBar({
      values: this,
      taxonomy: this.labels.taxonomy,
      s,
      typing: this.#typing,
      choose: (changes, push) => this.#choose(changes, push),
    });
  }

  #clear(): void {
    this.#typing.cancel();
    this.#choose(Object.fromEntries(FILTERS.filter((key) => key !== 'sort').map((key) => [key, ''])));
  }
}
