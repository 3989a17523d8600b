// The hub's HTTP application: middleware, one module per resource, and errors as problem details.
import { Hono, type Context } from 'hono';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { secureHeaders } from 'hono/secure-headers';
import serverPackage from '../package.json' with { type: 'json' };
import type { Store } from './store/types.js';
import { loadContract, type Contract } from './http/contract.js';
import type { HubEnv } from './http/env.js';
import { silentLogger, type Logger } from './http/logger.js';
import { HUB_CORS, hubCors } from './http/cors.js';
import { dataVersion } from './http/data-version.js';
import { problemErrorHandler, problemNotFound, problemResponse } from './http/problem.js';
import { rateLimit, rateLimiter } from './http/rate-limit.js';
import type { Replay } from './http/replay.js';
import { requestId } from './http/request-id.js';
import { requestLog } from './http/request-log.js';
import { ResponseCache, type ResponseCacheOptions } from './http/response-cache.js';
import type { RouteDeps } from './routes/deps.js';
import { createSignIn } from './auth/sign-in.js';
import { SIGN_IN_POLICY, type SignInPolicy } from './auth/policy.js';
import type { HubEnvironment } from './config.js';
import { mailQueue } from './mail/queue.js';
import { auth } from './routes/auth.js';
import { devOutbox } from './routes/dev-outbox.js';
import { me } from './routes/me.js';
import { notifications } from './routes/notifications.js';
import { audit } from './routes/audit.js';
import { submissions } from './routes/submissions.js';
import { assignments } from './routes/assignments.js';
import { reviews } from './routes/reviews.js';
import { reviewBoardRoutes } from './routes/review-board.js';
import { reviewPolicyRoutes } from './routes/review-policy.js';
import { reviewQueue } from './routes/review-queue.js';
import { supportRequests } from './routes/support-requests.js';
import { supportDesk } from './routes/support-desk.js';
import { HUB_POLICY, type ReviewPolicy } from './review/policy.js';
import { experts } from './routes/experts.js';
import { expertContact } from './routes/expert-contact.js';
import { expertProfiles } from './routes/expert-profiles.js';
import { myExpertProfile } from './routes/my-expert-profile.js';
import { myData } from './routes/my-data.js';
import { health } from './routes/health.js';
import { practices } from './routes/practices.js';
import { feeds } from './routes/feeds.js';
import { exports as dataExports } from './routes/export.js';
import { stats } from './routes/stats.js';
import { resources } from './routes/resources.js';
import { translations } from './routes/translations.js';
import { reference } from './routes/reference.js';
import { taxonomy } from './routes/taxonomy.js';
import { demo } from './routes/demo.js';
import { hubPage } from './routes/hub-page.js';
import { widgets } from './routes/widgets.js';
import { mountDiscussions, type DiscussionOptions } from './discussions/mount.js';

export type { HubEnv } from './http/env.js';
export type { Logger } from './http/logger.js';

export interface AppOptions {
  store: Store;
  /** Where request lines and faults go; nothing is logged by default. */
  logger?: Logger;
  /** Public reads per client IP per minute; 0 turns the limit off (benchmarks). Default 600. */
  rateLimitPerMinute?: number;
  /** Who a request counts against for the rate limit; default the socket's remote address (see `rateLimit`). */
  rateLimitKey?: (c: Context) => string | undefined;
  /** How late a write by another process may make cached responses stale, in ms (see `dataVersion`). Default 100. */
  versionTtlMs?: number;
  /** Bounds of the in-memory cache of public responses. */
  cache?: ResponseCacheOptions;
  /** The node:http fast path to hand the response cache, rate limit and log to (see `Replay`). */
  replay?: Replay;
  /** The contract to enforce; default the `@mnh/contract` package's. */
  contract?: Contract;
  /** `production` hides /dev/outbox. Default development. */
  environment?: HubEnvironment;
  /** The hub's own public origin, always allowed to send signed-in requests. Default http://localhost:8787. */
  hubOrigin?: string;
  /** Called whenever mail is queued, so a dispatcher can send it at once. */
  onMailQueued?: () => void;
  /** The clock sign-in reads (code and token expiry, limits); tests move it. */
  clock?: () => Date;
  /** Code and token lifetimes and limits; default SIGN_IN_POLICY. */
  signInPolicy?: SignInPolicy;
  /** The peer-review rule (REVIEW_POLICY); default the Hub's: three reviewers, ≥ 1 UN and ≥ 1 non-UN, unanimous. */
  reviewPolicy?: ReviewPolicy;
  /** Discussion spaces: live stream caps, write limits, heartbeat (see `mountDiscussions`). */
  discussions?: DiscussionOptions;
}

/** JSON responses load nothing and may not be framed; pages that need more set their own policy. */
const API_POLICY = {
  defaultSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
};

/**
 * Builds the hub's Hono app on a store. The caller owns the store and closes it.
 *
 * @example
 * ```ts
 * const store = await openSqliteStore(':memory:');
 * await seedIfEmpty(store);
 * const app = createApp({ store });
 * const res = await app.request('/v1/practices?objective=5&limit=5');
 * ```
 */
