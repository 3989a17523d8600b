// The review policy in force, public: widgets show it, and partners can see the rule their practices go through.
import { Hono } from 'hono';
import type { Contract } from '../http/contract.js';
import type { HubEnv } from '../http/env.js';
import { validateParams } from '../http/validate.js';
import type { ReviewPolicy } from '../review/policy.js';

export function reviewPolicyRoutes(contract: Contract, policy: ReviewPolicy): Hono<HubEnv> {
  return new Hono<HubEnv>().get('/', validateParams(contract, 'getReviewPolicy'), (c) =>
    // Configuration changes only with a restart: a few minutes of caching is safe.
    c.json(policy, 200, { 'Cache-Control': 'public, max-age=300' }),
  );
}
