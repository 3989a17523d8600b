// Shared by the resource tests: hand-made resource records and a seeded hub with a few planted ones.
import type { ResourceRecord, ResourceSummary, Store } from '../../src/store/types.js';
import { appOn, seededStore } from '../helpers/hub.js';

export type ResourcePage = { items: ResourceSummary[]; total: number; nextCursor: string | null };
export type ProblemBody = { type: string; status: number; detail: string; errors?: { field: string; in: string; message: string }[] };

let serial = 0;

/** A published resource with plain defaults; tests override only what they are about. */
export function resource(overrides: Partial<ResourceRecord> = {}): ResourceRecord {
  serial += 1;
  const n = serial.toString(36).padStart(6, '0');
  return {
    id: `res_test${n}`,
    slug: `test-resource-${n}`,
    state: 'published',
    type: 'tool',
    title: `Test resource ${n}`,
    summary: 'A summary.',
    description: 'A description.',
    objectives: [1],
    principles: ['human-rights'],
    themes: [],
    countries: ['KEN'],
    regions: ['africa'],
    scope: 'national',
    publisher: { name: 'Test Publisher', kind: 'academia' },
    year: 2022,
    language: 'en',
    resourceLanguages: ['en'],
    url: `https://example.org/resources/${n}`,
    createdAt: '2022-01-01T00:00:00.000Z',
    updatedAt: '2022-01-02T00:00:00.000Z',
    publishedAt: `2022-03-${String((serial % 28) + 1).padStart(2, '0')}T00:00:00.000Z`,
    ...overrides,
  };
}

/** Resources planted beside the seed: found by the tests' filters, and a draft that must stay hidden. */
export const PLANTED = {
  toolkit: resource({
    id: 'res_planted0001',
    slug: 'planted-kestrel-toolkit',
    title: 'Kestrel toolkit for fair recruitment',
    type: 'tool',
    publisher: { name: 'Organisation Mondiale Kestrel', kind: 'un-entity' },
    objectives: [6],
    countries: ['CHE'],
    regions: ['europe'],
    language: 'fr',
    resourceLanguages: ['fr', 'sw'],
    year: 2020,
  }),
  draft: resource({ id: 'res_planteddraft', slug: 'planted-kestrel-draft', title: 'Kestrel draft never public', state: 'draft' }),
};

export async function plantedHub(): Promise<{ store: Store; app: ReturnType<typeof appOn> }> {
  const store = await seededStore();
  await store.resources.insertMany([PLANTED.toolkit, PLANTED.draft]);
  return { store, app: appOn(store) };
}
