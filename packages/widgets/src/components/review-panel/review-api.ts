// The review pipeline's calls, signed with the reviewer's or curator's session; types follow the contract.
import { HubProblemError, createHubClient, dataOf } from '@mnh/sdk';
import type { HubClient, HubSession } from '@mnh/sdk';

/** The data of a 2xx answer; anything else becomes a HubProblemError carrying the hub's field problems. */
const ok = dataOf;

const at = (submission: string) => ({ params: { path: { submission } } });

function reviewCalls(client: HubClient) {
  const { raw } = client;
  return {
    /** The signed-in reviewer's assignments: still `open`, or `done`. */
    queue: (state: 'open' | 'done', signal: AbortSignal) =>
      ok(raw.GET('/v1/me/assignments', { params: { query: { state } }, signal })),
    /** The reviews the signed-in person may see: others' only once their own is given. */
    reviews: (submission: string, signal?: AbortSignal) =>
      ok(raw.GET('/v1/submissions/{submission}/reviews', { ...at(submission), signal })),
    sendReview: (submission: string, body: NewReview) =>
      ok(raw.PUT('/v1/submissions/{submission}/reviews/mine', { ...at(submission), body })),
    board: (signal: AbortSignal) => ok(raw.GET('/v1/review-board', { signal })),
    suggestions: (submission: string, signal?: AbortSignal) =>
      ok(raw.GET('/v1/submissions/{submission}/reviewer-suggestions', { ...at(submission), signal })),
    assignments: (submission: string, signal?: AbortSignal) =>
      ok(raw.GET('/v1/submissions/{submission}/assignments', { ...at(submission), signal })),
    assign: (submission: string, reviewerId: string) =>
      ok(raw.POST('/v1/submissions/{submission}/assignments', { ...at(submission), body: { reviewerId } })),
    replace: (submission: string, assignment: string, reviewerId: string) =>
      ok(
        raw.POST('/v1/submissions/{submission}/assignments/{assignment}/replace', {
          params: { path: { submission, assignment } },
          body: { reviewerId },
        }),
      ),
  };
}

export type ReviewApi = ReturnType<typeof reviewCalls>;
type Data<K extends keyof ReviewApi> = Awaited<ReturnType<ReviewApi[K]>>;

export type QueueItem = Data<'queue'>['items'][number];
export type Submission = QueueItem['submission'];
export type SubmissionContent = Submission['content'];
export type Assignment = QueueItem['assignment'];
export type ReviewerRef = Assignment['reviewer'];
export type Review = Data<'reviews'>['items'][number];
export type Verdict = Review['verdict'];
export type Criterion = keyof Review['criteria'];
export interface NewReview {
  verdict: Verdict;
  criteria: Review['criteria'];
  comment: string;
}
export type BoardItem = Data<'board'>['items'][number];
export type Suggestion = Data<'suggestions'>['items'][number];
export type Balance = Data<'suggestions'>['balance'];
export type Conflict = NonNullable<Suggestion['conflict']>;
export type BalanceGap = Balance['missing'][number];
export type SubmissionState = Submission['state'];

export const verdicts: readonly Verdict[] = ['approve', 'request-changes', 'reject'];
/** The Hub's review criteria, in the order reviewers are asked about them. */
export const criteria: readonly Criterion[] = [
  'applied',
  'relevant',
  'coherent',
  'innovative',
  'replicable',
  'crossCutting',
  'timely',
];

const apis = new WeakMap<HubSession, Map<string, ReviewApi>>();

/** One signed client per session and hub address. */
export function reviewApiFor(session: HubSession, api: string): ReviewApi {
  let byApi = apis.get(session);
  if (!byApi) apis.set(session, (byApi = new Map()));
  let calls = byApi.get(api);
  if (!calls) byApi.set(api, (calls = reviewCalls(createHubClient({ baseUrl: api, fetch: session.fetch }))));
  return calls;
}

/** Downloads a submission's file with the session's token: a plain link can't carry it. */
export async function download(session: HubSession, url: string, filename: string): Promise<void> {
  const response = await session.fetch(new Request(url));
  if (!response.ok) {
    const { status, statusText } = response;
    throw new HubProblemError({ type: 'about:blank', title: statusText, status, detail: `HTTP ${status} ${statusText}` });
  }
  const href = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href, download: filename });
  link.click();
  // The click has started the download by now; the blob need not outlive it.
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}
