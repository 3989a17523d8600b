// The data version the response cache keys on: this process's writes at once, other processes' within the bound.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataVersion } from '../../src/http/data-version.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/types.js';
import { practice } from '../store/support.js';

const dir = mkdtempSync(join(tmpdir(), 'mnh-version-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let path: string;
let store: Store;
let serial = 0;
beforeEach(async () => {
  path = join(dir, `hub-${(serial += 1)}.db`);
  store = await openSqliteStore(path);
});
afterEach(() => store.close());

/** A write by another connection, as the CLI or a second hub process would make it. */
function withdrawElsewhere(id: string): void {
  const other = new Database(path);
  other.prepare("UPDATE practice SET state = 'withdrawn' WHERE id = ?").run(id);
  other.close();
}

describe('dataVersion', () => {
  it("sees this store's own writes at once, however long the bound", async () => {
    const version = dataVersion(store, 60_000);
    const before = version();
    await store.practices.insertMany([practice({ id: 'prc_ownwrite01' })]);
    const after = version();
    expect(after).toBeGreaterThan(before);
    expect(version()).toBe(after);
  });

  it("sees another process's write within the bound, not necessarily before", async () => {
    await store.practices.insertMany([practice({ id: 'prc_elsewhere1' })]);
    const version = dataVersion(store, 40);
    const before = version();
    withdrawElsewhere('prc_elsewhere1');
    expect(version()).toBe(before); // remembered: no read transaction per request
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(version()).toBeGreaterThan(before);
  });

  it('asks the database every time with a bound of 0', async () => {
    await store.practices.insertMany([practice({ id: 'prc_elsewhere2' })]);
    const version = dataVersion(store, 0);
    const before = version();
    withdrawElsewhere('prc_elsewhere2');
    expect(version()).toBeGreaterThan(before);
  });

  it('does not move for writes that change no published data', async () => {
    const version = dataVersion(store, 60_000);
    const before = version();
    await store.audit.append({ actor: 'system', action: 'test.noop', subject: 'nothing', at: new Date().toISOString(), details: null });
    expect(version()).toBe(before);
  });
});
