// One valid request per signed-in operation, and who succeeds with it: what the authorisation matrix varies.
import { PNG_BYTES } from '../submissions/fixtures.js';
import type { Asker, World } from './matrix-world.js';
import { DISCUSSION_FIXTURES } from '../discussions/matrix.js';
import { EXPERT_CONTACT_FIXTURES } from '../experts-contact/matrix-fixtures.js';
import { TRANSLATION_FIXTURES } from '../translations/matrix-fixtures.js';
import { SUPPORT_FIXTURES } from '../support-requests/matrix-fixtures.js';

/** Path parameters; those not given come from the world (its submission in review, file, assignment). */
export type Params = Record<string, string>;

export interface Fixture {
  /** Who succeeds with this request… */
  as: Asker;
  /** …and the status they get. */
  status: number;
  /** Signs `as` in again for the successful call, when it would end the session the other tests use. */
  freshSession?: true;
  /** Path parameters for this operation, made fresh when the call changes what it is about. */
  params?: (world: World) => Promise<Params> | Params;
  query?: string;
  json?: (world: World) => Promise<unknown> | unknown;
  upload?: { contentType: string; body: Uint8Array };
}

const criteria = { applied: '', relevant: '', coherent: '', innovative: '', replicable: '', crossCutting: '', timely: '' };

/**
 * Keyed by operationId. A new signed-in operation in the contract fails the matrix until it has
 * an entry here: a request someone can make successfully, so that every refusal the matrix
 * sees is about who asks, never about a malformed request.
 */
export const FIXTURES: Record<string, Fixture> = {
  ...EXPERT_CONTACT_FIXTURES,
  ...TRANSLATION_FIXTURES,
  ...SUPPORT_FIXTURES,
  signOut: { as: 'contributor', status: 204, freshSession: true },
  getMe: { as: 'contributor', status: 200 },
  createSubmission: { as: 'contributor', status: 201, json: () => ({ title: 'A draft from the matrix' }) },
  listSubmissions: { as: 'contributor', status: 200 },
  getSubmission: { as: 'owner', status: 200 },
  updateSubmission: { as: 'owner', status: 200, params: (w) => ({ submission: w.draft }), json: () => ({ summary: 'Edited by the matrix.' }) },
  submitSubmission: { as: 'owner', status: 200, params: async (w) => ({ submission: await w.freshSubmission(false) }) },
  withdrawSubmission: { as: 'owner', status: 200, params: async (w) => ({ submission: await w.freshSubmission(false) }) },
  uploadSubmissionFile: {
    as: 'owner',
    status: 201,
    params: (w) => ({ submission: w.draft }),
    query: 'filename=plan.png',
    upload: { contentType: 'image/png', body: PNG_BYTES },
  },
  downloadSubmissionFile: { as: 'owner', status: 200 },
  getReviewBoard: { as: 'curator', status: 200 },
  listMyAssignments: { as: 'assigned', status: 200 },
  listReviewerSuggestions: { as: 'curator', status: 200 },
  listAssignments: { as: 'assigned', status: 200 },
  createAssignment: {
    as: 'curator',
    status: 201,
    params: async (w) => ({ submission: await w.freshSubmission(true) }),
    json: (w) => ({ reviewerId: w.ids.assigned }),
  },
  replaceAssignment: {
    as: 'curator',
    status: 201,
    params: (w) => ({ assignment: w.spareAssignment }),
    json: async (w) => ({ reviewerId: await w.personId('reviewer6@example.org') }),
  },
  listReviews: { as: 'curator', status: 200 },
  putMyReview: { as: 'assigned', status: 201, json: () => ({ verdict: 'approve', criteria, comment: 'Sound and replicable.' }) },
  listMyNotifications: { as: 'contributor', status: 200 },
  markNotificationsRead: { as: 'contributor', status: 204 },
  listAudit: { as: 'curator', status: 200 },
  getSubmissionHistory: { as: 'owner', status: 200 },
  ...DISCUSSION_FIXTURES,
};
