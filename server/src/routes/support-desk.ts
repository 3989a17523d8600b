// The curators' side of support requests: suggested experts and practices, and the experts assigned.
import { Hono } from 'hono';
import type { SignIn } from '../auth/sign-in.js';
import { requireRole } from '../http/authenticate.js';
import type { Contract } from '../http/contract.js';
import type { HubEnv } from '../http/env.js';
import { jsonBody } from '../http/json-body.js';
import { validateParams } from '../http/validate.js';
import { visibleRequest } from '../support/access.js';
import { assignExpert, type SupportDeps } from '../support/steps.js';
import { suggestionsFor } from '../support/suggestions.js';
import { SupportReader } from '../support/views.js';
import { NO_STORE, param, signedInOnce, whoIs } from './review-deps.js';

export interface SupportRouteDeps extends SupportDeps {
  contract: Contract;
  signIn: SignIn;
}

export function supportDesk(deps: SupportRouteDeps): Hono<HubEnv> {
  const { store, contract } = deps;
  return new Hono<HubEnv>()
    .use('/:supportRequest/suggestions', signedInOnce(deps.signIn), requireRole('curator', 'admin'))
    .use('/:supportRequest/assignments', signedInOnce(deps.signIn), requireRole('curator', 'admin'))
    .get('/:supportRequest/suggestions', validateParams(contract, 'getSupportSuggestions'), async (c) => {
      const request = await visibleRequest(store, param(c, 'supportRequest'), whoIs(c));
      return c.json(await suggestionsFor(store, request), 200, NO_STORE);
    })
    .get('/:supportRequest/assignments', validateParams(contract, 'listSupportAssignments'), async (c) => {
      const request = await visibleRequest(store, param(c, 'supportRequest'), whoIs(c));
      const reader = new SupportReader(store);
      const items = await store.supportRequests.assignments(request.id);
      return c.json({ items: await Promise.all(items.map((a) => reader.assignment(a))) }, 200, NO_STORE);
    })
    .post(
      '/:supportRequest/assignments',
      validateParams(contract, 'createSupportAssignment'),
      jsonBody(contract, 'createSupportAssignment', { maxBytes: 16 * 1024 }),
      async (c) => {
        const made = await assignExpert(deps, whoIs(c), param(c, 'supportRequest'), c.get('body') as { expertId: string; note?: string });
        return c.json(await new SupportReader(store).assignment(made), 201, NO_STORE);
      },
    );
}
