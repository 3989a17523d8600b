// Starts the hub from the command line: configuration from the environment, graceful shutdown on signals.
import { startHub } from './bench-target.js';
import { ConfigError, loadConfig, type HubConfig } from './config.js';
import { createLogger } from './http/logger.js';
import { startReminderTimer } from './review/reminder-timer.js';
import { logSender } from './mail/log-sender.js';
import { smtpSender } from './mail/smtp-sender.js';
import { SIGN_IN_POLICY } from './auth/policy.js';

function readConfig(): HubConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`Cannot start the hub: ${error.message}\n`);
    process.exit(1);
  }
}

const config = readConfig();
const logger = createLogger(config.logLevel);

try {
  const hub = await startHub({
    dbPath: config.dbPath,
    port: config.port,
    host: config.host,
    logger,
    rateLimitPerMinute: config.rateLimitPerMinute,
    environment: config.environment,
    hubOrigin: config.hubOrigin,
    mailFrom: config.mailFrom,
    reviewPolicy: config.reviewPolicy,
    signInPolicy: { ...SIGN_IN_POLICY, codeRequestsPerIp: config.signInCodesPerIp },
    mailSender: config.smtpUrl
      ? smtpSender(config.smtpUrl)
      : logSender(logger, { revealText: config.environment === 'development' }),
  });
  if (config.environment === 'production' && !config.smtpUrl) {
    logger.warn('SMTP_URL is not set: sign-in codes cannot reach anyone', { environment: config.environment });
  }
  logger.info('listening', { url: hub.url, db: config.dbPath, environment: config.environment, mail: config.smtpUrl ? 'smtp' : 'log' });
  // stdout carries JSON log lines only; the human greeting goes to stderr.
  process.stderr.write(`Migration Network Hub at ${hub.url} (API reference at ${hub.url}/docs)\n`);
  // Review reminders every 15 minutes (and once now); also runnable by hand with `pnpm hub reminders`.
  const reminders = startReminderTimer({ store: hub.store, policy: config.reviewPolicy, logger });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      process.stderr.write(`Second ${signal}: stopping without waiting.\n`);
      process.exit(1);
    }
    stopping = true;
    logger.info('shutting down', { signal });
    // A reminder run in progress finishes before the store closes under it.
    reminders
      .stop()
      .then(() => hub.close())
      .then(
        () => {
          logger.info('stopped');
          process.exit(0);
        },
        (error: unknown) => {
          logger.error('shutdown failed', { error: String(error) });
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
} catch (error) {
  logger.error('cannot start', { error: error instanceof Error ? error.message : String(error) });
  process.stderr.write(`Cannot start the hub: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
