// The authorisation matrix's requests for the support-request operations: each on a request made fresh in the state it needs.
import type { Fixture, Params } from '../auth/matrix-fixtures.js';
import type { World } from '../auth/matrix-world.js';
import { randomId } from '../../src/store/ids.js';
import { canaryExpert } from '../helpers/hub.js';
import { validRequest } from './support.js';

const quiet = { actor: 'system', at: '2026-03-02T09:00:00.000Z', audit: [], notices: [] };

/** A request of the matrix's owner, moved on to `state` (received or under assessment). */
async function ownersRequest(w: World, assessed = false): Promise<Params> {
  const made = await w.store.supportRequests.create(randomId('spr'), w.ids.owner, validRequest(), quiet);
  if (assessed) await w.store.supportRequests.move(made.id, made.revision, { state: 'under-assessment', reason: null }, quiet);
  return { supportRequest: made.id };
}

/** The matrix's store has no directory: one expert to assign. */
async function anExpert(w: World): Promise<string> {
  const expert = canaryExpert();
  if (!(await w.store.experts.get(expert.id))) await w.store.experts.insertMany([expert]);
  return expert.id;
}

export const SUPPORT_FIXTURES: Record<string, Fixture> = {
  listSupportRequests: { as: 'contributor', status: 200 },
  createSupportRequest: { as: 'contributor', status: 201, json: () => validRequest() },
  getSupportRequest: { as: 'owner', status: 200, params: (w) => ownersRequest(w) },
  updateSupportRequest: { as: 'owner', status: 200, params: (w) => ownersRequest(w), json: () => ({ timeline: 'By June' }) },
  transitionSupportRequest: { as: 'curator', status: 200, params: (w) => ownersRequest(w), json: () => ({ to: 'under-assessment' }) },
  listSupportMessages: { as: 'owner', status: 200, params: (w) => ownersRequest(w) },
  postSupportMessage: { as: 'owner', status: 201, params: (w) => ownersRequest(w), json: () => ({ text: 'Any news?' }) },
  getSupportSuggestions: { as: 'curator', status: 200, params: (w) => ownersRequest(w) },
  listSupportAssignments: { as: 'curator', status: 200, params: (w) => ownersRequest(w) },
  createSupportAssignment: {
    as: 'curator',
    status: 201,
    params: (w) => ownersRequest(w, true),
    json: async (w) => ({ expertId: await anExpert(w) }),
  },
};
