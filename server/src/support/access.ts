// Who may see a support request: its requester and the curators; anyone else is told it does not exist.
import type { SignedIn } from '../auth/sign-in.js';
import { ProblemError } from '../http/problem.js';
import type { Store } from '../store/types.js';
import type { SupportRequestRecord } from '../store/support-types.js';
import { readsAll } from '../submissions/access.js';

/** Curators and admins run the support desk. */
export const runsDesk = readsAll;

/** The request when the person asked for it or runs the desk; a 404 like an unknown id otherwise, so ids cannot be probed. */
export async function visibleRequest(store: Store, id: string, who: SignedIn): Promise<SupportRequestRecord> {
  const request = await store.supportRequests.get(id);
  if (!request || (request.requesterId !== who.person.id && !runsDesk(who))) {
    throw new ProblemError(404, `You have no support request with the id "${id}".`);
  }
  return request;
}
