// Shared by the store and seed tests: hand-made records, a fresh store, and exact contract checks.
import { expect } from 'vitest';
import { loadContract } from '../../src/http/contract.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { ExpertRecord, Page, PracticeRecord, Store } from '../../src/store/types.js';

let serial = 0;

/** A published practice with plain defaults; tests override only what they are about. */
export function practice(overrides: Partial<PracticeRecord> = {}): PracticeRecord {
  serial += 1;
  const n = serial.toString(36).padStart(6, '0');
  return {
    id: `prc_test${n}`,
    slug: `test-practice-${n}`,
    state: 'published',
    title: `Test practice ${n}`,
    summary: 'A summary.',
    description: 'A description.',
    objectives: [1],
    principles: ['human-rights'],
    themes: ['evidence-and-data'],
    countries: ['KEN'],
    regions: ['africa'],
    scope: 'national',
    organisation: { name: 'Test Organisation', kind: 'civil-society' },
    partners: [],
    implementation: { startYear: 2020, endYear: 2022, status: 'completed' },
    results: 'Results.',
    lessonsLearned: 'Lessons.',
    replicability: 'Replicable.',
    funding: 'National budget',
    language: 'en',
    otherLanguages: [],
    links: [],
    createdAt: '2022-01-01T00:00:00.000Z',
    updatedAt: '2022-01-02T00:00:00.000Z',
    publishedAt: `2022-03-${String((serial % 28) + 1).padStart(2, '0')}T00:00:00.000Z`,
    focalPoint: null,
    ...overrides,
  };
}

export function expert(overrides: Partial<ExpertRecord> = {}): ExpertRecord {
  serial += 1;
  const n = serial.toString(36).padStart(6, '0');
  return {
    id: `exp_test${n}`,
    name: `Test Expert ${n}`,
    title: 'Adviser',
    organisation: { name: 'Test Institute', kind: 'academia' },
    expertise: { objectives: [1], themes: [] },
    regions: ['africa'],
    countries: ['KEN'],
    languages: ['en'],
    bio: 'Fictional profile for demonstration.',
    links: [],
    updatedAt: '2024-01-01T00:00:00.000Z',
    email: `expert.${n}@example.org`,
    phone: null,
    ...overrides,
  };
}

export async function storeWith(practices: PracticeRecord[], experts: ExpertRecord[] = []): Promise<Store> {
  const store = await openSqliteStore(':memory:');
  await store.practices.insertMany(practices);
  await store.experts.insertMany(experts);
  return store;
}

/** Every item of every page, following nextCursor; fails on a page that repeats a cursor. */
export async function walk<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>): Promise<{ items: T[]; pages: number; total: number }> {
  const items: T[] = [];
  const seen = new Set<string>();
  let cursor: string | undefined;
  let pages = 0;
  let total = -1;
  do {
    const page = await fetchPage(cursor);
    pages += 1;
    items.push(...page.items);
    if (total === -1) total = page.total;
    expect(page.total).toBe(total);
    cursor = page.nextCursor ?? undefined;
    if (cursor !== undefined) {
      expect(seen.has(cursor)).toBe(false);
      seen.add(cursor);
    }
  } while (cursor !== undefined);
  return { items, pages, total };
}

const contract = loadContract();
const validators = new Map<string, ReturnType<typeof contract.compile>>();

/** Asserts `value` is exactly a `schema` of the contract: valid, and no property it does not declare. */
export function expectContract(schema: string, value: unknown): void {
  let validate = validators.get(schema);
  if (!validate) {
    validate = contract.compile(contract.resolve({ $ref: `#/components/schemas/${schema}` }), { closed: true });
    validators.set(schema, validate);
  }
  if (!validate(value)) throw new Error(`not a ${schema}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
}

export function ids(items: readonly { id: string }[]): string[] {
  return items.map((item) => item.id);
}
