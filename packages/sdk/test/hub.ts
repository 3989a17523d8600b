// The real hub for tests: the Hono app over an in-memory SQLite store with the demo seed.
import { createApp } from '../../../server/src/app.js';
import { openSqliteStore } from '../../../server/src/store/sqlite/index.js';
import { seedIfEmpty } from '../../../server/src/seed/index.js';
import { createHubClient } from '../src/index.js';
import type { HubClientOptions } from '../src/index.js';

export type Store = Awaited<ReturnType<typeof openSqliteStore>>;
export type App = ReturnType<typeof createApp>;

/** A seeded store and the app serving it. Close the store when done. */
export async function openSeededHub(): Promise<{ store: Store; app: App }> {
  const store = await openSqliteStore(':memory:');
  await seedIfEmpty(store);
  return { store, app: createApp({ store }) };
}

/** A client talking to `app` in-process, recording the URL of every request it sends. */
export function inProcessClient(app: App, options: Partial<HubClientOptions> = {}) {
  const requests: URL[] = [];
  const hub = createHubClient({
    baseUrl: 'http://hub.test',
    ...options,
    fetch: async (request) => {
      requests.push(new URL(request.url));
      return app.fetch(request);
    },
  });
  return { hub, requests };
}

/** The sign-in code the hub last emailed to `email`, read from its outbox as a person would read their mail. */
export async function codeFor(store: Store, email: string): Promise<string> {
  const message = (await store.outbox.list(50)).find((m) => m.to === email.toLowerCase());
  const code = message?.text.match(/\b\d{6}\b/)?.[0];
  if (!code) throw new Error(`no sign-in code in the outbox for ${email}`);
  return code;
}
