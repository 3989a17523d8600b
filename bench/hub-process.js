// Runs the real hub (server/dist/bench-target.js) in its own process for the benchmark.
import { answerParent } from './lib/child-rpc.js';

const dbPath = process.argv[2];
if (!dbPath) throw new Error('usage: hub-process.js <database.db>');

// BENCH_TARGET points at another build of the same module, e.g. to compare two versions of the hub.
const target = process.env.BENCH_TARGET
  ? new URL(process.env.BENCH_TARGET, `file://${process.cwd()}/`)
  : new URL('../server/dist/bench-target.js', import.meta.url);
/**
 * @typedef {{ debug: Function, info: Function, warn: Function, error: Function }} Logger
 * @type {{
 *   startHub: (options: { dbPath: string, port: number, host: string, rateLimitPerMinute: number, logger?: Logger }) => Promise<{ url: string, close: () => Promise<void> }>,
 *   createLogger?: (level: string) => Logger,
 * }}
 */
const { startHub, createLogger } = await import(target.href);

// LOG_LEVEL=info asks for the hub's own request log (to stdout, which the parent sends to
// /dev/null), to show what logging costs; startHub is silent by default.
const level = process.env.LOG_LEVEL ?? 'silent';
if (level !== 'silent' && !createLogger) {
  process.stderr.write(`${target.pathname} does not export createLogger\n`);
  process.exit(2);
}
const logger = level !== 'silent' && createLogger ? createLogger(level) : undefined;

// Rate limiting off: every request comes from 127.0.0.1 and would otherwise be counted as one client.
const hub = await startHub({ dbPath, port: 0, host: '127.0.0.1', rateLimitPerMinute: 0, ...(logger ? { logger } : {}) });
answerParent(hub);
