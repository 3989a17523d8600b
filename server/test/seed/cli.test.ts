// The `hub` command line, run as a real process: help, seeding a file, refusing to seed twice.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/index.js';

const serverDir = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mnh-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function hub(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: serverDir, env: { ...process.env, HUB_DB: join(dir, 'default.db') } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('hub CLI', () => {
  it('prints help', async () => {
    const { code, stdout } = await hub('help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage: hub <command>/);
    expect(stdout).toMatch(/--practices/);
  });

  it('seeds a new database file, then refuses to seed it again without --reset', async () => {
    const db = join(dir, 'sub', 'bench.db');
    const first = await hub('seed', '--practices', '40', '--experts', '25', '--resources', '14', '--db', db);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Seeded 40 published practices \(\+5 unpublished\), 25 experts and 14 published resources \(\+5 unpublished\)/);
    const store = await openSqliteStore(db);
    expect((await store.practices.list({ sort: 'newest', limit: 1 })).total).toBe(40);
    expect(await store.experts.count()).toBe(25);
    expect((await store.resources.list({ sort: 'newest', limit: 1 })).total).toBe(14);
    await store.close();

    const again = await hub('seed', '--practices', '40', '--db', db);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already holds data; pass --reset/);

    const reset = await hub('seed', '--practices', '30', '--experts', '5', '--db', db, '--reset');
    expect(reset.code).toBe(0);
    const reopened = await openSqliteStore(db);
    expect((await reopened.practices.list({ sort: 'newest', limit: 1 })).total).toBe(30);
    await reopened.close();
  });

  it('uses HUB_DB when no --db is given', async () => {
    const { code, stdout } = await hub('seed', '--practices', '3', '--experts', '2');
    expect(code).toBe(0);
    expect(stdout).toContain(join(dir, 'default.db'));
  });

  it.each([
    [['seed', '--practices', 'many']],
    [['seed', '--practices', '-5']],
    [['seed', '--unknown']],
    [['frobnicate']],
  ])('refuses %j with a usage message', async (args) => {
    const { code, stderr } = await hub(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^hub: /);
    expect(stderr).toMatch(/Usage: hub/);
  });
});
