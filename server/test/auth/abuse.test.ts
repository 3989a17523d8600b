// Sign-in under attack: guessing, lockout, expiry, reuse, replayed tokens and rate limits.
import type { Context } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../helpers/contract-check.js';
import { authHub, bearer, codeSentTo, MINUTE, post, signIn, wrong, type AuthHub } from './support.js';

let hub: AuthHub;
/** Each test request names its client in X-Test-Client, so per-IP limits can be tested in process. */
const clientKey = (c: Context) => c.req.header('X-Test-Client');
beforeEach(async () => {
  hub = await authHub({ rateLimitKey: clientKey });
});
afterEach(() => hub.close());

const EMAIL = 'target@example.org';

async function askForCode(email = EMAIL, client = 'client-a') {
  return post(hub.app, '/v1/auth/code', { email }, { 'X-Test-Client': client });
}

function exchange(code: string, email = EMAIL) {
  return post(hub.app, '/v1/auth/token', { email, code });
}

function codeMessage(res: { json: unknown }): string {
  const errors = (res.json as { errors: { field: string; message: string }[] }).errors;
  expect(errors.map((e) => e.field)).toEqual(['code']);
  return errors[0]?.message ?? '';
}

describe('wrong and dead codes', () => {
  it('refuses a wrong code, naming the field and the tries left', async () => {
    await askForCode();
    const code = await codeSentTo(hub.store, EMAIL);
    const res = await exchange(wrong(code));
    expect(res.status).toBe(400);
    expect(codeMessage(res)).toMatch(/4 tries left/);
  });

  it('locks the code after 5 wrong attempts, even against the right code', async () => {
    await askForCode();
    const code = await codeSentTo(hub.store, EMAIL);
    for (let n = 1; n <= 5; n++) expect((await exchange(wrong(code, n))).status).toBe(400);
    const right = await exchange(code);
    expect(right.status).toBe(400);
    expect(codeMessage(right)).toMatch(/no longer works; ask for a new code/);

    await askForCode();
    expect((await exchange(await codeSentTo(hub.store, EMAIL))).status).toBe(200);
  });

  it('refuses a code after 10 minutes', async () => {
    await askForCode();
    const code = await codeSentTo(hub.store, EMAIL);
    hub.clock.advance(10 * MINUTE);
    const res = await exchange(code);
    expect(res.status).toBe(400);
    expect(codeMessage(res)).toMatch(/expired/);
  });

  it('accepts a code just before its 10 minutes are up', async () => {
    await askForCode();
    hub.clock.advance(10 * MINUTE - 1000);
    expect((await exchange(await codeSentTo(hub.store, EMAIL))).status).toBe(200);
  });

  it('refuses a code used once already', async () => {
    await askForCode();
    const code = await codeSentTo(hub.store, EMAIL);
    expect((await exchange(code)).status).toBe(200);
    const again = await exchange(code);
    expect(again.status).toBe(400);
    expect(codeMessage(again)).toMatch(/used already/);
  });

  it('only the newest code works once a new one was asked for', async () => {
    await askForCode();
    const first = await codeSentTo(hub.store, EMAIL);
    hub.clock.advance(1000);
    await askForCode();
    const second = await codeSentTo(hub.store, EMAIL);
    if (first !== second) expect((await exchange(first)).status).toBe(400);
    expect((await exchange(second)).status).toBe(200);
  });
});

describe('replayed tokens', () => {
  it('refuses an access token after sign-out', async () => {
    const tokens = await signIn(hub, EMAIL);
    expect((await call(hub.app, '/v1/auth/sign-out', { method: 'POST', ...bearer(tokens.accessToken) })).status).toBe(204);
    expect((await call(hub.app, '/v1/me', bearer(tokens.accessToken))).status).toBe(401);
    expect((await call(hub.app, '/v1/auth/sign-out', { method: 'POST', ...bearer(tokens.accessToken) })).status).toBe(401);
  });

  it('ends the whole session family when a used refresh token comes back', async () => {
    const stolen = await signIn(hub, EMAIL);
    const rotated = (await post(hub.app, '/v1/auth/refresh', { refreshToken: stolen.refreshToken })).json as typeof stolen;
    expect((await call(hub.app, '/v1/me', bearer(rotated.accessToken))).status).toBe(200);

    const replay = await post(hub.app, '/v1/auth/refresh', { refreshToken: stolen.refreshToken });
    expect(replay.status).toBe(401);
    expect(replay.headers.get('WWW-Authenticate')).toMatch(/invalid_token/);
    // The legitimate holder's newer tokens are gone too: nobody can tell which side was the thief.
    expect((await call(hub.app, '/v1/me', bearer(rotated.accessToken))).status).toBe(401);
    expect((await post(hub.app, '/v1/auth/refresh', { refreshToken: rotated.refreshToken })).status).toBe(401);
    const audit = await hub.store.audit.list({ subject: stolen.user.id, limit: 5 });
    expect(audit[0]?.action).toBe('auth.refresh-replayed');
  });

  it('leaves other sessions of the same person alone', async () => {
    const phone = await signIn(hub, EMAIL);
    const laptop = await signIn(hub, EMAIL);
    await post(hub.app, '/v1/auth/refresh', { refreshToken: phone.refreshToken });
    await post(hub.app, '/v1/auth/refresh', { refreshToken: phone.refreshToken });
    expect((await call(hub.app, '/v1/me', bearer(laptop.accessToken))).status).toBe(200);
  });
});

