// Reviewers on a submission: suggestions, the assignments with the policy balance, assigning and replacing (curators).
import { Hono } from 'hono';
import { requireRole } from '../http/authenticate.js';
import type { HubEnv } from '../http/env.js';
import { jsonBody } from '../http/json-body.js';
import { ProblemError } from '../http/problem.js';
import { validateParams } from '../http/validate.js';
import { assignReviewer, type AssignRequest } from '../review/assign.js';
import { policyBalance } from '../review/balance.js';
import { ReviewReader, reviewState } from '../review/context.js';
import { awaitsExtraReviewer } from '../review/outcome.js';
import { suggestReviewers } from '../review/suggestions.js';
import { assignmentView } from '../review/views.js';
import { readsAll } from '../submissions/access.js';
import type { SubmissionRecord } from '../store/types.js';
import { NO_STORE, REVIEW_BODY, param, signedInOnce, whoIs, type ReviewRouteDeps } from './review-deps.js';

const CURATORS = ['curator', 'admin'] as const;

export function assignments(deps: ReviewRouteDeps): Hono<HubEnv> {
  const { store, contract, policy } = deps;
  const submissionOf = async (id: string): Promise<SubmissionRecord> => {
    const submission = await store.submissions.get(id);
    if (!submission) throw new ProblemError(404, `There is no submission with the id "${id}".`);
    return submission;
  };
  const reviewView = async (reader: ReviewReader, submission: SubmissionRecord) => {
    const state = await reviewState(store, submission);
    const seats = await Promise.all(state.active.map((a) => reader.seat(a)));
    return { state, seats, balance: policyBalance(policy, seats, awaitsExtraReviewer(policy, state)) };
  };

  return new Hono<HubEnv>()
    .use('/:submission/*', signedInOnce(deps.signIn))
    .get('/:submission/reviewer-suggestions', validateParams(contract, 'listReviewerSuggestions'), requireRole(...CURATORS), async (c) => {
      const submission = await submissionOf(param(c, 'submission'));
      const reader = new ReviewReader(store);
      const { state, seats, balance } = await reviewView(reader, submission);
      const items = suggestReviewers({
        policy,
        roster: await reader.roster(),
        parties: await reader.parties(submission),
        content: submission.content,
        active: state.active.map((a, i) => ({ reviewerId: a.reviewerId, seat: seats[i] ?? { unEntity: false, extra: a.extra } })),
        awaitingExtra: awaitsExtraReviewer(policy, state),
        load: await store.assignments.openLoad(),
      });
      return c.json({ items, balance }, 200, NO_STORE);
    })
    .get('/:submission/assignments', validateParams(contract, 'listAssignments'), requireRole(...CURATORS, 'reviewer'), async (c) => {
      const who = whoIs(c);
      const id = param(c, 'submission');
      const submission = await store.submissions.get(id);
      const reader = new ReviewReader(store);
      const view = submission ? await reviewView(reader, submission) : null;
      // A reviewer sees only their own assignments; one with none here is told the same as for an unknown id.
      const shown = view && (readsAll(who) ? view.state.assignments : view.state.assignments.filter((a) => a.reviewerId === who.person.id));
      if (!submission || !view || !shown || (!readsAll(who) && shown.length === 0)) {
        throw new ProblemError(404, `You review no submission with the id "${id}".`);
      }
      const items = await Promise.all(shown.map((a) => assignmentView(reader, a)));
      return c.json({ items, balance: view.balance, round: submission.round }, 200, NO_STORE);
    })
    .post(
      '/:submission/assignments',
      validateParams(contract, 'createAssignment'),
      requireRole(...CURATORS),
      jsonBody(contract, 'createAssignment', REVIEW_BODY),
      async (c) => {
        const made = await assignReviewer(deps, whoIs(c), param(c, 'submission'), c.get('body') as AssignRequest);
        const view = await assignmentView(new ReviewReader(store), made);
        return c.json(view, 201, { ...NO_STORE, Location: `/v1/submissions/${made.submissionId}/assignments` });
      },
    )
    .post(
      '/:submission/assignments/:assignment/replace',
      validateParams(contract, 'replaceAssignment'),
      requireRole(...CURATORS),
      jsonBody(contract, 'replaceAssignment', REVIEW_BODY),
      async (c) => {
        const made = await assignReviewer(deps, whoIs(c), param(c, 'submission'), c.get('body') as AssignRequest, param(c, 'assignment'));
        return c.json(await assignmentView(new ReviewReader(store), made), 201, NO_STORE);
      },
    );
}
