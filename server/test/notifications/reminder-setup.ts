// A store with a submission in review by three reviewers, built through the store as the review routes do; for the reminder tests.
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { PersonRecord, ReviewChange, Store } from '../../src/store/types.js';

export const DAY = 24 * 60 * 60_000;
export const T0 = Date.parse('2026-03-02T09:00:00.000Z');
export const at = (ms: number) => new Date(T0 + ms);

const change = (actor: string, ms = 0): ReviewChange => ({ actor, at: at(ms).toISOString(), audit: [], notices: [] });

export interface ReviewScene {
  store: Store;
  owner: PersonRecord;
  curator: PersonRecord;
  reviewers: PersonRecord[];
  submissionId: string;
  assignmentIds: string[];
  /** Records a verdict of `reviewer` (index) this round; `outcome` ends the round. */
  verdict(reviewer: number, verdict: 'approve' | 'request-changes' | 'reject', ms: number, outcome?: 'changes-requested'): Promise<void>;
}

/** `dueInDays` after T0; the three reviewers are assigned at T0 and the submission goes into review. */
export async function reviewScene(options: { dueInDays?: number; withCurator?: boolean; path?: string } = {}): Promise<ReviewScene> {
  const { dueInDays = 21, withCurator = true, path = ':memory:' } = options;
  const store = await openSqliteStore(path);
  const people = store.people;
  const owner = await people.create({ email: 'owner@example.org', name: 'Ama Owusu' });
  const curator = await people.create({ email: 'curator@example.org', name: 'Cleo Curator' });
  await people.grantRole(curator.id, withCurator ? 'curator' : 'admin');
  const reviewers: PersonRecord[] = [];
  for (const name of ['Rui Reviewer', 'Rana Reviewer', 'Rosa Reviewer']) {
    const reviewer = await people.create({ email: `${name.split(' ')[0]!.toLowerCase()}@example.org`, name });
    await people.grantRole(reviewer.id, 'reviewer');
    reviewers.push(reviewer);
  }
  const draft = await store.submissions.create(owner.id, { title: 'Safe corridors\nfor seasonal workers' }, { actor: owner.id, at: at(0).toISOString(), action: 'submission.created' });
  let current = await store.submissions.change(draft.id, draft.revision, { state: 'submitted', submittedAt: at(0).toISOString() }, { actor: owner.id, at: at(0).toISOString(), action: 'submission.submitted' });
  const assignmentIds: string[] = [];
  for (const [i, reviewer] of reviewers.entries()) {
    const assignment = await store.assignments.assign(
      current.id,
      current.revision,
      { reviewerId: reviewer.id, dueAt: at(dueInDays * DAY).toISOString(), extra: false, round: 1, startReview: i === reviewers.length - 1 },
      change(curator.id),
    );
    assignmentIds.push(assignment.id);
    current = (await store.submissions.get(current.id))!;
  }
  const submissionId = current.id;
  return {
    store,
    owner,
    curator,
    reviewers,
    submissionId,
    assignmentIds,
    async verdict(reviewer, verdict, ms, outcome) {
      const submission = (await store.submissions.get(submissionId))!;
      const criteria = { applied: '', relevant: '', coherent: '', innovative: '', replicable: '', crossCutting: '', timely: '' };
      await store.reviews.record(
        submissionId,
        submission.revision,
        { submissionId, assignmentId: assignmentIds[reviewer]!, reviewerId: reviewers[reviewer]!.id, round: submission.round, verdict, criteria, comment: '' },
        { state: outcome ?? null, publish: false },
        change(reviewers[reviewer]!.id, ms),
      );
    },
  };
}
