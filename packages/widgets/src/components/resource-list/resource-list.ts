// <mnh-resource-list>: the tools and library's published resources, filtered and paged, each a link to the resource.
import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import type { HubClient, ResourceQuery, ResourceSummary } from '@mnh/sdk';
import { many } from '../../internal/attributes.js';
import { Debouncer } from '../../internal/debounce.js';
import { HubElement } from '../../internal/hub-element.js';
import { PagesController } from '../../internal/pages.js';
import { isolate, safeHref } from '../../internal/render.js';
import { loadMore, renderCount, renderResults, resultsStyles } from '../../internal/results.js';
import { hostStyles } from '../../internal/styles.js';
import { practiceListStyles } from '../practice-list/practice-list.styles.js';
import type { fieldStyles, renderResourceFilterBar } from './filter-bar.js';
import { resourceListStyles } from './resource-list.styles.js';
import { resourceListStrings } from './strings/index.js';
import type { ResourceListStrings } from './strings/index.js';
import type { CommonStrings } from '../../internal/strings/index.js';

/** Every filter an attribute or the visitor can set; "Clear filters" empties them all. */
const FILTERS = ['q', 'type', 'objective', 'principle', 'theme', 'region', 'country', 'language', 'publisher'] as const;
type Text = CommonStrings & ResourceListStrings;

/** The filter bar's template and styles, once its module has loaded (shared by every list on the page). */
let filterBar: typeof renderResourceFilterBar | undefined;
let filterStyles: typeof fieldStyles | undefined;

/** What `mnh-select` from `<mnh-resource-list>` carries: the chosen resource. */
export interface ResourceSelectDetail {
  /** The resource's id (`res_…`). */
  id: string;
  slug: string;
  /** Where the resource is. */
  url: string;
}

/** `mnh-select` from `<mnh-resource-list>`; cancel it to handle the resource yourself instead of following its link. */
export type ResourceSelectEvent = CustomEvent<ResourceSelectDetail>;

/**
 * Published resources from the hub's tools and library (tools, guidance, publications, training
 * material, multimedia, datasets), filtered by attributes and, with `filters`, by the visitor.
 * Each resource's title is a link to it, opened in a new tab; an address that is not http(s)
 * is never made a link.
 *
 * @summary A filtered, paged list of the Migration Network Hub's tools and library.
 *
 * @fires {CustomEvent<{id: string, slug: string, url: string}>} mnh-select - A resource was chosen (click or Enter on its link). Cancelable: call `preventDefault()` to handle it yourself instead of opening its address. Typed as `ResourceSelectEvent` in `@mnh/widgets`.
 *
 * @csspart filters - The filter bar (with `filters`).
 * @csspart field - Each labelled field of the filter bar.
 * @csspart search - The free-text search box.
 * @csspart select - Each filter select.
 * @csspart count - The number of matching resources (a polite live region).
 * @csspart list - The list of resources.
 * @csspart item - Each resource.
 * @csspart item-title - The resource's title: the link to it.
 * @csspart item-meta - Type, publisher and year.
 * @csspart item-languages - The languages the resource is available in.
 * @csspart item-summary - The resource's summary.
 * @csspart load-more - The "Load more" button.
 * @csspart empty - The message shown when nothing matches.
 * @csspart error - The error message.
 * @csspart button - Buttons: retry, clear filters.
 *
 * @example
 * <mnh-resource-list api="https://hub.example.org" type="tool,guidance" objective="6" filters></mnh-resource-list>
 */
export class MnhResourceList extends HubElement {
  // The filter bar's styles are adopted when it loads (see useStyles).
  static override styles = [hostStyles, resultsStyles, practiceListStyles, resourceListStyles];

  static override properties: PropertyDeclarations = {
    type: {},
    objective: {},
    principle: {},
    theme: {},
    region: {},
    country: {},
    language: {},
    publisher: {},
    q: {},
    sort: {},
    limit: { type: Number },
    layout: { reflect: true },
    filters: { type: Boolean },
  };

