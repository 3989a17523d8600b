// Loads the deterministic demo data set into a store: on first start, or at any size from the CLI.
import type { Store } from '../store/types.js';
import { seedAccountsIfEmpty } from './accounts.js';
import { seedReviewDemo } from './review-demo.js';
import { seedSupportDemo } from './support-demo.js';
import { seedDiscussionDemo } from './discussions.js';
import { expertRecord } from './experts.js';
import { seededId } from './ids.js';
import { practiceRecord, type PracticeState } from './practices.js';
import { resourceRecord } from './resources.js';
import { seedTranslations } from './translations.js';

/** What a fresh hub starts with: above the 200 practices and 1,200 experts the demo needs, and a library. */
export const DEMO_SIZE = { practices: 240, experts: 1250, resources: 120 } as const;

/** Batches keep memory flat and let the progress bar (and a server's event loop) breathe. */
const BATCH = 1000;
const HIDDEN_STATES: readonly PracticeState[] = ['draft', 'submitted', 'in-review', 'rejected', 'withdrawn'];

/** Unpublished practices (and resources) added alongside the published ones: they must never be visible. */
export function hiddenCount(published: number): number {
  return published === 0 ? 0 : Math.max(HIDDEN_STATES.length, Math.ceil(published * 0.04));
}

export async function seed(
  store: Store,
  opts: { practices: number; experts: number; resources?: number; onProgress?: (done: number, total: number) => void },
): Promise<void> {
  const hidden = hiddenCount(opts.practices);
  const practices = opts.practices + hidden;
  const resources = opts.resources ?? 0;
  const total = practices + opts.experts + resources + hiddenCount(resources);
  let done = 0;
  const advance = async (count: number) => {
    done += count;
    opts.onProgress?.(done, total);
    await new Promise<void>((resolve) => setImmediate(resolve));
  };
  for (let start = 0; start < practices; start += BATCH) {
    const end = Math.min(start + BATCH, practices);
    const records = [];
    for (let n = start; n < end; n++) records.push(practiceRecord(n, opts.practices, stateOf(n, opts.practices)));
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
  await seedLibrary(store, resources, advance);
  await seedTranslations(store, opts.practices, resources);
}

/** Record `n` of a seed of `published`: the first ones are published, the rest cycle through the hidden states. */
function stateOf(n: number, published: number): PracticeState {
  return n < published ? 'published' : (HIDDEN_STATES[n % HIDDEN_STATES.length] as PracticeState);
}

/** `published` resources and a few unpublished ones; how many were stored. */
async function seedLibrary(store: Store, published: number, advance?: (count: number) => Promise<void>): Promise<number> {
  const total = published + hiddenCount(published);
  for (let start = 0; start < total; start += BATCH) {
    const records = [];
    for (let n = start; n < Math.min(start + BATCH, total); n++) records.push(resourceRecord(n, published, stateOf(n, published)));
    await store.resources.insertMany(records);
    await advance?.(records.length);
  }
  return total;
}

/**
 * Seeds the demo data set when the store holds no practice and no expert; otherwise leaves it
 * alone, except that a demo database from before the library existed gets the demo library (a
 * store whose practices are not the demo's never does). Returns what was added (published
 * practices, experts and resources), or what is there.
 * The demo accounts are added on their own when there are no people yet, so that databases seeded
 * before accounts existed get them too; `accounts: false` (production) leaves them out.
 */
export async function seedIfEmpty(
  store: Store,
  options: { accounts?: boolean } = {},
): Promise<{ seeded: boolean; practices: number; experts: number; resources: number }> {
  if ((options.accounts ?? true) && (await seedAccountsIfEmpty(store))) await seedReviewDemo(store);
  const [practices, experts] = await Promise.all([store.practices.count(), store.experts.count()]);
  if (practices > 0 || experts > 0) {
    let resources = await store.resources.count();
    if (resources === 0 && (await store.practices.get(seededId('prc', 0))) !== null) {
      resources = await seedLibrary(store, DEMO_SIZE.resources);
    }
    return { seeded: false, practices, experts, resources };
  }
  await seed(store, DEMO_SIZE);
  if (options.accounts ?? true) {
    await seedSupportDemo(store);
    await seedDiscussionDemo(store);
  }
  return { seeded: true, ...DEMO_SIZE };
}
