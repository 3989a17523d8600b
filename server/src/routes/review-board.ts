// The curators' review board: every submission waiting for or in review, or sent back for changes.
import { Hono } from 'hono';
import { requireRole } from '../http/authenticate.js';
import type { HubEnv } from '../http/env.js';
import { validateParams } from '../http/validate.js';
import { reviewBoard } from '../review/board.js';
import { NO_STORE, signedInOnce, type ReviewRouteDeps } from './review-deps.js';

export function reviewBoardRoutes(deps: ReviewRouteDeps): Hono<HubEnv> {
  return new Hono<HubEnv>().get('/', signedInOnce(deps.signIn), validateParams(deps.contract, 'getReviewBoard'), requireRole('curator', 'admin'), async (c) =>
    c.json({ items: await reviewBoard(deps.store, deps.policy, deps.clock()) }, 200, NO_STORE),
  );
}
