// <mnh-hub>'s addresses: which view a URL names, and the URL of a view, path-based under a base or in the hash.

/** The views of the whole hub; `practice`, `resource` and `discussion` show one item. */
export type ViewName =
  | 'home'
  | 'practices'
  | 'practice'
  | 'resources'
  | 'resource'
  | 'experts'
  | 'discussions'
  | 'discussion'
  | 'support'
  | 'submit'
  | 'review'
  | 'not-found';

export interface Route {
  view: ViewName;
  /** The item's slug or id, for a view of one item. */
  id?: string;
  /** The view's own query, e.g. `objective=5` for practices. */
  query: URLSearchParams;
}

export interface Routing {
  /** `path`: URLs under `base` (`/hub/practices/…`); `hash`: `#/practices/…` on the host page's URL. */
  mode: 'path' | 'hash';
  /** Where the hub's paths start, with a trailing slash (path mode). */
  base: string;
  /** The home view's own path when it is not `base` (path mode), e.g. `/hub` on the hub's own page. */
  home?: string;
}

/** Collections and their one-item views: `practices/{slug}` is a practice. */
const ITEMS: Partial<Record<ViewName, ViewName>> = { practices: 'practice', resources: 'resource', discussions: 'discussion' };
const LISTS = new Set<string>(['practices', 'resources', 'experts', 'discussions', 'support', 'submit', 'review']);

/** With a trailing slash, so `/hub` and `/hub/` both work as a base. */
export const normaliseBase = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/** The route a path below the base names (`practices/abc`, `` for home); `not-found` for anything else. */
export function routeOf(rest: string, query: URLSearchParams): Route {
  const [collection = '', id, extra] = rest.split('/').filter(Boolean).map(decodeURIComponent);
  if (!collection) return { view: 'home', query };
  if (!LISTS.has(collection) || extra !== undefined) return { view: 'not-found', query };
  if (id === undefined) return { view: collection as ViewName, query };
  const item = ITEMS[collection as ViewName];
  return item ? { view: item, id, query } : { view: 'not-found', query };
}

/** The route the current location names. */
export function currentRoute(routing: Routing, location: Location): Route {
  if (routing.mode === 'hash') {
    const [path = '', search = ''] = location.hash.replace(/^#\/?/, '').split('?');
    return routeOf(path, new URLSearchParams(search));
  }
  const query = new URLSearchParams(location.search);
  const base = normaliseBase(routing.base);
  if (routing.home && location.pathname === routing.home) return { view: 'home', query };
  if (`${location.pathname}/` === base) return { view: 'home', query };
  if (!location.pathname.startsWith(base)) return { view: 'home', query };
  return routeOf(location.pathname.slice(base.length), query);
}

/** The path below the base for a route: `practices/abc`. */
function pathOf(route: Route): string {
  const collection = Object.entries(ITEMS).find(([, item]) => item === route.view)?.[0] ?? route.view;
  if (route.view === 'home' || route.view === 'not-found') return '';
  return route.id === undefined ? collection : `${collection}/${encodeURIComponent(route.id)}`;
}

/** The URL of a route, for a link's href and for history. */
export function hrefOf(routing: Routing, route: Route, location: Location): string {
  const search = route.query.toString();
  const path = pathOf(route);
  if (routing.mode === 'hash') return `${location.pathname}${location.search}#/${path}${search ? `?${search}` : ''}`;
  const start = route.view === 'home' && routing.home ? routing.home : `${normaliseBase(routing.base)}${path}`;
  return `${start}${search ? `?${search}` : ''}`;
}

/** A route for `view`, with an optional item and query. */
export function to(view: ViewName, id?: string, query: Record<string, string> = {}): Route {
  return { view, id, query: new URLSearchParams(query) };
}
