// A contributor's practices on their way to review: drafts, autosave, submission against the checklist, withdrawal.
import { Hono, type Context } from 'hono';
import type { operations } from '@mnh/contract';
import type { SignIn, SignedIn } from '../auth/sign-in.js';
import { authenticate } from '../http/authenticate.js';
import type { Contract } from '../http/contract.js';
import type { HubEnv } from '../http/env.js';
import { jsonBody } from '../http/json-body.js';
import { ProblemError } from '../http/problem.js';
import { validateParams } from '../http/validate.js';
import { awaitingReviewersMail, reviewWithdrawnMail } from '../mail/review-messages.js';
import { submissionReceivedMail } from '../mail/submission-messages.js';
import { curatorsOf, notice, noticeAll } from '../review/notices.js';
import type { ReviewPolicy } from '../review/policy.js';
import { resubmit } from '../review/resubmit.js';
import {
  StaleRevisionError,
  type Store,
  type SubmissionChange,
  type SubmissionContent,
  type SubmissionRecord,
} from '../store/types.js';
import { checkIfMatch, etagOf, ownSubmission, readsAll, requireState, submissionView, visibleSubmission } from '../submissions/access.js';
import { checklistProblems } from '../submissions/checklist.js';
import { submissionFiles } from './submission-files.js';

type ListQuery = NonNullable<operations['listSubmissions']['parameters']['query']>;

export interface SubmissionRouteDeps {
  store: Store;
  contract: Contract;
  signIn: SignIn;
  clock: () => Date;
  /** Called after mail was queued with a change, so the dispatcher can send it at once. */
  onMailQueued?: () => void;
  /** For a resubmission's new due dates. */
  reviewPolicy: ReviewPolicy;
}

/** Four long texts of 20,000 characters fit, in any script; a larger body is a 413. */
const BODY = { maxBytes: 512 * 1024 };

