// Shared by the translation tests: the seeded hub with a clock, signed-in demo people, and one English practice to translate.
import { expect } from 'vitest';
import type { Practice } from '../../src/store/types.js';
import { signIn, testClock, type AuthHub } from '../auth/support.js';
import { call, type Checked } from '../helpers/contract-check.js';
import { appOn, canaryPractices, seededStore } from '../helpers/hub.js';
import { resource } from '../resources/support.js';

export const PRACTICE = canaryPractices()[0]!;
export const RESOURCE = resource({ id: 'res_translate01', slug: 'resource-to-translate', title: 'A guide to safe pathways', language: 'en' });

export const FRENCH = {
  language: 'fr',
  title: 'Voies sûres : pratique témoin',
  summary: 'Une pratique plantée par les tests.',
  description: 'Plantée pour montrer les traductions.',
  results: 'Aucun.',
  lessonsLearned: 'Aucune.',
} as const;

export interface TranslationHub extends AuthHub {
  tokens: { contributor: string; curator: string; reviewer: string };
  contributorId: string;
}

/** The seeded hub, the canary practice and a resource planted in English, and tokens for a contributor, a curator and a reviewer. */
export async function translationHub(): Promise<TranslationHub> {
  const store = await seededStore();
  await store.practices.insertMany([PRACTICE]);
  await store.resources.insertMany([RESOURCE]);
  const clock = testClock();
  const hub: AuthHub = { store, app: appOn(store, { clock: clock.now }), clock, close: () => store.close() };
  const contributor = await signIn(hub, 'contributor2@example.org');
  const curator = await signIn(hub, 'curator@example.org');
  const reviewer = await signIn(hub, 'reviewer3@example.org');
  return {
    ...hub,
    tokens: { contributor: contributor.accessToken, curator: curator.accessToken, reviewer: reviewer.accessToken },
    contributorId: contributor.user.id,
  };
}

export function postAs(hub: AuthHub, token: string, path: string, body: unknown): Promise<Checked> {
  return call(hub.app, path, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

/** A published practice as a reader asks for it, with the headers that say what was served. */
export async function read(hub: AuthHub, path: string, headers: Record<string, string> = {}): Promise<{ res: Checked; practice: Practice }> {
  const res = await call(hub.app, path, { headers });
  expect(res.status, res.text.slice(0, 300)).toBe(200);
  return { res, practice: res.json as Practice };
}

/** Proposes `FRENCH` for the canary practice as the contributor and has the curator approve it. */
export async function approvedFrench(hub: TranslationHub): Promise<void> {
  const proposed = await postAs(hub, hub.tokens.contributor, `/v1/practices/${PRACTICE.id}/translations`, FRENCH);
  expect(proposed.status, proposed.text).toBe(201);
  const decided = await postAs(hub, hub.tokens.curator, `/v1/practices/${PRACTICE.id}/translations/fr/decision`, { decision: 'approve' });
  expect(decided.status, decided.text).toBe(200);
}
