// <mnh-hub>: the whole hub in one tag, every view at an address that survives reload, sharing and Back.
import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { HubProblemError } from '@mnh/sdk';
import type { HubClient, Me, Practice, Resource } from '@mnh/sdk';
import { HubElement } from '../../internal/hub-element.js';
import { RequestController } from '../../internal/request.js';
import { sessionFor } from '../../internal/session.js';
import { detailStyles } from '../../internal/detail.styles.js';
import { hostStyles } from '../../internal/styles.js';
import '../provider/define.js';
import { hubStyles } from './hub.styles.js';
import { currentRoute, hrefOf, to } from './routes.js';
import type { Route, Routing, ViewName } from './routes.js';
import { hubStrings } from './strings/index.js';
import { collectionView, homeView, navigation, resourceView, VIEW_MODULES } from './views.js';
import type { Text, ViewContext } from './views.js';

const REVIEWING = new Set(['reviewer', 'curator', 'admin']);
const CURATING = new Set(['curator', 'admin']);

/**
 * The complete Migration Network Hub for the Network's website: a home view with entry points by
 * thematic cluster, guiding principle and region and the numbers at a glance; practices, the tools
 * and library, experts, discussions, capacity-building support requests (with the curators' desk
 * for curators), submission of a practice and, for reviewers and curators, review. Every
 * view has its own address: path-based under `base` (`/hub/practices?objective=5`,
 * `/hub/practices/{slug}`), or in the hash (`#/practices/{slug}`) on pages whose server cannot route
 * paths. Back and Forward work, a reload or a shared link opens the same view, focus moves to the
 * view's heading and the document title follows. Each view's widgets load when first shown.
 *
 * @summary The whole Migration Network Hub in one tag, with shareable deep links.
 *
 * @fires {CustomEvent<{view: string, id?: string, href: string}>} mnh-navigate - The hub showed another view (a link, Back or Forward).
 *
 * @csspart nav - The navigation between views.
 * @csspart nav-link - Each link of the navigation; the current one has `aria-current="page"`.
 * @csspart heading - The view's heading, focused on navigation.
 * @csspart view - The view under the heading.
 * @csspart entry-points - Each list of entry points on the home view.
 * @csspart entry-point - Each entry point: a link to the practices it names.
 * @csspart back - The link from one item back to its collection.
 * @csspart resource-link - A resource's link to where it is.
 * @csspart error - The error or not-found message.
 * @csspart button - The retry button.
 *
 * @example
 * <mnh-hub api="https://hub.example.org" base="/hub/"></mnh-hub>
 * <mnh-hub api="https://hub.example.org" routing="hash"></mnh-hub>
 */
export class MnhHub extends HubElement {
  static override styles = [hostStyles, detailStyles, hubStyles];

  static override properties: PropertyDeclarations = {
    base: {},
    home: {},
    routing: {},
    route: { state: true, attribute: false },
    user: { state: true, attribute: false },
  };

  /** Where the hub's paths start on this site, e.g. `/hub/` (path routing). */
  base = '/';
  /** The home view's own path when it is not `base`, e.g. `/hub` when `base` is `/`. */
  home = '';
  /** `path` (default): addresses under `base`; `hash`: `#/practices/…`, for hosts that cannot route paths. */
  routing: 'path' | 'hash' = 'path';

  /** @internal */
  private route: Route = to('home');
  /** @internal */
  private user: Me | undefined;

  private readonly item = new RequestController(this);
  #itemData: Practice | Resource | undefined;
  #itemFor: [HubClient, ViewName, string] | undefined;
  #focusHeading = false;
  #pageTitle = '';
  #unsubscribe: (() => void) | undefined;

