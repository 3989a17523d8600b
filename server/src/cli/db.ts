// Opening the database a CLI command works on: --db, else $HUB_DB, else the server's default.
import { DEFAULT_CONFIG } from '../config.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import type { Store } from '../store/types.js';

export function databasePath(db: string | undefined): string {
  return db ?? process.env.HUB_DB ?? DEFAULT_CONFIG.dbPath;
}

/** Runs `work` on the store at `path` and closes it whatever happens. */
export async function withStore<T>(path: string, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openSqliteStore(path);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Writes what an administrator did to the audit log; the CLI acts as `cli`, since nobody is signed in. */
export function audit(store: Store, action: string, subject: string, details: Record<string, unknown> | null = null): Promise<void> {
  return store.audit.append({ actor: 'cli', action, subject, at: new Date().toISOString(), details });
}
