// The hub's configuration, read from the environment once at start; bad values stop the start.

/** Severity threshold for log lines; `silent` writes nothing. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

export interface HubConfig {
  /** `PORT`: TCP port to listen on, 0 for any free port. Default 8787. */
  port: number;
  /** `HOST`: interface to bind. Default 127.0.0.1 (set 0.0.0.0 inside a container). */
  host: string;
  /** `HUB_DB`: SQLite file, relative to the current directory. Default ./data/hub.db. */
  dbPath: string;
  /** `LOG_LEVEL`: debug, info, warn, error or silent. Default info. */
  logLevel: LogLevel;
  /** `RATE_LIMIT_PER_MINUTE`: public reads allowed per client IP per minute; 0 disables. Default 600. */
  rateLimitPerMinute: number;
}

export const DEFAULT_CONFIG: HubConfig = {
  port: 8787,
  host: '127.0.0.1',
  dbPath: './data/hub.db',
  logLevel: 'info',
  rateLimitPerMinute: 600,
};

/** Raised when an environment variable holds a value the hub cannot use. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

/** Reads the configuration from `env`, using the documented default for each unset or empty variable. */
export function loadConfig(env: Env = process.env): HubConfig {
  return {
    port: integer(env, 'PORT', DEFAULT_CONFIG.port, 0, 65_535),
    host: text(env, 'HOST', DEFAULT_CONFIG.host),
    dbPath: text(env, 'HUB_DB', DEFAULT_CONFIG.dbPath),
    logLevel: logLevel(env),
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', DEFAULT_CONFIG.rateLimitPerMinute, 0, 1_000_000),
  };
}

function raw(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function text(env: Env, name: string, fallback: string): string {
  return raw(env, name) ?? fallback;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const value = raw(env, name);
  if (value === undefined) return fallback;
  // Digits only: Number() would accept "1e3", "0x10" and " 8", which hide typos.
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${value}".`);
  }
  return Number(value);
}

function logLevel(env: Env): LogLevel {
  const value = raw(env, 'LOG_LEVEL');
  if (value === undefined) return DEFAULT_CONFIG.logLevel;
  const level = LOG_LEVELS.find((known) => known === value.toLowerCase());
  if (!level) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${value}".`);
  return level;
}
