// A practice waiting for reviewers in the demo, so the curator's review board is not empty on first start.
import type { Store, SubmissionContent } from '../store/types.js';

/** Omar Farouk (contributor1) submits for his own ministry: no focal point needed, and no reviewer has a conflict. */
export const DEMO_SUBMISSION: SubmissionContent = {
  kind: 'practice',
  title: 'Ventanilla única para trabajadores temporales',
  summary: 'One office where seasonal workers get visas, contracts and social security in a single visit.',
  description:
    'The Ministry of Labour and Migration opened one-stop offices in three states of origin. Workers leave with a visa appointment, a checked contract and their social security number, and can come back for any complaint during the season.',
  objectives: [5, 6, 22],
  themes: ['regular-migration'],
  principles: [
    { principle: 'people-centred', justification: 'Workers are served in one visit, in their own language, close to home.' },
    { principle: 'whole-of-government', justification: 'Labour, foreign affairs and social security staff sit at the same desk.' },
  ],
  countries: ['MEX', 'CAN'],
  scope: 'regional',
  organisation: { name: 'Ministry of Labour and Migration, Mexico', kind: 'member-state' },
  implementation: { startYear: 2019, endYear: 2023, status: 'completed' },
  results: 'Waiting times fell from six weeks to one day for 20,000 workers a year.',
  lessonsLearned: 'Staff from each ministry must be able to decide on the spot.',
  language: 'es',
  otherLanguages: ['en'],
};

const DEMO_OWNER = 'contributor1@example.org';

/** Adds the demo submission, once: call it right after the demo accounts were created. No mail is sent for it. */
export async function seedReviewDemo(store: Store, at = new Date().toISOString()): Promise<void> {
  const owner = await store.people.findByEmail(DEMO_OWNER);
  if (!owner || (await store.submissions.list({ ownerId: owner.id, limit: 1 })).length > 0) return;
  const draft = await store.submissions.create(owner.id, DEMO_SUBMISSION, { actor: 'system', at, action: 'submission.created' });
  await store.submissions.change(draft.id, draft.revision, { state: 'submitted', submittedAt: at }, { actor: 'system', at, action: 'submission.submitted' });
}
