// Starts the real hub on a database file and a port: what main.ts runs and what benchmarks start.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { HubEnvironment } from './config.js';
import { silentLogger, type Logger } from './http/logger.js';
import { createDispatcher } from './mail/dispatcher.js';
import { logSender } from './mail/log-sender.js';
import type { MailSender } from './mail/sender.js';
import { seedIfEmpty } from './seed/index.js';
import { createHubServer } from './server.js';
import { openSqliteStore } from './store/sqlite/index.js';
import type { ReviewPolicy } from './review/policy.js';
import type { Store } from './store/types.js';
import type { SignInPolicy } from './auth/policy.js';

/** For benchmarks that want the hub's own request log, to measure what it costs. */
export { createLogger, type Logger } from './http/logger.js';

export interface StartHubOptions {
  /** SQLite file (created with its folder when missing), or `:memory:`. */
  dbPath: string;
  /** 0 picks a free port. Default 8787. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default silent: benchmarks measure the server, not its log. */
  logger?: Logger;
  /** Public reads per client per minute; 0 disables. Default 600. */
  rateLimitPerMinute?: number;
  /** How long `close()` lets in-flight requests finish before cutting connections. Default 10 s. */
  drainMs?: number;
  /** Default development: sign-in codes are logged and listed at /dev/outbox. */
  environment?: HubEnvironment;
  /** The hub's own public origin (CORS for signed-in requests). Default http://localhost:8787. */
  hubOrigin?: string;
  /** How mail leaves; default the log (with the text only in development). */
  mailSender?: MailSender;
  /** The From of the hub's mail. */
  mailFrom?: string;
  /** The peer-review rule; default the Hub's (see review/policy.ts). */
  reviewPolicy?: ReviewPolicy;
  /** Sign-in limits and lifetimes; default the hub's (see auth/policy.ts). */
  signInPolicy?: SignInPolicy;
}

export interface RunningHub {
  /** Base URL, e.g. http://127.0.0.1:8787 */
  url: string;
  port: number;
  /** The open store, for jobs that run beside the server (review reminders); closed by `close()`. */
  store: Store;
  /** Stops accepting, lets in-flight requests finish, then closes the database. */
  close(): Promise<void>;
}

/**
 * Opens the store, seeds an empty database, and serves the hub until `close()`.
 *
 * @example
 * ```ts
 * const hub = await startHub({ dbPath: 'bench/hub-100k.db', port: 0, rateLimitPerMinute: 0 });
 * await fetch(`${hub.url}/v1/practices?objective=5&region=africa&limit=20`);
 * await hub.close();
 * ```
 */
export async function startHub(options: StartHubOptions): Promise<RunningHub> {
  const { dbPath, port = 8787, host = '127.0.0.1', logger = silentLogger, drainMs = 10_000 } = options;
  if (dbPath !== ':memory:') mkdirSync(dirname(resolve(dbPath)), { recursive: true });
  const store = await openSqliteStore(dbPath);
  try {
    const environment = options.environment ?? 'development';
    // Demo accounts have known addresses: a production hub gets its people from `hub invite`.
    await seedIfEmpty(store, { accounts: environment === 'development' });
    const sender = options.mailSender ?? logSender(logger, { revealText: environment === 'development' });
    const from = options.mailFrom ?? 'Migration Network Hub <no-reply@localhost>';
    const dispatcher = createDispatcher({ outbox: store.outbox, sender, from, logger });
    // Queued mail is sent at once; the timer retries failures and picks up mail queued by the CLI.
    dispatcher.start(5_000);
    const { server } = createHubServer({
      hostname: host,
      store,
      logger,
      rateLimitPerMinute: options.rateLimitPerMinute,
      environment,
      hubOrigin: options.hubOrigin,
      onMailQueued: dispatcher.kick,
      reviewPolicy: options.reviewPolicy,
      signInPolicy: options.signInPolicy,
    });
    await listen(server, port, host);
    const actualPort = (server.address() as AddressInfo).port;
    const urlHost = host.includes(':') ? `[${host}]` : host;
    let closing: Promise<void> | undefined;
    return {
      url: `http://${urlHost}:${actualPort}`,
      port: actualPort,
      store,
      close: () =>
        (closing ??= drain(server, drainMs)
          .then(() => dispatcher.stop())
          .then(() => sender.close?.())
          .finally(() => store.close())),
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      done();
    });
  });
}

/**
 * `server.close()` stops accepting and closes idle keep-alive connections, but a connection that
 * finishes its request afterwards would stay open until its keep-alive timeout; so idle ones are
 * closed again as requests end, and whatever remains after `drainMs` is cut.
 */
function drain(server: Server, drainMs: number): Promise<void> {
  return new Promise((done) => {
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    const deadline = setTimeout(() => server.closeAllConnections(), drainMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(deadline);
      done();
    });
  });
}
