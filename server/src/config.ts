// The hub's configuration, read from the environment once at start; bad values stop the start.
import { toOrigin } from './http/origin.js';
import { HUB_POLICY, parseReviewPolicy, ReviewPolicyError, type ReviewPolicy } from './review/policy.js';
import { SIGN_IN_POLICY } from './auth/policy.js';

/** Severity threshold for log lines; `silent` writes nothing. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

/** `development` shows sign-in codes in the log and at /dev/outbox; `production` never does. */
export type HubEnvironment = 'development' | 'production';

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
  /** `HUB_ENV`: development or production. Default development. */
  environment: HubEnvironment;
  /** `SMTP_URL`: e.g. smtps://user:password@mail.example.org:465; unset, mail is only logged. */
  smtpUrl: string | undefined;
  /** `MAIL_FROM`: the From of the hub's email. Default "Migration Network Hub <no-reply@localhost>". */
  mailFrom: string;
  /** `HUB_ORIGIN`: the hub's own public origin, always allowed for signed-in requests. Default http://localhost:8787. */
  hubOrigin: string;
  /** `REVIEW_POLICY`: `hub`, `hub-2020` or a JSON object (see docs/review.md). Default hub. */
  reviewPolicy: ReviewPolicy;
  /**
   * `SIGN_IN_CODES_PER_IP`: sign-in code requests one client IP may make per 10 minutes. Default 20;
   * raise it when many people sign in from behind one address (an office, a training room, tests).
   */
  signInCodesPerIp: number;
}

export const DEFAULT_CONFIG: HubConfig = {
  port: 8787,
  host: '127.0.0.1',
  dbPath: './data/hub.db',
  logLevel: 'info',
  rateLimitPerMinute: 600,
  environment: 'development',
  smtpUrl: undefined,
  mailFrom: 'Migration Network Hub <no-reply@localhost>',
  hubOrigin: 'http://localhost:8787',
  reviewPolicy: HUB_POLICY,
  signInCodesPerIp: SIGN_IN_POLICY.codeRequestsPerIp,
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
    environment: oneOf(env, 'HUB_ENV', ['development', 'production'] as const, DEFAULT_CONFIG.environment),
    smtpUrl: smtpUrl(env),
    mailFrom: text(env, 'MAIL_FROM', DEFAULT_CONFIG.mailFrom),
    hubOrigin: origin(env, 'HUB_ORIGIN', DEFAULT_CONFIG.hubOrigin),
    reviewPolicy: reviewPolicy(env),
    signInCodesPerIp: integer(env, 'SIGN_IN_CODES_PER_IP', DEFAULT_CONFIG.signInCodesPerIp, 1, 1_000_000),
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
  return oneOf(env, 'LOG_LEVEL', LOG_LEVELS, DEFAULT_CONFIG.logLevel);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const value = raw(env, name);
  if (value === undefined) return fallback;
  const found = allowed.find((known) => known === value.toLowerCase());
  if (!found) throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${value}".`);
  return found;
}

function origin(env: Env, name: string, fallback: string): string {
  const value = raw(env, name);
  if (value === undefined) return fallback;
  try {
    return toOrigin(value);
  } catch {
    throw new ConfigError(`${name} must be an origin such as https://hub.example.org (scheme, host and port only), got "${value}".`);
  }
}

/** The URL is checked but never repeated in the message: it may hold the SMTP password. */
function smtpUrl(env: Env): string | undefined {
  const value = raw(env, 'SMTP_URL');
  if (value === undefined) return undefined;
  if (!URL.canParse(value) || !['smtp:', 'smtps:'].includes(new URL(value).protocol)) {
    throw new ConfigError('SMTP_URL must be an smtp:// or smtps:// URL, such as smtps://user:password@mail.example.org:465.');
  }
  return value;
}

function reviewPolicy(env: Env): ReviewPolicy {
  try {
    return parseReviewPolicy(raw(env, 'REVIEW_POLICY'));
  } catch (error) {
    if (error instanceof ReviewPolicyError) throw new ConfigError(error.message);
    throw error;
  }
}
