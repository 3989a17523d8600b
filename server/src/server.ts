// The hub's node:http server: the Hono app behind the fast path that replays fresh cached reads.
import { createServer, type Server } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import { createApp, type AppOptions } from './app.js';
import type { HubEnv } from './http/env.js';
import { Replay } from './http/replay.js';

export interface HubServer {
  /** Not listening yet. */
  server: Server;
  app: Hono<HubEnv>;
  replay: Replay;
}

/**
 * Builds the app and a server for it. Requests the response cache can answer as they are go to
 * `replay` (the cost of bare node:http); everything else goes through @hono/node-server to the app.
 *
 * @example
 * ```ts
 * const { server } = createHubServer({ store, hostname: '127.0.0.1' });
 * server.listen(8787, '127.0.0.1');
 * ```
 */
export function createHubServer(options: Omit<AppOptions, 'replay'> & { hostname?: string }): HubServer {
  const { hostname, ...appOptions } = options;
  const replay = new Replay();
  const app = createApp({ ...appOptions, replay });
  const server = createServer(replay.listener(getRequestListener(replay.record(app.fetch), { hostname })));
  return { server, app, replay };
}
