// A tiny structured logger: one JSON object per line, filtered by level.
import type { LogLevel } from '../config.js';

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: Infinity };

/**
 * A logger writing JSON lines at `level` and above.
 *
 * @example
 * ```ts
 * const logger = createLogger('info');
 * logger.info('listening', { url: 'http://127.0.0.1:8787' });
 * // {"time":"2025-01-01T00:00:00.000Z","level":"info","msg":"listening","url":"http://127.0.0.1:8787"}
 * ```
 */
export function createLogger(level: LogLevel, write: (line: string) => void = writeStdout): Logger {
  const threshold = RANK[level];
  const at =
    (lineLevel: Exclude<LogLevel, 'silent'>) =>
    (msg: string, fields?: LogFields): void => {
      if (RANK[lineLevel] < threshold) return;
      write(JSON.stringify({ time: new Date().toISOString(), level: lineLevel, msg, ...fields }));
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** A logger that drops everything; the default for `createApp` in tests and embedding. */
export const silentLogger: Logger = createLogger('silent');

function writeStdout(line: string): void {
  process.stdout.write(`${line}\n`);
}
