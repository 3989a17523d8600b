#!/usr/bin/env node
// The hub's command line: `hub seed` fills a database with the demo data set at any size.
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { DEMO_SIZE, hiddenCount, seed } from './seed/index.js';
import { openSqliteStore } from './store/sqlite/index.js';

const HELP = `Usage: hub <command> [options]

Commands:
  seed    Fill a database with the deterministic demo data set.
  help    Show this help.

Options for seed:
  --practices <n>   Published practices to create (default ${DEMO_SIZE.practices}); about 4% more
                    unpublished ones are added, which are never visible.
  --experts <n>     Experts to create (default ${DEMO_SIZE.experts}).
  --db <path>       SQLite file (default: $HUB_DB or ./data/hub.db); created with its directory.
  --reset           Delete the database first. Without it, seeding a non-empty database is refused.

Example:
  pnpm hub seed --practices 100000 --experts 5000 --db ./data/bench.db --reset
`;

function count(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new UsageError(`--${name} must be a whole number, not "${value}"`);
  return n;
}

class UsageError extends Error {}

async function seedCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      practices: { type: 'string' },
      experts: { type: 'string' },
      db: { type: 'string' },
      reset: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const practices = count(values.practices, DEMO_SIZE.practices, 'practices');
  const experts = count(values.experts, DEMO_SIZE.experts, 'experts');
  const path = values.db ?? process.env.HUB_DB ?? './data/hub.db';
  if (values.reset) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  }
  const store = await openSqliteStore(path);
  try {
    if ((await store.practices.count()) > 0 || (await store.experts.count()) > 0) {
      throw new UsageError(`${path} already holds data; pass --reset to replace it.`);
    }
    const bar = new cliProgress.SingleBar(
      { format: 'seeding [{bar}] {percentage}% | {value}/{total} records | {duration_formatted}', hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    const started = performance.now();
    bar.start(practices + hiddenCount(practices) + experts, 0);
    await seed(store, { practices, experts, onProgress: (done) => bar.update(done) });
    bar.stop();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Seeded ${practices} published practices (+${hiddenCount(practices)} unpublished) and ${experts} experts into ${path} in ${seconds} s.`,
    );
  } finally {
    await store.close();
  }
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'seed') return seedCommand(rest);
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    console.log(HELP);
    return;
  }
  throw new UsageError(`Unknown command "${command}".`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const usage = error instanceof UsageError || (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
  console.error(usage ? `hub: ${(error as Error).message}\n\n${HELP}` : error);
  process.exitCode = usage ? 2 : 1;
});
