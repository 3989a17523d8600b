// The large seeded database the benchmark runs on: generated once per size, then reused.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { log } from './log.js';

const dataDir = fileURLToPath(new URL('../data/', import.meta.url));
const cli = fileURLToPath(new URL('../../server/dist/cli.js', import.meta.url));

/** @typedef {{ practices: number, experts: number, seededAt: string, seedSeconds: number }} SeedMarker */

/**
 * Returns the path of a database seeded with `practices` and `experts`, seeding it with the hub's
 * own CLI when missing. A marker file is written only after the seed succeeds, so a seed cut short
 * is redone rather than measured.
 * @param {{ practices: number, experts: number, reseed: boolean }} options
 */
export async function ensureDataset({ practices, experts, reseed }) {
  mkdirSync(dataDir, { recursive: true });
  const dbPath = join(dataDir, `practices-${practices}-experts-${experts}.db`);
  const markerPath = `${dbPath}.json`;
  if (!reseed && existsSync(dbPath) && existsSync(markerPath)) {
    /** @type {SeedMarker} */
    const marker = JSON.parse(readFileSync(markerPath, 'utf8'));
    log(`reusing ${dbPath} (seeded ${marker.seededAt}; --reseed to regenerate)`);
    return { dbPath, reused: true, ...marker };
  }
  for (const suffix of ['', '-wal', '-shm', '.json']) rmSync(`${dbPath}${suffix}`, { force: true });

  log(`seeding ${practices} practices and ${experts} experts into ${dbPath}`);
  const started = Date.now();
  const seed = spawn(process.execPath, [cli, 'seed', '--practices', String(practices), '--experts', String(experts), '--db', dbPath, '--reset'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const [code] = await once(seed, 'exit');
  if (code !== 0) throw new Error(`seed exited with ${code}`);
  /** @type {SeedMarker} */
  const marker = { practices, experts, seededAt: new Date().toISOString(), seedSeconds: Math.round((Date.now() - started) / 100) / 10 };
  writeFileSync(markerPath, JSON.stringify(marker, null, 2));
  return { dbPath, reused: false, ...marker };
}