  /** Resource types: tool, guidance, publication, training, multimedia, dataset, other; comma-separated for several. */
  type = '';
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
  /** ISO 639-1 codes of languages the resource is available in, comma-separated for several. */
  language = '';
  /** A publisher's name as the hub shows it (case and accents ignored); one only, since names may hold commas. */
  publisher = '';
  /** Full-text search terms. */
  q = '';
  /** `relevance` (needs `q`), `newest` or `title`; the hub's default otherwise. */
  sort = '';
  /** Resources per page, 1–100. */
  limit = 20;
  /** `cards`, `list` or `compact` (one line of summary). */
  layout: 'cards' | 'list' | 'compact' = 'cards';
  /** Shows a filter bar: free text, type, objective, region and language. */
  filters = false;

  private readonly pages = new PagesController<ResourceSummary>(this);
  readonly #typing = new Debouncer();
  #loaded: [HubClient, string] | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#typing.cancel();
  }

  #query(): ResourceQuery {
    return {
      q: this.q.trim() || undefined,
      type: many(this.type) as ResourceQuery['type'],
      objective: many(this.objective)?.map(Number),
      principle: many(this.principle) as ResourceQuery['principle'],
      theme: many(this.theme),
      region: many(this.region) as ResourceQuery['region'],
      country: many(this.country)?.map((c) => c.toUpperCase()),
      language: many(this.language),
      publisher: this.publisher.trim() ? [this.publisher.trim()] : undefined,
      sort: (this.sort || undefined) as ResourceQuery['sort'],
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
    void this.pages.reset((cursor, signal) => client.listResources({ ...query, cursor }, { signal }));
  }

  protected override render() {
    const s = this.text(resourceListStrings);
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
      item: (r) => this.#renderItem(r, s),
      problem: () => this.renderProblem(s, pages),
      more: () => loadMore(pages, this),
    })}`;
  }

  #renderItem(r: ResourceSummary, s: Text) {
    const l = this.labels;
    const type = l.taxonomy?.resourceTypes.find((t) => t.key === r.type)?.label ?? r.type;
    const href = safeHref(r.url);
    const select = (e: Event) => {
      if (!this.emit<ResourceSelectDetail>('mnh-select', { id: r.id, slug: r.slug, url: r.url }, true)) e.preventDefault();
    };
    return html`<li part="item" class="card">
      <h3 class="card-title">
        ${href
          ? html`<a part="item-title" href=${href} target="_blank" rel="noopener" lang=${r.language} dir="auto" @click=${select}
              >${r.title}<span class="vh"> ${s.newTab}</span></a
            >`
          : html`<span part="item-title" lang=${r.language} dir="auto">${r.title}</span>`}
      </h3>
      <p part="item-meta" class="meta muted">${[type, isolate(r.publisher), String(r.year)].join(' · ')}</p>
      <ul part="item-languages" class="tags" aria-label=${s.languages}>
        ${r.resourceLanguages.map((code) => html`<li>${l.of('languages', code)}</li>`)}
      </ul>
      <p part="item-summary" class="summary" lang=${r.language} dir="auto">${r.summary}</p>
    </li>`;
  }

  #renderFilterBar(s: Text) {
    if (!this.filters) return nothing;
    if (!filterBar) {
      void import('./filter-bar.js').then((module) => {
        filterBar = module.renderResourceFilterBar;
        filterStyles = module.fieldStyles;
        this.requestUpdate();
      });
      return nothing;
    }
    if (filterStyles) this.useStyles(filterStyles);
    return filterBar({ values: this, taxonomy: this.labels.taxonomy, s, typing: this.#typing, choose: (changes) => Object.assign(this, changes) });
  }

  #clear(): void {
    this.#typing.cancel();
    for (const key of FILTERS) this[key] = '';
  }
}
