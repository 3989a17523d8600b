// Every change to a support request: decided on a snapshot, written with its audit rows and notices in one transaction.
import type { SignedIn } from '../auth/sign-in.js';
import { ProblemError } from '../http/problem.js';
import { curatorsOf, notice, noticeAll } from '../review/notices.js';
import { refused } from '../review/steps.js';
import { COUNTRIES } from '../taxonomy/geography.js';
import { randomId } from '../store/ids.js';
import { StaleRevisionError, type Notice, type Store } from '../store/types.js';
import type { SupportAssignmentRecord, SupportContent, SupportMessageRecord, SupportRequestRecord } from '../store/support-types.js';
import { visibleRequest } from './access.js';
import { messageMail, newRequestMail, stateChangedMail } from './mail.js';
import { ASSIGNABLE, refusal, type TransitionAsk } from './transitions.js';

export interface SupportDeps {
  store: Store;
  clock: () => Date;
  /** Called after a step queued mail, so the dispatcher sends it at once. */
  onMailQueued?: () => void;
}

const KNOWN_COUNTRIES = new Set(COUNTRIES.map((c) => c.code));

/** Runs a step again when another write moved the request first; a 409 after a few tries. */
async function retrying<T>(step: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (error) {
      if (!(error instanceof StaleRevisionError)) throw error;
      if (attempt >= attempts) throw new ProblemError(409, 'The support request changed while this request was made; try again.');
    }
  }
}

/** The country must be one the taxonomy knows: the suggestions look its region up. */
function checkCountry(country: string | undefined): void {
  if (country !== undefined && !KNOWN_COUNTRIES.has(country)) {
    throw new ProblemError(400, `"${country}" is not an ISO 3166-1 alpha-3 country the hub knows.`, {
      errors: [{ field: '/country', in: 'body', message: 'is not a known country code' }],
    });
  }
}

export async function createRequest(deps: SupportDeps, who: SignedIn, content: SupportContent): Promise<SupportRequestRecord> {
  checkCountry(content.country);
  const at = deps.clock().toISOString();
  const id = randomId('spr');
  const { requestingEntity: entity, country } = content;
  const notices = (await curatorsOf(deps.store))
    .filter((c) => c.id !== who.person.id)
    .map((c) => notice(c, 'support.received', id, newRequestMail(c.name, entity, country, id)));
  const created = await deps.store.supportRequests.create(id, who.person.id, content, {
    actor: who.person.id,
    at,
    audit: [{ action: 'support.created', details: { country, objectives: content.objectives, kinds: content.kinds } }],
    notices,
  });
  deps.onMailQueued?.();
  return created;
}

/** The requester corrects their request while nobody has started assessing it. */
export function editRequest(deps: SupportDeps, who: SignedIn, id: string, changes: Partial<SupportContent>): Promise<SupportRequestRecord> {
  return retrying(async () => {
    const request = await visibleRequest(deps.store, id, who);
    if (request.requesterId !== who.person.id) throw new ProblemError(403, 'Only the requester can edit a support request.');
    if (request.state !== 'received') {
      throw refused('supportRequest', `The request is ${request.state}: it can only be edited while received; write a message instead.`, 'path');
    }
    checkCountry(changes.country);
    const at = deps.clock().toISOString();
    return deps.store.supportRequests.edit(id, request.revision, { ...request.content, ...changes }, {
      actor: who.person.id,
      at,
      audit: [{ action: 'support.edited', details: { fields: Object.keys(changes) } }],
      notices: [],
    });
  });
}

/** A curator moves the request along the table in transitions.ts; the requester hears of it. */
export function transitionRequest(deps: SupportDeps, who: SignedIn, id: string, ask: TransitionAsk): Promise<SupportRequestRecord> {
  return retrying(async () => {
    const { store } = deps;
    const request = await visibleRequest(store, id, who);
    const assigned = (await store.supportRequests.assignments(id)).length;
    const refusedFor = refusal(request.state, ask, assigned);
    if (refusedFor) throw refused(refusedFor.field, refusedFor.message);
    const at = deps.clock().toISOString();
    const reason = ask.reason?.trim() || null;
    const requester = await store.people.get(request.requesterId);
    const note = [reason, ask.agreement ? `What was agreed: ${ask.agreement}` : null].filter(Boolean).join('\n\n') || null;
    const notices: Notice[] = requester
      ? [notice(requester, `support.${ask.to}`, id, stateChangedMail(requester.name, request.content.requestingEntity, id, ask.to, note))]
      : [];
    const moved = await store.supportRequests.move(id, request.revision, { state: ask.to, reason, agreement: ask.agreement }, {
      actor: who.person.id,
      at,
      audit: [{ action: `support.${ask.to}`, details: { from: request.state, reason, agreement: ask.agreement ?? null } }],
      notices,
    });
    deps.onMailQueued?.();
    return moved;
  });
}

/** A curator assigns an expert while the request is open for matching. */
export function assignExpert(
  deps: SupportDeps,
  who: SignedIn,
  id: string,
  ask: { expertId: string; note?: string },
): Promise<SupportAssignmentRecord> {
  return retrying(async () => {
    const { store } = deps;
    const request = await visibleRequest(store, id, who);
    if (!ASSIGNABLE.has(request.state)) {
      throw refused('supportRequest', `A ${request.state} request cannot be given experts; assess it first, or it is closed.`, 'path');
    }
    const expert = await store.experts.get(ask.expertId);
    if (!expert) {
      throw new ProblemError(404, `There is no expert with the id "${ask.expertId}".`, {
        errors: [{ field: '/expertId', in: 'body', message: 'is not an expert of the directory' }],
      });
    }
    if ((await store.supportRequests.assignments(id)).some((a) => a.expertId === ask.expertId)) {
      throw refused('/expertId', `${expert.name} is already assigned to this request.`);
    }
    const at = deps.clock().toISOString();
    return store.supportRequests.assign(id, request.revision, { expertId: ask.expertId, note: ask.note ?? null, assignedBy: who.person.id, assignedAt: at }, {
      actor: who.person.id,
      at,
      audit: [{ action: 'support.expert-assigned', details: { expert: ask.expertId } }],
      notices: [],
    });
  });
}

/** A message from the requester to the curators, or from a curator to the requester; the other side is notified. */
export async function postMessage(deps: SupportDeps, who: SignedIn, id: string, text: string): Promise<SupportMessageRecord> {
  const { store } = deps;
  const request = await visibleRequest(store, id, who);
  const side = request.requesterId === who.person.id ? 'requester' : 'curator';
  const entity = request.content.requestingEntity;
  const at = deps.clock().toISOString();
  const recipients =
    side === 'requester' ? await curatorsOf(store) : [await store.people.get(request.requesterId)].filter((p) => p !== null);
  const notices = recipients.flatMap((r) =>
    r.id === who.person.id ? [] : noticeAll([r], 'support.message', id, messageMail(r.name, who.person.name, entity, id, text)),
  );
  const message = await store.supportRequests.addMessage(id, { authorId: who.person.id, side, text, createdAt: at }, {
    actor: who.person.id,
    at,
    audit: [{ action: 'support.message', details: { side } }],
    notices,
  });
  deps.onMailQueued?.();
  return message;
}

