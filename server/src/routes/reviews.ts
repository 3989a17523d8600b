// Reviews of a submission: reading them (as each audience may) and giving one's own verdict.
import { Hono } from 'hono';
import { requireRole } from '../http/authenticate.js';
import type { HubEnv } from '../http/env.js';
import { jsonBody } from '../http/json-body.js';
import { ProblemError } from '../http/problem.js';
import { validateParams } from '../http/validate.js';
import { ReviewReader, reviewState } from '../review/context.js';
import { giveVerdict, type VerdictRequest } from '../review/verdict.js';
import { reviewLabels, reviewView } from '../review/views.js';
import { audienceOf, visibleReviews } from '../review/visibility.js';
import { NO_STORE, REVIEW_BODY, param, signedInOnce, whoIs, type ReviewRouteDeps } from './review-deps.js';

export function reviews(deps: ReviewRouteDeps): Hono<HubEnv> {
  const { store, contract } = deps;
  return new Hono<HubEnv>()
    .use('/:submission/reviews', signedInOnce(deps.signIn))
    .use('/:submission/reviews/*', signedInOnce(deps.signIn))
    .get('/:submission/reviews', validateParams(contract, 'listReviews'), async (c) => {
      const who = whoIs(c);
      const id = param(c, 'submission');
      const submission = await store.submissions.get(id);
      const state = submission ? await reviewState(store, submission) : null;
      const audience = state ? audienceOf(who, state) : 'none';
      if (!submission || !state || audience === 'none') throw new ProblemError(404, `You have no submission with the id "${id}".`);
      const reader = new ReviewReader(store);
      const labels = reviewLabels(state.assignments, state.reviews);
      const shown = visibleReviews(who, audience, state);
      const items = await Promise.all(
        shown.map((review) => reviewView(reader, review, labels.get(review.reviewerId) ?? 'Reviewer', audience === 'submitter')),
      );
      return c.json({ items, round: submission.round }, 200, NO_STORE);
    })
    .put(
      '/:submission/reviews/mine',
      validateParams(contract, 'putMyReview'),
      requireRole('reviewer'),
      jsonBody(contract, 'putMyReview', REVIEW_BODY),
      async (c) => {
        const id = param(c, 'submission');
        const review = await giveVerdict(deps, whoIs(c), id, c.get('body') as VerdictRequest);
        const assignments = await store.assignments.forSubmission(id);
        const all = await store.reviews.forSubmission(id);
        const label = reviewLabels(assignments, all).get(review.reviewerId) ?? 'Reviewer';
        return c.json(await reviewView(new ReviewReader(store), review, label, false), 201, NO_STORE);
      },
    );
}
