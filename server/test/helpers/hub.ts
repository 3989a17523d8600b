// What HTTP tests start from: the real SQLite store, seeded, the app on it, and a log that can be read.
import { createApp, type AppOptions } from '../../src/app.js';
import { createLogger, type Logger } from '../../src/http/logger.js';
import { seedIfEmpty } from '../../src/seed/index.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { ExpertRecord, PracticeRecord, Store } from '../../src/store/types.js';

/** A fresh in-memory SQLite store with the deterministic seed. */
export async function seededStore(): Promise<Store> {
  const store = await openSqliteStore(':memory:');
  await seedIfEmpty(store);
  return store;
}

/** The app on `store`; the rate limit is off unless a test turns it on. */
export function appOn(store: Store, options: Partial<AppOptions> = {}) {
  return createApp({ store, rateLimitPerMinute: 0, ...options });
}

/** A logger keeping parsed lines in memory. */
export function memoryLogger(): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  return { logger: createLogger('debug', (line) => lines.push(JSON.parse(line) as Record<string, unknown>)), lines };
}

/** Contact details planted in the store that must never come back in any response. */
export const CANARY = {
  expertEmail: 'canary.expert.9f3k@private.example.org',
  expertPhone: '+41 22 555 0199',
  focalEmail: 'canary.focal.7q2x@private.example.org',
  focalName: 'Canary Focalpoint Zyxw',
  focalPhone: '+41 22 555 0177',
} as const;

const NOW = '2024-05-01T10:00:00.000Z';

/** A published practice whose focal point holds the canary contact, and a draft that must stay hidden. */
export function canaryPractices(): PracticeRecord[] {
  const base: PracticeRecord = {
    id: 'prc_canary0001',
    slug: 'canary-practice-safe-pathways',
    title: 'Canary practice on safe pathways',
    summary: 'A practice planted by the HTTP tests.',
    description: 'Planted to prove that focal point contacts never leave the hub.',
    objectives: [5, 23],
    principles: ['people-centred'],
    themes: [],
    countries: ['CHE'],
    regions: ['europe'],
    scope: 'national',
    organisation: { name: 'Canary Office', kind: 'civil-society' },
    partners: [{ name: 'Canary Partner', kind: 'academia' }],
    implementation: { startYear: 2020, endYear: 2022, status: 'completed' },
    results: 'None.',
    lessonsLearned: 'None.',
    replicability: 'High.',
    funding: 'Own funds.',
    language: 'en',
    otherLanguages: ['fr'],
    links: [{ title: 'Canary', url: 'https://example.org/canary' }],
    createdAt: NOW,
    updatedAt: NOW,
    publishedAt: NOW,
    state: 'published',
    focalPoint: { name: CANARY.focalName, email: CANARY.focalEmail, phone: CANARY.focalPhone },
  };
  const draft: PracticeRecord = { ...base, id: 'prc_canarydraft1', slug: 'canary-draft-unpublished', title: 'Canary draft never public', state: 'draft' };
  return [base, draft];
}

export function canaryExpert(): ExpertRecord {
  return {
    id: 'exp_canary0001',
    name: 'Canary Expertperson',
    title: 'Planted expert',
    organisation: { name: 'Canary Institute', kind: 'academia' },
    expertise: { objectives: [5], themes: [] },
    regions: ['europe'],
    countries: ['CHE'],
    languages: ['en', 'fr'],
    bio: 'Planted by the HTTP tests to prove that contact details are never returned.',
    links: [],
    updatedAt: NOW,
    email: CANARY.expertEmail,
    phone: CANARY.expertPhone,
  };
}
