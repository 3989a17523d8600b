// What review tests start from: the demo's people (a curator, reviewers from UN and non-UN organisations, contributors), signed in on demand.
import { expect } from 'vitest';
import type { components } from '@mnh/contract';
import type { AppOptions } from '../../src/app.js';
import { seedAccountsIfEmpty } from '../../src/seed/accounts.js';
import { authHub, signIn, type AuthHub } from '../auth/support.js';
import type { Checked } from '../helpers/contract-check.js';
import { as } from '../submissions/support.js';

type Schemas = components['schemas'];
export type Draft = Schemas['SubmissionDraft'];
export type Submission = Schemas['Submission'];
export type Assignment = Schemas['Assignment'];
export type Review = Schemas['Review'];
export type Verdict = Schemas['Verdict'];

/** Demo reviewers: 1 and 2 work for UN entities; 3 (Lantern Legal Aid) to 7 do not; 7 declared a conflict with Lantern. */
export const UN = ['reviewer1@example.org', 'reviewer2@example.org'] as const;
export const NON_UN = ['reviewer3@example.org', 'reviewer4@example.org', 'reviewer5@example.org', 'reviewer6@example.org', 'reviewer7@example.org'] as const;
export const CURATOR = 'curator@example.org';
/** Works for the Ministry of Labour and Migration, Mexico. */
export const CONTRIBUTOR = 'contributor1@example.org';
/** Works for Lantern Legal Aid. */
export const LANTERN_CONTRIBUTOR = 'contributor2@example.org';

export interface ReviewHub extends AuthHub {
  /** The access token of the demo person with this address (signed in at first use). */
  token(email: string): Promise<string>;
  /** Forgets the tokens, e.g. after moving the clock past their expiry. */
  signOutAll(): void;
  /** The person id of a demo address. */
  id(email: string): Promise<string>;
  /** A request as the person with this address (null: nobody signed in), checked against the contract. */
  as(email: string | null, path: string, init?: RequestInit & { json?: unknown }): Promise<Checked>;
}

export async function reviewHub(options: Partial<AppOptions> = {}, path = ':memory:'): Promise<ReviewHub> {
  const hub = await authHub(options, path);
  await seedAccountsIfEmpty(hub.store);
  const tokens = new Map<string, string>();
  const token = async (email: string) => {
    let found = tokens.get(email);
    if (!found) tokens.set(email, (found = (await signIn(hub, email)).accessToken));
    return found;
  };
  return {
    ...hub,
    token,
    signOutAll: () => tokens.clear(),
    async id(email) {
      const person = await hub.store.people.findByEmail(email);
      if (!person) throw new Error(`no demo person ${email}`);
      return person.id;
    },
    async as(email, path, init = {}) {
      return as(hub, email === null ? null : await token(email), path, init);
    },
  };
}

/** A draft meeting the checklist, implemented by the Mexican ministry (contributor1's own organisation). */
export function mexicanDraft(overrides: Draft = {}): Draft {
  return {
    title: 'Temporary work visas with portable social security',
    summary: 'Seasonal workers keep their pension rights across the border.',
    description: 'A bilateral agreement lets contributions made abroad count at home.',
    objectives: [5, 6, 22],
    themes: ['regular-migration'],
    principles: [{ principle: 'human-rights', justification: 'Workers keep their rights whichever side of the border they work on.' }],
    countries: ['MEX', 'CAN'],
    organisation: { name: 'Ministry of Labour and Migration, Mexico', kind: 'member-state' },
    implementation: { startYear: 2019, endYear: 2023, status: 'completed' },
    results: '12,000 workers covered.',
    language: 'es',
    ...overrides,
  };
}

/** The focal point a submission on someone else's behalf needs. */
export const FOCAL_POINT = { name: 'Focal Person', email: 'focal.point.secret@private.example.org' };

/** Creates and submits a draft as `email`; returns the submitted submission. */
export async function submitted(hub: ReviewHub, email: string, draft: Draft = mexicanDraft()): Promise<Submission> {
  const created = await hub.as(email, '/v1/submissions', { method: 'POST', json: draft });
  expect(created.status, created.text).toBe(201);
  const id = (created.json as Submission).id;
  const res = await hub.as(email, `/v1/submissions/${id}/submit`, { method: 'POST' });
  expect(res.status, res.text).toBe(200);
  return res.json as Submission;
}

export async function assign(hub: ReviewHub, submissionId: string, reviewer: string, as = CURATOR): Promise<Checked> {
  return hub.as(as, `/v1/submissions/${submissionId}/assignments`, { method: 'POST', json: { reviewerId: await hub.id(reviewer) } });
}

/** Assigns each reviewer, expecting every assignment to be accepted. */
export async function assignAll(hub: ReviewHub, submissionId: string, reviewers: readonly string[]): Promise<Assignment[]> {
  const made: Assignment[] = [];
  for (const reviewer of reviewers) {
    const res = await assign(hub, submissionId, reviewer);
    expect(res.status, res.text).toBe(201);
    made.push(res.json as Assignment);
  }
  return made;
}

export const NO_COMMENTS = { applied: '', relevant: '', coherent: '', innovative: '', replicable: '', crossCutting: '', timely: '' };

export function verdict(hub: ReviewHub, submissionId: string, reviewer: string, given: Verdict, comment = `${given} from ${reviewer}`): Promise<Checked> {
  return hub.as(reviewer, `/v1/submissions/${submissionId}/reviews/mine`, {
    method: 'PUT',
    json: { verdict: given, criteria: { ...NO_COMMENTS, applied: `applied note by ${reviewer}` }, comment },
  });
}

export async function stateOf(hub: ReviewHub, submissionId: string): Promise<Submission['state']> {
  return (await hub.store.submissions.get(submissionId))?.state ?? 'draft';
}

/** The kinds of the notifications a person got about a submission, oldest first. */
export async function noticesTo(hub: ReviewHub, email: string, submissionId: string): Promise<string[]> {
  const { items } = await hub.store.notifications.list(await hub.id(email), { unreadOnly: false, limit: 100 });
  return items.filter((n) => n.subject === submissionId).map((n) => n.kind).reverse();
}

/** The mail a person got about a submission (its text), newest first. */
export async function mailTo(hub: ReviewHub, email: string, submissionId: string): Promise<string[]> {
  return (await hub.store.outbox.list(500)).filter((m) => m.to === email && m.text.includes(submissionId)).map((m) => m.text);
}