export function createApp(options: AppOptions): Hono<HubEnv> {
  const { store, logger, rateLimitPerMinute = 600 } = options;
  const contract = options.contract ?? loadContract();
  const deps: RouteDeps = {
    store,
    contract,
    cache: new ResponseCache(options.cache),
    version: dataVersion(store, options.versionTtlMs ?? 100),
  };
  const clock = options.clock ?? (() => new Date());
  const policy = options.signInPolicy ?? SIGN_IN_POLICY;
  const hubOrigin = options.hubOrigin ?? 'http://localhost:8787';
  const signIn = createSignIn({ store, clock, policy, mail: mailQueue(store.outbox, { clock, onQueued: options.onMailQueued }) });
  const app = new Hono<HubEnv>();

  app.use(requestId());
  if (logger && logger !== silentLogger) app.use(requestLog({ logger }));
  app.use(
    secureHeaders({
      contentSecurityPolicy: API_POLICY,
      // The API and the widget script are meant to be used from other origins.
      crossOriginResourcePolicy: 'cross-origin',
      xFrameOptions: 'DENY',
      // Headers for legacy browsers and plugins (IE8 downloads, Flash policies, the retired XSS
      // auditor, DNS prefetch, origin-keyed agent clusters, now the default) protect nothing here,
      // and every header costs time on each response: OWASP's REST guidance leaves them out too.
      xDownloadOptions: false,
      xPermittedCrossDomainPolicies: false,
      xXssProtection: false,
      xDnsPrefetchControl: false,
      originAgentCluster: false,
      // Routes serving pages (the API reference, the demo) set their own, looser policy.
      overwrite: false,
    }),
  );
  app.use(hubCors({ ...HUB_CORS, allowOrigin: (origin) => origin === hubOrigin || store.partnerSites.allowsOrigin(origin) }));
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, allowed) =>
        problemResponse(c, 405, `${c.req.method} is not allowed here; use ${allowed.join(', ')}.`, {
          headers: { Allow: allowed.join(', ') },
        }),
    }),
  );
  const limiter = rateLimitPerMinute > 0 ? rateLimiter({ limit: rateLimitPerMinute }) : undefined;
  if (limiter) {
    const limit = rateLimit({ limiter, clientKey: options.rateLimitKey });
    // Registered for every method (then filtered) so method-not-allowed does not take it for a route.
    app.use('/v1/*', (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? limit(c, next) : next()));
  }

  // Cache hits answered by `replay` skip the middleware above; it resends the headers this pipeline sent for them.
  options.replay?.connect({
    cache: deps.cache,
    version: deps.version,
    limiter,
    limitsBySocket: options.rateLimitKey === undefined,
    logger: logger && logger !== silentLogger ? logger : undefined,
  });

  app.route('/healthz', health(deps, serverPackage.version));
  app.route('/', reference(deps));
  // Feeds and exports first: `/v1/practices/:practice` would otherwise take `feed.atom` for a slug.
  app.route('/v1', feeds({ ...deps, hubOrigin }));
  app.route('/v1', dataExports({ ...deps, hubOrigin }));
  app.route('/v1/stats', stats(deps));
  app.route('/v1/practices', practices(deps));
  app.route('/v1/resources', resources({ ...deps, hubOrigin }));
  app.route('/v1', translations({ store, contract, signIn, clock }));
  app.route('/v1/experts', experts(deps));
  app.route('/v1/taxonomy', taxonomy(deps));
  app.route('/v1/auth', auth({ contract, signIn, policy, clock, clientKey: options.rateLimitKey }));
  app.route('/v1/me', me({ contract, signIn }));
  app.route('/v1/me/notifications', notifications({ store, contract, signIn, clock }));
  const connection = { store, contract, signIn, clock, onMailQueued: options.onMailQueued };
  app.route('/v1/experts', expertContact(connection));
  app.route('/v1/me/expert-profile', myExpertProfile(connection));
  app.route('/v1/me', myData(connection));
  app.route('/v1/expert-profiles', expertProfiles(connection));
  // Before /v1/submissions, so the history route answers before that router's own middleware runs.
  app.route('/v1', audit({ store, contract, signIn }));
  const review = { store, contract, signIn, clock, policy: options.reviewPolicy ?? HUB_POLICY, onMailQueued: options.onMailQueued };
  app.route('/v1/submissions', submissions({ ...review, reviewPolicy: review.policy }));
  app.route('/v1/submissions', assignments(review));
  app.route('/v1/submissions', reviews(review));
  app.route('/v1/me/assignments', reviewQueue(review));
  app.route('/v1/review-board', reviewBoardRoutes(review));
  app.route('/v1/review-policy', reviewPolicyRoutes(contract, review.policy));
  const support = { store, contract, signIn, clock, onMailQueued: options.onMailQueued };
  app.route('/v1/support-requests', supportRequests(support));
  app.route('/v1/support-requests', supportDesk(support));
  mountDiscussions(app, { store, contract, signIn, clock, clientKey: options.rateLimitKey, onMailQueued: options.onMailQueued }, options.discussions);
  if ((options.environment ?? 'development') === 'development') app.route('/dev/outbox', devOutbox({ contract, store }));
  app.route('/', widgets());
  app.route('/', hubPage({ store }));
  app.route('/', demo());

  app.notFound(problemNotFound);
  app.onError(problemErrorHandler(logger ?? silentLogger));
  return app;
}