describe('rate limits on asking for codes', () => {
  it('sends an address at most 3 codes in 10 minutes, then 429 with Retry-After', async () => {
    for (let n = 0; n < 3; n++) {
      expect((await askForCode(EMAIL, `client-${n}`)).status).toBe(202);
      hub.clock.advance(MINUTE);
    }
    const refused = await askForCode(EMAIL, 'client-9');
    expect(refused.status).toBe(429);
    // The first code was asked for 3 minutes ago: the window frees up in 7.
    expect(Number(refused.headers.get('Retry-After'))).toBe(7 * 60);
    expect(await hub.store.outbox.list(10)).toHaveLength(3);

    expect((await askForCode('someone.else@example.org', 'client-9')).status).toBe(202);
    hub.clock.advance(7 * MINUTE);
    expect((await askForCode(EMAIL, 'client-9')).status).toBe(202);
  });

  it('lets one client IP ask 20 times in 10 minutes, whatever the addresses', async () => {
    for (let n = 0; n < 20; n++) expect((await askForCode(`person${n}@example.org`)).status).toBe(202);
    const refused = await askForCode('person20@example.org');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect((await askForCode('person20@example.org', 'client-b')).status).toBe(202);
    hub.clock.advance(10 * MINUTE);
    expect((await askForCode('person21@example.org')).status).toBe(202);
  });

  it('limits code guesses per client IP as well', async () => {
    await askForCode();
    const code = await codeSentTo(hub.store, EMAIL);
    let last = 0;
    for (let n = 0; n < 61; n++) {
      last = (await post(hub.app, '/v1/auth/token', { email: `guess${n}@example.org`, code }, { 'X-Test-Client': 'guesser' })).status;
    }
    expect(last).toBe(429);
  });
});

describe('more ways around the limits', () => {
  it('keeps the 5 tries when the guesses arrive all at once, from many clients', async () => {
    await askForCode();
    const code = await codeSentTo(hub.store, EMAIL);
    // Nine wrong guesses in flight together, then the right code: only five guesses may ever be compared.
    const guesses = [...Array.from({ length: 9 }, (_, n) => wrong(code, n + 1)), code];
    const answers = await Promise.all(
      guesses.map((guess, n) => post(hub.app, '/v1/auth/token', { email: EMAIL, code: guess }, { 'X-Test-Client': `botnet-${n}` })),
    );
    expect(answers.map((res) => res.status)).toEqual(Array.from({ length: 10 }, () => 400));
    expect(codeMessage(answers[9]!)).toMatch(/no longer works/);
  });

  it('counts wrong guesses per code: one address’s guesses do not use up another’s tries', async () => {
    await askForCode();
    await askForCode('bystander@example.org');
    const mine = await codeSentTo(hub.store, EMAIL);
    for (let n = 1; n <= 5; n++) await exchange(wrong(mine, n));
    expect((await exchange(await codeSentTo(hub.store, 'bystander@example.org'), 'bystander@example.org')).status).toBe(200);
  });

  it('refuses an expired code without counting it as a try, and a new code works', async () => {
    await askForCode();
    const old = await codeSentTo(hub.store, EMAIL);
    hub.clock.advance(11 * MINUTE);
    const late = await exchange(old);
    expect(late.status).toBe(400);
    expect(codeMessage(late)).toMatch(/expired/);
    await askForCode();
    expect((await exchange(await codeSentTo(hub.store, EMAIL))).status).toBe(200);
  });

  it('sends an address 3 codes however many requests for it arrive at once', async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, (_, n) => askForCode(EMAIL, `botnet-${n}`)));
    expect(answers.filter((res) => res.status === 202)).toHaveLength(3);
    expect(answers.filter((res) => res.status === 429)).toHaveLength(5);
    expect((await hub.store.outbox.list(20)).filter((mail) => mail.to === EMAIL)).toHaveLength(3);
  });

  it('counts an address however it is written against its 3 codes', async () => {
    for (const [n, written] of ['Target@example.org', 'TARGET@EXAMPLE.ORG', 'target@Example.Org'].entries()) {
      expect((await askForCode(written, `client-${n}`)).status).toBe(202);
    }
    expect((await askForCode(EMAIL, 'client-x')).status).toBe(429);
  });

  it('lets a refresh token be replayed by neither a second, simultaneous refresh nor after sign-out', async () => {
    const tokens = await signIn(hub, EMAIL);
    const both = await Promise.all([1, 2].map(() => post(hub.app, '/v1/auth/refresh', { refreshToken: tokens.refreshToken })));
    expect(both.map((res) => res.status).sort()).toEqual([200, 401]);

    const again = await signIn(hub, EMAIL);
    expect((await call(hub.app, '/v1/auth/sign-out', { method: 'POST', ...bearer(again.accessToken) })).status).toBe(204);
    const afterSignOut = await post(hub.app, '/v1/auth/refresh', { refreshToken: again.refreshToken });
    expect(afterSignOut.status).toBe(401);
    expect(afterSignOut.headers.get('WWW-Authenticate')).toMatch(/invalid_token/);
  });

  it('counts refreshes against the same per-IP budget as code exchanges', async () => {
    let last = 0;
    for (let n = 0; n < 61; n++) {
      last = (await post(hub.app, '/v1/auth/refresh', { refreshToken: `made-up-refresh-token-${String(n).padStart(40, '0')}` }, { 'X-Test-Client': 'refresher' })).status;
    }
    expect(last).toBe(429);
    const res = await post(hub.app, '/v1/auth/token', { email: EMAIL, code: '123456' }, { 'X-Test-Client': 'refresher' });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect((await post(hub.app, '/v1/auth/token', { email: EMAIL, code: '123456' }, { 'X-Test-Client': 'someone-else' })).status).toBe(400);
  });
});