export function submissions(deps: SubmissionRouteDeps): Hono<HubEnv> {
  const { store, contract, signIn } = deps;
  const signedIn = (c: Context<HubEnv>): SignedIn => c.get('signedIn') as SignedIn; // authenticate() ran first
  const idOf = (c: Context<HubEnv>) => (c.get('params') as { submission: string }).submission;
  const changeBy = (who: SignedIn, action: string, notices?: SubmissionChange['notices']): SubmissionChange => ({
    actor: who.person.id,
    at: deps.clock().toISOString(),
    action,
    ...(notices?.length ? { notices } : {}),
  });
  const answer = (c: Context<HubEnv>, submission: SubmissionRecord, status: 200 | 201 = 200) =>
    c.json(submissionView(submission, signedIn(c)), status, { ETag: etagOf(submission), 'Cache-Control': 'no-store' });

  /** Applies a change based on the revision just read; a write that raced in between is a 412 too. */
  async function apply(
    c: Context<HubEnv>,
    current: SubmissionRecord,
    next: Parameters<Store['submissions']['change']>[2],
    change: SubmissionChange,
  ): Promise<SubmissionRecord> {
    checkIfMatch(c.req.header('If-Match'), current);
    try {
      return await store.submissions.change(current.id, current.revision, next, change);
    } catch (error) {
      if (error instanceof StaleRevisionError) {
        throw new ProblemError(412, 'The submission changed while this request was made; load it again.');
      }
      throw error;
    }
  }

  const app = new Hono<HubEnv>()
    .use(authenticate({ signIn }))
    .post('/', validateParams(contract, 'createSubmission'), jsonBody(contract, 'createSubmission', BODY), async (c) => {
      const content = withoutNulls(c.get('body') as SubmissionContent);
      const created = await store.submissions.create(signedIn(c).person.id, content, changeBy(signedIn(c), 'submission.created'));
      c.header('Location', `/v1/submissions/${created.id}`);
      return answer(c, created, 201);
    })
    .get('/', validateParams(contract, 'listSubmissions'), async (c) => {
      const query = c.get('query') as ListQuery;
      const who = signedIn(c);
      const items = await store.submissions.list({
        ownerId: readsAll(who) ? undefined : who.person.id,
        states: query.state,
        limit: query.limit ?? 20,
      });
      return c.json({ items: items.map((item) => submissionView(item, who)) }, 200, { 'Cache-Control': 'no-store' });
    })
    .get('/:submission', validateParams(contract, 'getSubmission'), async (c) =>
      answer(c, await visibleSubmission(store, idOf(c), signedIn(c))),
    )
    .patch('/:submission', validateParams(contract, 'updateSubmission'), jsonBody(contract, 'updateSubmission', BODY), async (c) => {
      const current = await ownSubmission(store, idOf(c), signedIn(c));
      // After a request for changes the submitter edits the same submission to answer the reviewers.
      requireState(current, ['draft', 'changes-requested'], 'edited');
      const content = mergePatch(current.content, c.get('body') as SubmissionContent);
      return answer(c, await apply(c, current, { content }, changeBy(signedIn(c), 'submission.edited')));
    })
    .post('/:submission/submit', validateParams(contract, 'submitSubmission'), async (c) => {
      const who = signedIn(c);
      const current = await ownSubmission(store, idOf(c), who);
      requireState(current, ['draft', 'changes-requested'], 'submitted');
      checkIfMatch(c.req.header('If-Match'), current);
      const organisation = who.person.organisationId ? await store.organisations.get(who.person.organisationId) : null;
      const errors = checklistProblems(current.content, organisation?.name ?? null, current.files.length);
      if (errors.length > 0) {
        throw new ProblemError(422, `The submission does not meet the checklist yet: ${errors.map((e) => e.field).join(', ')}.`, { errors });
      }
      if (current.state === 'changes-requested') {
        await staleIs412(() => resubmit({ ...deps, policy: deps.reviewPolicy }, who, current));
        return answer(c, (await store.submissions.get(current.id)) as SubmissionRecord);
      }
      const title = current.content.title ?? '';
      const notices = [
        notice(who.person, 'submission.submitted', current.id, submissionReceivedMail(who.person.name, title, current.id)),
        ...noticeAll(await curatorsOf(store), 'submission.submitted', current.id, awaitingReviewersMail(title, current.id, who.person.name)),
      ];
      const at = deps.clock().toISOString();
      const submitted = await apply(c, current, { state: 'submitted', submittedAt: at }, changeBy(who, 'submission.submitted', notices));
      deps.onMailQueued?.();
      return answer(c, submitted);
    })
    .post('/:submission/withdraw', validateParams(contract, 'withdrawSubmission'), async (c) => {
      const current = await ownSubmission(store, idOf(c), signedIn(c));
      requireState(current, ['draft', 'submitted', 'in-review', 'changes-requested'], 'withdrawn');
      // Reviewers still working on it are told they can stop.
      const reviewing = current.state === 'in-review' ? (await store.assignments.forSubmission(current.id)).filter((a) => a.state === 'active' && !a.reviewed) : [];
      const reviewers = (await Promise.all(reviewing.map((a) => store.people.get(a.reviewerId)))).filter((p) => p !== null);
      const mail = reviewWithdrawnMail(current.content.title, current.id);
      const withdrawn = await apply(c, current, { state: 'withdrawn' }, changeBy(signedIn(c), 'submission.withdrawn', noticeAll(reviewers, 'review.withdrawn', current.id, mail)));
      if (reviewers.length > 0) deps.onMailQueued?.();
      return answer(c, withdrawn);
    });
  return app.route('/', submissionFiles({ store, contract, changeBy, idOf, signedIn }));
}

/** JSON merge patch (RFC 7396) one level deep: a field given replaces the stored one, null removes it. */
function mergePatch(current: SubmissionContent, patch: SubmissionContent): SubmissionContent {
  return withoutNulls({ ...current, ...patch });
}

function withoutNulls(content: SubmissionContent): SubmissionContent {
  return Object.fromEntries(Object.entries(content).filter(([, value]) => value !== null)) as SubmissionContent;
}

/** A write that raced another one is a 412, as for any change based on what was read. */
async function staleIs412(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (error instanceof StaleRevisionError) throw new ProblemError(412, 'The submission changed while this request was made; load it again.');
    throw error;
  }
}
