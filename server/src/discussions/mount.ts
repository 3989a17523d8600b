// Mounts the discussion routes on the hub's app, with the live-update state they share.
import type { Context, Hono } from 'hono';
import type { SignIn } from '../auth/sign-in.js';
import type { Contract } from '../http/contract.js';
import type { HubEnv } from '../http/env.js';
import { socketAddress } from '../http/rate-limit.js';
import type { Store } from '../store/types.js';
import { comments } from '../routes/comments.js';
import { discussionEvents } from '../routes/discussion-events.js';
import { discussions } from '../routes/discussions.js';
import { spaces } from '../routes/spaces.js';
import type { DiscussionDeps } from './context.js';
import { WriteLimits, type WriteLimitOptions } from './limits.js';
import { DiscussionLive, type LiveLimits } from './live.js';

export interface DiscussionOptions {
  /** The live subscribers; give one to watch its counts (tests). */
  live?: DiscussionLive;
  /** Caps on open streams, when `live` is not given. */
  streams?: LiveLimits;
  /** Comments, edits and flags per person and per address. Default 5 a minute, 60 an hour. */
  writes?: WriteLimitOptions;
  /** Milliseconds between heartbeats on a stream. Default 25,000. */
  heartbeatMs?: number;
}

/**
 * @example
 * ```ts
 * mountDiscussions(app, { store, contract, signIn, clock }, { streams: { perClient: 10 } });
 * ```
 */
export function mountDiscussions(
  app: Hono<HubEnv>,
  base: { store: Store; contract: Contract; signIn: SignIn; clock: () => Date; clientKey?: (c: Context) => string | undefined; onMailQueued?: () => void },
  options: DiscussionOptions = {},
): DiscussionLive {
  const clientKey = base.clientKey ?? socketAddress;
  const live = options.live ?? new DiscussionLive(options.streams);
  const deps: DiscussionDeps = {
    ...base,
    clientKey,
    live,
    // Windows follow the hub's clock, so tests that move it move them too.
    limits: new WriteLimits({ now: () => base.clock().getTime(), ...options.writes }, clientKey),
    heartbeatMs: options.heartbeatMs ?? 25_000,
  };
  app.route('/v1/spaces', spaces(deps));
  app.route('/v1/discussions', discussionEvents(deps));
  app.route('/v1/discussions', discussions(deps));
  app.route('/v1/comments', comments(deps));
  return live;
}
