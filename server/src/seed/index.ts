// Loads the deterministic demo data set into a store: on first start, or at any size from the CLI.
import type { Store } from '../store/types.js';
import { seedAccountsIfEmpty } from './accounts.js';
import { expertRecord } from './experts.js';
import { practiceRecord, type PracticeState } from './practices.js';

/** What a fresh hub starts with: above the 200 practices and 1,200 experts the demo needs. */
export const DEMO_SIZE = { practices: 240, experts: 1250 } as const;

/** Batches keep memory flat and let the progress bar (and a server's event loop) breathe. */
const BATCH = 1000;
const HIDDEN_STATES: readonly PracticeState[] = ['draft', 'submitted', 'in-review', 'rejected', 'withdrawn'];

/** Unpublished practices added alongside the published ones: they must never be visible. */
export function hiddenCount(published: number): number {
  return published === 0 ? 0 : Math.max(HIDDEN_STATES.length, Math.ceil(published * 0.04));
}

export async function seed(
  store: Store,
  opts: { practices: number; experts: number; onProgress?: (done: number, total: number) => void },
): Promise<void> {
  const hidden = hiddenCount(opts.practices);
  const practices = opts.practices + hidden;
  const total = practices + opts.experts;
  let done = 0;
  const advance = async (count: number) => {
    done += count;
    opts.onProgress?.(done, total);
    await new Promise<void>((resolve) => setImmediate(resolve));
  };
  for (let start = 0; start < practices; start += BATCH) {
    const end = Math.min(start + BATCH, practices);
    const records = [];
    for (let n = start; n < end; n++) {
      const state = n < opts.practices ? 'published' : (HIDDEN_STATES[n % HIDDEN_STATES.length] as PracticeState);
      records.push(practiceRecord(n, opts.practices, state));
    }
    await store.practices.insertMany(records);
    await advance(records.length);
  }
  for (let start = 0; start < opts.experts; start += BATCH) {
    const end = Math.min(start + BATCH, opts.experts);
    const records = [];
    for (let n = start; n < end; n++) records.push(expertRecord(n));
    await store.experts.insertMany(records);
    await advance(records.length);
  }
}

/**
 * Seeds the demo data set when the store holds no practice and no expert; otherwise leaves it
 * alone. Returns what was added (published practices and experts), or what is there.
 * The demo accounts are added on their own when there are no people yet, so that databases seeded
 * before accounts existed get them too; `accounts: false` (production) leaves them out.
 */
export async function seedIfEmpty(
  store: Store,
  options: { accounts?: boolean } = {},
): Promise<{ seeded: boolean; practices: number; experts: number }> {
  if (options.accounts ?? true) await seedAccountsIfEmpty(store);
  const [practices, experts] = await Promise.all([store.practices.count(), store.experts.count()]);
  if (practices > 0 || experts > 0) return { seeded: false, practices, experts };
  await seed(store, DEMO_SIZE);
  return { seeded: true, ...DEMO_SIZE };
}
