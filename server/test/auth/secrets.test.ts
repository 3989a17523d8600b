// Secrets at rest and in logs: tokens and codes stored only as hashes, never logged; no expert or focal-point contact leaks.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/http/logger.js';
import { logSender } from '../../src/mail/log-sender.js';
import { call } from '../helpers/contract-check.js';
import { CANARY, canaryExpert, canaryPractices, memoryLogger } from '../helpers/hub.js';
import { authHub, bearer, codeSentTo, post, signIn } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'mnh-secrets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('secrets at rest', () => {
  it('keeps codes, access tokens and refresh tokens only as hashes', async () => {
    const path = join(dir, 'hub.db');
    const hub = await authHub({}, path);
    await post(hub.app, '/v1/auth/code', { email: 'hash@example.org' });
    const code = await codeSentTo(hub.store, 'hash@example.org');
    const tokens = (await post(hub.app, '/v1/auth/token', { email: 'hash@example.org', code })).json as { accessToken: string; refreshToken: string };
    const refreshed = (await post(hub.app, '/v1/auth/refresh', { refreshToken: tokens.refreshToken })).json as typeof tokens;

    const db = new Database(path, { readonly: true });
    const codeHash = db.prepare('SELECT code_hash FROM sign_in_code').pluck().get() as string;
    const sessions = db.prepare('SELECT access_hash, refresh_hash FROM session').all() as { access_hash: string; refresh_hash: string }[];
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE '%VIRTUAL%' AND name NOT LIKE '%fts%'").pluck().all() as string[];
    const stored = tables
      .filter((table) => table !== 'outbox') // the outbox holds the mail as sent, code included, until it is purged
      .flatMap((table) => db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[])
      .flatMap((row) => Object.values(row).map(String))
      .join('\n');
    db.close();

    expect(codeHash).toMatch(/^scrypt\$[\w-]+\$[\w-]+$/);
    expect(codeHash).not.toContain(code);
    expect(sessions).toHaveLength(2);
    for (const secret of [code, tokens.accessToken, tokens.refreshToken, refreshed.accessToken, refreshed.refreshToken]) {
      expect(stored).not.toContain(secret);
    }
    await hub.close();
  });
});

describe('secrets in logs', () => {
  it('never writes a token or code into the request log', async () => {
    const { logger, lines } = memoryLogger();
    const hub = await authHub({ logger, environment: 'production' });
    const tokens = await signIn(hub, 'logged@example.org');
    await call(hub.app, '/v1/me', bearer(tokens.accessToken));
    await call(hub.app, '/v1/auth/sign-out', { method: 'POST', ...bearer(tokens.accessToken) });
    const code = await codeSentTo(hub.store, 'logged@example.org');
    const log = JSON.stringify(lines);
    expect(lines.length).toBeGreaterThan(3);
    for (const secret of [code, tokens.accessToken, tokens.refreshToken]) expect(log).not.toContain(secret);
    await hub.close();
  });

  it('the log sender shows the message in development and hides its text in production', async () => {
    const mail = { from: 'hub@example.org', to: 'x@example.org', subject: 'Your sign-in code', text: 'Your sign-in code is 424242' };
    const dev: string[] = [];
    await logSender(createLogger('info', (line) => dev.push(line)), { revealText: true }).send(mail);
    expect(dev.join()).toContain('424242');
    const prod: string[] = [];
    await logSender(createLogger('debug', (line) => prod.push(line)), { revealText: false }).send(mail);
    expect(prod).toHaveLength(1);
    expect(prod.join()).not.toContain('424242');
    expect(prod.join()).toContain('x@example.org');
  });
});

describe('private contacts', () => {
  it('never come back from sign-in, /v1/me or the outbox', async () => {
    const hub = await authHub();
    await hub.store.practices.insertMany(canaryPractices());
    await hub.store.experts.insertMany([canaryExpert()]);
    const tokens = await signIn(hub, 'reader@example.org');
    const responses = [
      await call(hub.app, '/v1/me', bearer(tokens.accessToken)),
      await call(hub.app, '/dev/outbox?format=json'),
      await call(hub.app, '/dev/outbox'),
      await post(hub.app, '/v1/auth/refresh', { refreshToken: tokens.refreshToken }),
    ];
    const seen = responses.map((r) => r.text).join('\n');
    for (const secret of Object.values(CANARY)) expect(seen).not.toContain(secret);
    await hub.close();
  });
});
