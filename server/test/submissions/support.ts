// What submission tests start from: a real store and app, people in organisations signed in, and a complete draft.
import type { components } from '@mnh/contract';
import { call, type Checked } from '../helpers/contract-check.js';
import { authHub, signIn, type AuthHub } from '../auth/support.js';

export type Draft = components['schemas']['SubmissionDraft'];
export type Submission = components['schemas']['Submission'];

export interface SubmissionHub extends AuthHub {
  /** Access tokens: the owner works for the implementer; `other` is another contributor; `curator` reads all. */
  tokens: { owner: string; other: string; curator: string };
  ids: { owner: string; other: string; curator: string };
}

export const IMPLEMENTER = 'Ministry of Labour of Ghana';

export async function submissionHub(): Promise<SubmissionHub> {
  const hub = await authHub();
  const ministry = await hub.store.organisations.create({ name: IMPLEMENTER, kind: 'member-state', country: 'GHA' });
  const ngo = await hub.store.organisations.create({ name: 'Migrant Voices Network', kind: 'civil-society' });
  await hub.store.people.create({ email: 'owner@example.org', name: 'Ama Owusu', organisationId: ministry.id });
  await hub.store.people.create({ email: 'other@example.org', name: 'Oscar Other', organisationId: ngo.id });
  const curator = await hub.store.people.create({ email: 'curator@example.org', name: 'Cleo Curator' });
  await hub.store.people.grantRole(curator.id, 'curator');
  const [owner, other, cur] = [
    await signIn(hub, 'owner@example.org'),
    await signIn(hub, 'other@example.org'),
    await signIn(hub, 'curator@example.org'),
  ];
  return {
    ...hub,
    tokens: { owner: owner.accessToken, other: other.accessToken, curator: cur.accessToken },
    ids: { owner: owner.user.id, other: other.user.id, curator: cur.user.id },
  };
}

/** A draft that meets every checklist item when the owner (who works for the implementer) submits it. */
export function completeDraft(): Draft {
  return {
    title: 'Fair recruitment corridor between Ghana and Qatar',
    summary: 'Zero recruitment fees for workers through a bilateral corridor.',
    description: 'Licensed agencies, pre-departure training and a complaints line in three languages.',
    objectives: [6, 23],
    principles: [
      { principle: 'human-rights', justification: 'Workers keep their passports and contracts are checked by labour inspectors.' },
      { principle: 'whole-of-government', justification: 'Labour, interior and foreign ministries share one steering committee.' },
    ],
    countries: ['GHA', 'QAT'],
    scope: 'regional',
    organisation: { name: IMPLEMENTER, kind: 'member-state' },
    implementation: { startYear: 2019, endYear: 2023, status: 'completed' },
    results: '4,000 workers recruited without fees.',
    language: 'en',
    links: [{ title: 'Evaluation report', url: 'https://example.org/evaluation' }],
  };
}

/** A request with a bearer token (or none), checked against the contract. */
export function as(hub: AuthHub, token: string | null, path: string, init: RequestInit & { json?: unknown } = {}): Promise<Checked> {
  const { json, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  if (json !== undefined) headers.set('Content-Type', 'application/json');
  return call(hub.app, path, { ...rest, headers, ...(json !== undefined ? { body: JSON.stringify(json) } : {}) });
}

/** Creates a draft as `token` and returns it. */
export async function createDraft(hub: AuthHub, token: string, draft: Draft = completeDraft()): Promise<Submission> {
  const res = await as(hub, token, '/v1/submissions', { method: 'POST', json: draft });
  if (res.status !== 201) throw new Error(`creating a draft answered ${res.status}: ${res.text}`);
  return res.json as Submission;
}
