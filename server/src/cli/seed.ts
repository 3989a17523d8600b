// `hub seed`: fills a database with the deterministic demo data set at any size.
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { DEMO_SIZE, hiddenCount, seed } from '../seed/index.js';
import { seedAccountsIfEmpty } from '../seed/accounts.js';
import { databasePath, withStore } from './db.js';
import { UsageError } from './errors.js';

export const SEED_HELP = `Options for seed:
  --practices <n>   Published practices to create (default ${DEMO_SIZE.practices}); about 4% more
                    unpublished ones are added, which are never visible.
  --experts <n>     Experts to create (default ${DEMO_SIZE.experts}).
  --resources <n>   Published resources of the tools and library to create (default ${DEMO_SIZE.resources});
                    about 4% more unpublished ones are added too.
  --db <path>       SQLite file (default: $HUB_DB or ./data/hub.db); created with its directory.
  --reset           Delete the database first. Without it, seeding a non-empty database is refused.
  The demo accounts (see the README) are added too.`;

function count(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new UsageError(`--${name} must be a whole number, not "${value}"`);
  return n;
}

export async function seedCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      practices: { type: 'string' },
      experts: { type: 'string' },
      resources: { type: 'string' },
      db: { type: 'string' },
      reset: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const practices = count(values.practices, DEMO_SIZE.practices, 'practices');
  const experts = count(values.experts, DEMO_SIZE.experts, 'experts');
  const resources = count(values.resources, DEMO_SIZE.resources, 'resources');
  const path = databasePath(values.db);
  if (values.reset) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  }
  await withStore(path, async (store) => {
    if ((await store.practices.count()) > 0 || (await store.experts.count()) > 0 || (await store.resources.count()) > 0) {
      throw new UsageError(`${path} already holds data; pass --reset to replace it.`);
    }
    const bar = new cliProgress.SingleBar(
      { format: 'seeding [{bar}] {percentage}% | {value}/{total} records | {duration_formatted}', hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    const started = performance.now();
    bar.start(practices + hiddenCount(practices) + experts + resources + hiddenCount(resources), 0);
    await seed(store, { practices, experts, resources, onProgress: (done) => bar.update(done) });
    bar.stop();
    await seedAccountsIfEmpty(store);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Seeded ${practices} published practices (+${hiddenCount(practices)} unpublished), ${experts} experts and ` +
        `${resources} published resources (+${hiddenCount(resources)} unpublished) into ${path} in ${seconds} s.`,
    );
  });
}
