// Configuration from the environment: documented defaults, and a clear refusal of bad values.
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_CONFIG, loadConfig } from '../../src/config.js';
import { HUB_2020_POLICY, HUB_POLICY } from '../../src/review/policy.js';

describe('loadConfig', () => {
  it('uses the documented defaults for unset and empty variables', () => {
    expect(loadConfig({})).toEqual({
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
      signInCodesPerIp: 20,
    });
    expect(loadConfig({ PORT: '', HUB_DB: '  ' })).toEqual(DEFAULT_CONFIG);
  });

  it('reads every variable', () => {
    expect(
      loadConfig({
        PORT: '0',
        HOST: '0.0.0.0',
        HUB_DB: '/var/lib/hub.db',
        LOG_LEVEL: 'WARN',
        RATE_LIMIT_PER_MINUTE: '0',
        HUB_ENV: 'production',
        SMTP_URL: 'smtps://hub:secret@mail.example.org:465',
        MAIL_FROM: 'Hub <hub@example.org>',
        HUB_ORIGIN: 'https://hub.example.org',
        REVIEW_POLICY: 'hub-2020',
        SIGN_IN_CODES_PER_IP: '500',
      }),
    ).toEqual({
      port: 0,
      host: '0.0.0.0',
      dbPath: '/var/lib/hub.db',
      logLevel: 'warn',
      rateLimitPerMinute: 0,
      environment: 'production',
      smtpUrl: 'smtps://hub:secret@mail.example.org:465',
      mailFrom: 'Hub <hub@example.org>',
      hubOrigin: 'https://hub.example.org',
      reviewPolicy: HUB_2020_POLICY,
      signInCodesPerIp: 500,
    });
  });

  it.each([
    ['PORT', '80a', /PORT must be a whole number from 0 to 65535, got "80a"/],
    ['PORT', '65536', /PORT/],
    ['PORT', '1e3', /PORT/],
    ['PORT', '-1', /PORT/],
    ['RATE_LIMIT_PER_MINUTE', 'lots', /RATE_LIMIT_PER_MINUTE must be a whole number/],
    ['SIGN_IN_CODES_PER_IP', '0', /SIGN_IN_CODES_PER_IP must be a whole number from 1/],
    ['LOG_LEVEL', 'verbose', /LOG_LEVEL must be one of debug, info, warn, error, silent, got "verbose"/],
    ['HUB_ENV', 'staging', /HUB_ENV must be one of development, production, got "staging"/],
    ['HUB_ORIGIN', 'https://hub.example.org/path', /HUB_ORIGIN must be an origin/],
    ['HUB_ORIGIN', 'hub.example.org', /HUB_ORIGIN must be an origin/],
    ['SMTP_URL', 'https://mail.example.org', /SMTP_URL must be an smtp/],
  ])('refuses %s=%s with a message naming the variable', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it('never repeats an SMTP URL in its message, since it may hold a password', () => {
    expect(() => loadConfig({ SMTP_URL: 'ftp://hub:s3cret-pass@mail.example.org' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('s3cret-pass') }),
    );
  });
});
