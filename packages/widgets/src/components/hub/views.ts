// <mnh-hub>'s views: the home view's entry points, the hub's widgets for each collection, and one resource.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Resource, Taxonomy } from '@mnh/sdk';
import type { PracticeSelectEvent } from '../practice-list/practice-list.js';
import type { ResourceSelectEvent } from '../resource-list/resource-list.js';
import type { DiscussionSelectEvent } from '../discussion-list/discussion-list.js';
import { fact, safeHref, isolate } from '../../internal/render.js';
import type { CommonStrings } from '../../internal/strings/index.js';
import { to } from './routes.js';
import type { Route, ViewName } from './routes.js';
import type { HubStrings } from './strings/index.js';

export type Text = CommonStrings & HubStrings;

export interface ViewContext {
  route: Route;
  s: Text;
  taxonomy: Taxonomy | undefined;
  /** A link to a route that the hub follows without reloading the page. */
  link: (route: Route, content: unknown, part?: string, current?: boolean) => TemplateResult;
  /** The address of a route, for widgets that make their own links. */
  href: (route: Route) => string;
  go: (route: Route) => void;
  /** Whether the signed-in person curates (curator or admin): the support view adds the curators' desk. */
  curating: boolean;
}

/** Each view's module, loaded the first time the view is shown: a visit to one view pays for that one. */
export const VIEW_MODULES: Partial<Record<ViewName, () => Promise<unknown>>> = {
  home: () => import('../hub-stats/define.js'),
  practices: () => import('../practice-list/define.js'),
  practice: () => import('../practice-detail/define.js'),
  resources: () => import('../resource-list/define.js'),
  experts: () => import('../expert-finder/define.js'),
  submit: () => import('../practice-form/define.js'),
  review: () => import('../review-panel/define.js'),
  discussions: () => import('../discussion-list/define.js'),
  discussion: () => import('../discussion-thread/define.js'),
  support: () => import('../support-request/define.js'),
};

/** The navigation, in order; `review` only for those with a reviewing role. */
const NAV = ['home', 'practices', 'resources', 'experts', 'discussions', 'support', 'submit', 'review'] as const;

/** The links between views, the current one (or its collection, for one item) marked as the page. */
export function navigation(ctx: ViewContext, reviewing: boolean): TemplateResult {
  const view = ctx.route.view;
  const current = (name: ViewName) => view === name || view === name.replace(/s$/, '');
  return html`<nav part="nav" aria-label=${ctx.s.hub}>
    <ul class="plain">
      ${NAV.filter((name) => name !== 'review' || reviewing).map(
        (name) => html`<li>${ctx.link(to(name), ctx.s.views[name], 'nav-link', current(name))}</li>`,
      )}
    </ul>
  </nav>`;
}

/** The query keys a list takes from the hub's URL (`/practices?objective=5`). */
const PRACTICE_FILTERS = ['q', 'objective', 'principle', 'theme', 'region', 'country', 'scope', 'language'] as const;
const RESOURCE_FILTERS = ['q', 'type', 'objective', 'principle', 'theme', 'region', 'country', 'language'] as const;

const entryList = (ctx: ViewContext, heading: string, entries: { key: string; label: string }[], filter: string) =>
  html`<section class="entries" aria-labelledby="entry-${filter}">
    <h3 id="entry-${filter}">${heading}</h3>
    <ul part="entry-points" class="plain">
      ${entries.map((e) => html`<li>${ctx.link(to('practices', undefined, { [filter]: e.key }), e.label, 'entry-point')}</li>`)}
    </ul>
  </section>`;

/** Entry points by thematic cluster, guiding principle and region, then the numbers. */
export function homeView(ctx: ViewContext): TemplateResult {
  const t = ctx.taxonomy;
  return html`<p class="intro">${ctx.s.intro}</p>
    ${t
      ? html`<div class="entry-grid">
          ${entryList(ctx, ctx.s.byTheme, t.themes, 'theme')} ${entryList(ctx, ctx.s.byPrinciple, t.principles, 'principle')}
          ${entryList(ctx, ctx.s.byRegion, t.regions, 'region')}
        </div>`
      : html`<p class="muted" role="status">${ctx.s.loading}</p>`}
    <section aria-labelledby="numbers">
      <h3 id="numbers">${ctx.s.numbers}</h3>
      <mnh-hub-stats exportparts="chart, totals, table"></mnh-hub-stats>
    </section>`;
}

