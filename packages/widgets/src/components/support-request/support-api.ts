// The support-request calls, signed with the person's session; types follow the contract.
import { createHubClient, dataOf } from '@mnh/sdk';
import type { HubClient, HubSession } from '@mnh/sdk';

/** The data of a 2xx answer; anything else becomes a HubProblemError carrying the hub's field problems. */
const ok = dataOf;

/** The contract's SupportRequestState; the typed calls below refuse it should the two drift apart. */
export type SupportState = 'received' | 'under-assessment' | 'matched' | 'in-progress' | 'completed' | 'declined';

/** What the request form sends (the contract's NewSupportRequest). */
export interface NewSupportRequest {
  requestingEntity: string;
  country: string;
  objectives: number[];
  kinds: SupportKind[];
  description: string;
  timeline: string;
  languages: string[];
  contact: { name: string; position?: string };
}
export type SupportKind = 'training' | 'technical-advice' | 'policy-development' | 'data' | 'peer-exchange' | 'other';

const at = (supportRequest: string) => ({ params: { path: { supportRequest } } });

function supportCalls(client: HubClient) {
  const { raw } = client;
  return {
    /** The person's own requests; every request for curators, of one state when given. */
    list: (state: SupportState | '', signal?: AbortSignal) =>
      ok(raw.GET('/v1/support-requests', { params: { query: state ? { state } : {} }, signal })),
    create: (body: NewSupportRequest) => ok(raw.POST('/v1/support-requests', { body })),
    get: (id: string, signal?: AbortSignal) => ok(raw.GET('/v1/support-requests/{supportRequest}', { ...at(id), signal })),
    transition: (id: string, body: Transition) => ok(raw.POST('/v1/support-requests/{supportRequest}/transition', { ...at(id), body })),
    messages: (id: string, signal?: AbortSignal) =>
      ok(raw.GET('/v1/support-requests/{supportRequest}/messages', { ...at(id), signal })),
    send: (id: string, text: string) => ok(raw.POST('/v1/support-requests/{supportRequest}/messages', { ...at(id), body: { text } })),
    suggestions: (id: string, signal?: AbortSignal) =>
      ok(raw.GET('/v1/support-requests/{supportRequest}/suggestions', { ...at(id), signal })),
    assignments: (id: string, signal?: AbortSignal) =>
      ok(raw.GET('/v1/support-requests/{supportRequest}/assignments', { ...at(id), signal })),
    assign: (id: string, expertId: string, note?: string) =>
      ok(raw.POST('/v1/support-requests/{supportRequest}/assignments', { ...at(id), body: note ? { expertId, note } : { expertId } })),
  };
}

export type SupportApi = ReturnType<typeof supportCalls>;
type Data<K extends keyof SupportApi> = Awaited<ReturnType<SupportApi[K]>>;

export type SupportRequest = Data<'get'>;
export type Transition = { to: Exclude<SupportState, 'received'>; reason?: string; agreement?: string };
export type SupportMessage = Data<'send'>;
export type Suggestions = Data<'suggestions'>;
export type SupportAssignment = Data<'assign'>;

export const STATES: readonly SupportState[] = ['received', 'under-assessment', 'matched', 'in-progress', 'completed', 'declined'];
export const KINDS: readonly SupportKind[] = ['training', 'technical-advice', 'policy-development', 'data', 'peer-exchange', 'other'];

/** The hub's transition table (server/src/support/transitions.ts), to offer only the moves it allows. */
export const NEXT: Readonly<Record<SupportState, readonly Transition['to'][]>> = {
  received: ['under-assessment', 'declined'],
  'under-assessment': ['matched', 'declined'],
  matched: ['in-progress', 'declined'],
  'in-progress': ['completed', 'declined'],
  completed: [],
  declined: [],
};

const apis = new WeakMap<HubSession, Map<string, SupportApi>>();

/** One signed client per session and hub address. */
export function supportApiFor(session: HubSession, api: string): SupportApi {
  let byApi = apis.get(session);
  if (!byApi) apis.set(session, (byApi = new Map()));
  let calls = byApi.get(api);
  if (!calls) byApi.set(api, (calls = supportCalls(createHubClient({ baseUrl: api, fetch: session.fetch }))));
  return calls;
}
