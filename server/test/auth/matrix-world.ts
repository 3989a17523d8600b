// The world the authorisation matrix asks about: the demo accounts signed in, and a contributor's objects at every stage.
import type { components } from '@mnh/contract';
import { seedAccountsIfEmpty } from '../../src/seed/accounts.js';
import type { Store } from '../../src/store/types.js';
import { as, completeDraft, createDraft, type Draft } from '../submissions/support.js';
import { PNG_BYTES } from '../submissions/fixtures.js';
import { authHub, signIn, type AuthHub } from './support.js';

/** The demo roles the matrix tries every operation as: each person holds that one role (and contributor). */
export const ROLES = ['contributor', 'reviewer', 'curator', 'moderator', 'admin'] as const;
export type DemoRole = (typeof ROLES)[number];

/** Who is signed in: one demo person per role, plus the owner of the objects and a reviewer assigned to them. */
export const EMAILS = {
  contributor: 'contributor1@example.org',
  reviewer: 'reviewer2@example.org',
  curator: 'curator@example.org',
  moderator: 'moderator@example.org',
  admin: 'admin@example.org',
  owner: 'contributor2@example.org',
  assigned: 'reviewer1@example.org',
  /** Someone who erases themselves (DELETE /v1/me); nobody else is asked about them. */
  leaver: 'leaver@example.org',
} as const;
export type Asker = keyof typeof EMAILS;

export interface World extends AuthHub {
  tokens: Record<Asker, string>;
  ids: Record<Asker, string>;
  /** The owner's submission in review, reviewed by `assigned` and two others. */
  submission: string;
  /** A file attached to `submission`. */
  file: string;
  /** `assigned`'s assignment on `submission`. */
  assignment: string;
  /** Another assignment on `submission` (free to be replaced). */
  spareAssignment: string;
  /** The owner's draft. */
  draft: string;
  /** A draft of `contributor`'s own, for mixing their ids with the owner's. */
  contributorDraft: string;
  /** A new complete draft of the owner's; `submitted` submits it first. */
  freshSubmission(submitted: boolean): Promise<string>;
  personId(email: string): Promise<string>;
}

/** The owner works for Lantern Legal Aid and submits its own practice, so no focal point is needed. */
function ownersDraft(): Draft {
  return { ...completeDraft(), title: 'Legal aid desks at border crossings', organisation: { name: 'Lantern Legal Aid', kind: 'civil-society' } };
}

async function assign(store: Store, submissionId: string, reviewerId: string, curatorId: string, startReview: boolean): Promise<string> {
  const submission = (await store.submissions.get(submissionId))!;
  const at = new Date().toISOString();
  const assignment = await store.assignments.assign(
    submissionId,
    submission.revision,
    { reviewerId, dueAt: new Date(Date.now() + 21 * 86_400_000).toISOString(), extra: false, round: submission.round, startReview },
    { actor: curatorId, at, audit: [{ action: 'review.assigned', details: { reviewer: reviewerId } }], notices: [] },
  );
  return assignment.id;
}

export async function matrixWorld(): Promise<World> {
  const hub = await authHub();
  await seedAccountsIfEmpty(hub.store);
  const tokens = {} as Record<Asker, string>;
  const ids = {} as Record<Asker, string>;
  for (const [asker, email] of Object.entries(EMAILS) as [Asker, string][]) {
    const signedIn = await signIn(hub, email);
    tokens[asker] = signedIn.accessToken;
    ids[asker] = signedIn.user.id;
  }
  const personId = async (email: string) => (await hub.store.people.findByEmail(email))!.id;

  const submit = async (id: string) => {
    const res = await as(hub, tokens.owner, `/v1/submissions/${id}/submit`, { method: 'POST' });
    if (res.status !== 200) throw new Error(`the matrix world cannot submit a draft (${res.status}): ${res.text}`);
  };
  const freshSubmission = async (submitted: boolean) => {
    const created = await createDraft(hub, tokens.owner, ownersDraft());
    if (submitted) await submit(created.id);
    return created.id;
  };

  const submission = await freshSubmission(false);
  const upload = await as(hub, tokens.owner, `/v1/submissions/${submission}/files?filename=map.png`, {
    method: 'POST',
    headers: { 'Content-Type': 'image/png' },
    body: PNG_BYTES,
  });
  if (upload.status !== 201) throw new Error(`the matrix world cannot attach a file (${upload.status}): ${upload.text}`);
  await submit(submission);
  // One UN reviewer and two from outside the UN: the hub policy's balance.
  const assignment = await assign(hub.store, submission, ids.assigned, ids.curator, false);
  await assign(hub.store, submission, await personId('reviewer4@example.org'), ids.curator, false);
  const spareAssignment = await assign(hub.store, submission, await personId('reviewer5@example.org'), ids.curator, true);

  return {
    ...hub,
    tokens,
    ids,
    submission,
    file: (upload.json as components['schemas']['SubmissionFile']).id,
    assignment,
    spareAssignment,
    draft: await freshSubmission(false),
    contributorDraft: (await createDraft(hub, tokens.contributor, { title: 'My own draft' })).id,
    freshSubmission,
    personId,
  };
}