const pick = (query: URLSearchParams, keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, query.get(k) ?? '']));

/** A collection's widget, its filters taken from the hub's URL; choosing an item opens the hub's own view of it. */
export function collectionView(ctx: ViewContext): TemplateResult | typeof nothing {
  const { route } = ctx;
  switch (route.view) {
    case 'practices': {
      const f = pick(route.query, PRACTICE_FILTERS);
      const open = (e: PracticeSelectEvent) => {
        e.preventDefault();
        ctx.go(to('practice', e.detail.slug));
      };
      return html`<mnh-practice-list filters sync-url q=${f.q} objective=${f.objective} principle=${f.principle} theme=${f.theme}
        region=${f.region} country=${f.country} scope=${f.scope} language=${f.language} @mnh-select=${open}></mnh-practice-list>`;
    }
    case 'resources': {
      const f = pick(route.query, RESOURCE_FILTERS);
      const open = (e: ResourceSelectEvent) => {
        e.preventDefault();
        ctx.go(to('resource', e.detail.slug));
      };
      return html`<mnh-resource-list filters q=${f.q} type=${f.type} objective=${f.objective} principle=${f.principle} theme=${f.theme}
        region=${f.region} country=${f.country} language=${f.language} @mnh-select=${open}></mnh-resource-list>`;
    }
    case 'practice':
      return html`<p>${ctx.link(to('practices'), ctx.s.allPractices, 'back')}</p>
        <mnh-practice-detail practice=${route.id ?? ''} exportparts="base: detail-base, summary: detail-summary, facts: detail-facts"></mnh-practice-detail>`;
    case 'discussions': {
      const open = (e: DiscussionSelectEvent) => {
        e.preventDefault();
        ctx.go(to('discussion', e.detail.discussion));
      };
      return html`<mnh-discussion-list href-template="${ctx.href(to('discussions'))}/{discussion}" @mnh-discussion-select=${open}></mnh-discussion-list>`;
    }
    case 'discussion':
      return html`<p>${ctx.link(to('discussions'), ctx.s.views.discussions, 'back')}</p>
        <mnh-discussion-thread discussion=${route.id ?? ''}></mnh-discussion-thread>`;
    case 'support':
      if (!ctx.curating) return html`<mnh-support-request></mnh-support-request>`;
      void import('../support-desk/define.js');
      return html`<mnh-support-desk></mnh-support-desk>
        <mnh-support-request></mnh-support-request>`;
    case 'experts':
      return html`<mnh-expert-finder></mnh-expert-finder>`;
    case 'submit':
      return html`<mnh-practice-form></mnh-practice-form>`;
    case 'review':
      return html`<mnh-review-panel></mnh-review-panel>`;
    default:
      return nothing;
  }
}

/** One resource: what it is, who published it, and the way to it (opened in a new tab, http(s) only). */
export function resourceView(ctx: ViewContext, r: Resource): TemplateResult {
  const { s, taxonomy } = ctx;
  const href = safeHref(r.url);
  const type = taxonomy?.resourceTypes.find((t) => t.key === r.type)?.label ?? r.type;
  return html`<p>${ctx.link(to('resources'), s.allResources, 'back')}</p>
    <p part="resource-summary" class="lead" lang=${r.language} dir="auto">${r.summary}</p>
    <dl part="resource-facts">
      ${fact(s.type, type)} ${fact(s.publisher, isolate(r.publisher.name))} ${fact(s.year, String(r.year))}
    </dl>
    <p class="prose" lang=${r.language} dir="auto">${r.description}</p>
    ${href ? html`<p><a part="resource-link" href=${href} target="_blank" rel="noopener">${s.openResource}<span class="vh"> ${s.newTab}</span></a></p>` : nothing}`;
}