  get #routing(): Routing {
    return { mode: this.routing === 'hash' ? 'hash' : 'path', base: this.base || '/', home: this.home || undefined };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#pageTitle = document.title;
    this.route = currentRoute(this.#routing, location);
    window.addEventListener('popstate', this.#restore);
    window.addEventListener('hashchange', this.#restore);
    if (this.api) {
      const session = sessionFor(this.api);
      this.#unsubscribe = session.subscribe(() => (this.user = session.user));
      this.user = session.user;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#restore);
    window.removeEventListener('hashchange', this.#restore);
    this.#unsubscribe?.();
    document.title = this.#pageTitle;
  }

  /** Back, Forward or an edited hash: show what the address names now. */
  readonly #restore = (): void => {
    const route = currentRoute(this.#routing, location);
    if (hrefOf(this.#routing, route, location) === hrefOf(this.#routing, this.route, location)) return;
    this.#show(route);
  };

  /** Follows a link of the hub: a new history entry, the view, focus on its heading. */
  go(route: Route): void {
    const href = hrefOf(this.#routing, route, location);
    // The link to the view already shown adds no history entry; focus still goes to its heading.
    if (href !== hrefOf(this.#routing, this.route, location)) history.pushState(null, '', href);
    this.#show(route);
  }

  #show(route: Route): void {
    this.route = route;
    this.#focusHeading = true;
    this.emit('mnh-navigate', { view: route.view, id: route.id, href: hrefOf(this.#routing, route, location) });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Routing set from script after the hub was connected: read the address again.
    if (this.hasUpdated && (changed.has('base') || changed.has('home') || changed.has('routing'))) this.route = currentRoute(this.#routing, location);
    void VIEW_MODULES[this.route.view]?.();
    const client = this.hubClient;
    const { view, id = '' } = this.route;
    if (!client || (view !== 'practice' && view !== 'resource')) return;
    if (this.#itemFor?.[0] === client && this.#itemFor[1] === view && this.#itemFor[2] === id) return;
    this.#itemFor = [client, view, id];
    this.#itemData = undefined;
    void this.item.run(async (signal) => {
      this.#itemData = view === 'practice' ? await client.getPractice(id, { signal }) : await client.getResource(id, { signal });
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const heading = this.renderRoot.querySelector<HTMLElement>('[part~="heading"]');
    const title = heading?.textContent?.trim();
    if (title) document.title = this.#pageTitle ? `${title} – ${this.#pageTitle}` : title;
    if (this.#focusHeading && heading) {
      this.#focusHeading = false;
      heading.focus();
    }
  }

  #link = (route: Route, content: unknown, part = 'link', current = false) => {
    const follow = (e: MouseEvent) => {
      // A new tab or window keeps the browser's own behaviour: the address works there too.
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      this.go(route);
    };
    return html`<a part=${part} href=${hrefOf(this.#routing, route, location)} aria-current=${current ? 'page' : nothing} @click=${follow}
      >${content}</a
    >`;
  };

  #title(s: Text): string {
    const { view } = this.route;
    if (view === 'home') return s.hub;
    if (view === 'not-found' || (this.item.status === 'error' && (view === 'practice' || view === 'resource'))) {
      return this.item.error instanceof HubProblemError && this.item.error.status !== 404 && view !== 'not-found' ? s.failed : s.notFound;
    }
    if (view === 'practice' || view === 'resource') return this.#itemData?.title ?? s.loading;
    if (view === 'discussion') return s.views.discussions;
    return s.views[view as keyof Text['views']] ?? s.hub;
  }

  #body(ctx: ViewContext) {
    const { view } = this.route;
    if (view === 'home') return homeView(ctx);
    if (view === 'not-found') return html`<p part="error">${ctx.s.notFoundText}</p><p>${ctx.link(to('home'), ctx.s.views.home, 'back')}</p>`;
    if ((view === 'practice' || view === 'resource') && this.item.status === 'error') {
      const missing = this.item.error instanceof HubProblemError && this.item.error.status === 404;
      return missing ? html`<p part="error" role="alert">${ctx.s.notFoundText}</p>` : this.renderProblem(ctx.s, this.item);
    }
    if (view === 'resource') return this.#itemData ? resourceView(ctx, this.#itemData as Resource) : nothing;
    return collectionView(ctx);
  }

  protected override render() {
    const s = this.text(hubStrings);
    if (!this.hubClient) return html`<p part="error" class="problem" role="alert">${s.noApi}</p>`;
    const ctx: ViewContext = {
      route: this.route,
      s,
      taxonomy: this.labels.taxonomy,
      link: this.#link,
      href: (route) => hrefOf(this.#routing, route, location),
      go: (route) => this.go(route),
      curating: this.user?.roles.some((role) => CURATING.has(role)) ?? false,
    };
    const reviewing = this.user?.roles.some((role) => REVIEWING.has(role)) ?? false;
    const nav = navigation(ctx, reviewing);
    const view = html`${nav}
      <h2 part="heading" tabindex="-1" lang=${this.#itemData && this.route.id ? this.#itemData.language : nothing} dir="auto">${this.#title(s)}</h2>
      <div part="view" class="view" data-view=${this.route.view}>${this.#body(ctx)}</div>`;
    // One client, language and session for every widget of every view.
    return this.api ? html`<mnh-provider api=${this.api} lang=${this.locale.lang}>${view}</mnh-provider>` : view;
  }
}
