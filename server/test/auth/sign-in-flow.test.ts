// The whole sign-in flow, in process: code by email, tokens, who am I, refresh, sign-out.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../helpers/contract-check.js';
import { authHub, bearer, codeSentTo, MINUTE, post, signIn, START, type AuthHub } from './support.js';

let hub: AuthHub;
beforeEach(async () => {
  hub = await authHub();
});
afterEach(() => hub.close());

describe('signing in with an emailed code', () => {
  it('sends a 6-digit code that expires in 10 minutes, through the outbox', async () => {
    const res = await post(hub.app, '/v1/auth/code', { email: 'Amina.Abara@Example.org' });
    expect(res.status).toBe(202);
    expect(res.json).toEqual({ expiresAt: new Date(START + 10 * MINUTE).toISOString() });
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const [mail] = await hub.store.outbox.list(10);
    expect(mail).toMatchObject({ to: 'amina.abara@example.org', status: 'pending' });
    expect(mail?.text).toMatch(/Your sign-in code is \d{6}\b/);
    expect(mail?.subject).not.toMatch(/\d{6}/);
  });

  it('signs a new address in as a contributor with no organisation, and says who they are', async () => {
    const tokens = await signIn(hub, 'new.person@example.org');
    expect(tokens.expiresIn).toBe(900);
    expect(tokens.accessToken).toMatch(/^[A-Za-z0-9_-]{43,}$/);
    expect(tokens.refreshToken).toMatch(/^[A-Za-z0-9_-]{43,}$/);
    expect(tokens.accessToken).not.toBe(tokens.refreshToken);
    expect(tokens.user).toMatchObject({ email: 'new.person@example.org', name: 'new.person', organisation: null, roles: ['contributor'] });
    expect(tokens.user.id).toMatch(/^usr_/);

    const me = await call(hub.app, '/v1/me', bearer(tokens.accessToken));
    expect(me.status).toBe(200);
    expect(me.json).toEqual(tokens.user);
    expect(me.headers.get('Cache-Control')).toBe('no-store');

    const audit = await hub.store.audit.list({ subject: tokens.user.id, limit: 10 });
    expect(audit.map((e) => e.action)).toEqual(['auth.signed-in', 'person.registered']);
  });

  it('shows a known person their organisation and roles, and does not create them twice', async () => {
    const org = await hub.store.organisations.create({ name: 'IOM Regional Office', kind: 'un-entity', country: null });
    const person = await hub.store.people.create({ email: 'curator@example.org', name: 'Carmen Curator', organisationId: org.id });
    await hub.store.people.grantRole(person.id, 'curator');
    await hub.store.people.grantRole(person.id, 'reviewer');

    const first = await signIn(hub, 'Curator@Example.org');
    expect(first.user).toEqual({
      id: person.id,
      name: 'Carmen Curator',
      email: 'curator@example.org',
      organisation: { id: org.id, name: 'IOM Regional Office', kind: 'un-entity' },
      roles: ['contributor', 'reviewer', 'curator'],
    });
    const second = await signIn(hub, 'curator@example.org');
    expect(second.user.id).toBe(person.id);
    expect(await hub.store.people.count()).toBe(1);
  });

  it('answers an unknown and a known address alike', async () => {
    await hub.store.people.create({ email: 'known@example.org', name: 'Known' });
    const known = await post(hub.app, '/v1/auth/code', { email: 'known@example.org' });
    const unknown = await post(hub.app, '/v1/auth/code', { email: 'unknown@example.org' });
    expect(unknown.status).toBe(known.status);
    expect(Object.keys(unknown.json as object)).toEqual(Object.keys(known.json as object));
    expect(await hub.store.outbox.list(10)).toHaveLength(2);
  });

  it('refreshes: new tokens, and the old access and refresh tokens stop working', async () => {
    const tokens = await signIn(hub, 'refresh@example.org');
    hub.clock.advance(14 * MINUTE);
    const refreshed = await post(hub.app, '/v1/auth/refresh', { refreshToken: tokens.refreshToken });
    expect(refreshed.status).toBe(200);
    expect(refreshed.headers.get('Cache-Control')).toBe('no-store');
    const next = refreshed.json as typeof tokens;
    expect(next.user.id).toBe(tokens.user.id);
    expect(next.accessToken).not.toBe(tokens.accessToken);
    expect(next.refreshToken).not.toBe(tokens.refreshToken);

    expect((await call(hub.app, '/v1/me', bearer(next.accessToken))).status).toBe(200);
    expect((await call(hub.app, '/v1/me', bearer(tokens.accessToken))).status).toBe(401);
  });

  it('signs out: the access token and its refresh token stop working', async () => {
    const tokens = await signIn(hub, 'leaving@example.org');
    const out = await call(hub.app, '/v1/auth/sign-out', { method: 'POST', ...bearer(tokens.accessToken) });
    expect(out.status).toBe(204);

    const me = await call(hub.app, '/v1/me', bearer(tokens.accessToken));
    expect(me.status).toBe(401);
    expect(me.headers.get('WWW-Authenticate')).toMatch(/^Bearer .*error="invalid_token"/);
    expect((await post(hub.app, '/v1/auth/refresh', { refreshToken: tokens.refreshToken })).status).toBe(401);
  });

  it('signs out the session of a refresh token sent along, but only the same person’s', async () => {
    const phone = await signIn(hub, 'two.devices@example.org');
    const laptop = await signIn(hub, 'two.devices@example.org');
    const stranger = await signIn(hub, 'stranger@example.org');

    const out = await call(hub.app, '/v1/auth/sign-out', {
      method: 'POST',
      headers: { Authorization: `Bearer ${laptop.accessToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken: phone.refreshToken }),
    });
    expect(out.status).toBe(204);
    expect((await call(hub.app, '/v1/me', bearer(phone.accessToken))).status).toBe(401);

    const meddler = await signIn(hub, 'two.devices@example.org');
    const meddling = await call(hub.app, '/v1/auth/sign-out', {
      method: 'POST',
      headers: { Authorization: `Bearer ${meddler.accessToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken: stranger.refreshToken }),
    });
    expect(meddling.status).toBe(204);
    expect((await call(hub.app, '/v1/me', bearer(meddler.accessToken))).status).toBe(401);
    expect((await call(hub.app, '/v1/me', bearer(stranger.accessToken))).status).toBe(200);
    expect((await post(hub.app, '/v1/auth/refresh', { refreshToken: stranger.refreshToken })).status).toBe(200);
  });

  it('lets an access token work for 15 minutes and a refresh token for 30 days', async () => {
    const tokens = await signIn(hub, 'clock@example.org');
    hub.clock.advance(15 * MINUTE - 1000);
    expect((await call(hub.app, '/v1/me', bearer(tokens.accessToken))).status).toBe(200);
    hub.clock.advance(1000);
    expect((await call(hub.app, '/v1/me', bearer(tokens.accessToken))).status).toBe(401);

    hub.clock.advance(30 * 24 * 60 * MINUTE);
    const late = await post(hub.app, '/v1/auth/refresh', { refreshToken: tokens.refreshToken });
    expect(late.status).toBe(401);
    expect((late.json as { detail: string }).detail).toMatch(/expired/);
  });
});

describe('asking without a valid token', () => {
  it.each([
    ['no Authorization header', undefined, /^Bearer realm="hub"$/],
    ['a token nobody issued', 'Bearer bm90LWEtcmVhbC10b2tlbi1hdC1hbGwtbm90LWF0LWFsbA', /invalid_token/],
    ['another scheme', 'Basic YWRtaW46YWRtaW4=', /invalid_token/],
    ['an empty bearer', 'Bearer ', /invalid_token/],
  ])('%s is a 401 problem with a Bearer challenge', async (_what, authorization, challenge) => {
    const res = await call(hub.app, '/v1/me', authorization === undefined ? {} : { headers: { Authorization: authorization } });
    expect(res.status).toBe(401);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(res.headers.get('WWW-Authenticate')).toMatch(challenge);
  });

  it('sign-out needs a token too', async () => {
    expect((await call(hub.app, '/v1/auth/sign-out', { method: 'POST' })).status).toBe(401);
  });
});

describe('bad input to sign-in', () => {
  it.each([
    ['/v1/auth/code', { email: 'not-an-address' }, '/email'],
    ['/v1/auth/code', {}, '/email'],
    ['/v1/auth/code', { email: 'a@example.org', admin: true }, '/admin'],
    ['/v1/auth/token', { email: 'a@example.org', code: '12345' }, '/code'],
    ['/v1/auth/token', { email: 'a@example.org', code: '12345a' }, '/code'],
    ['/v1/auth/token', { email: 'a@example.org' }, '/code'],
    ['/v1/auth/refresh', { refreshToken: 'short' }, '/refreshToken'],
  ])('%s %j is a 400 naming %s', async (path, body, field) => {
    const res = await post(hub.app, path, body);
    expect(res.status).toBe(400);
    expect((res.json as { errors: { field: string }[] }).errors.map((e) => e.field)).toContain(field);
  });

  it('refuses a body that is not JSON with 415, never a 500', async () => {
    const res = await call(hub.app, '/v1/auth/code', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'email=a@example.org' });
    expect(res.status).toBe(415);
  });

  it('a code for an address that never asked is a 400 naming the code', async () => {
    const res = await post(hub.app, '/v1/auth/token', { email: 'never.asked@example.org', code: '123456' });
    expect(res.status).toBe(400);
    expect((res.json as { errors: { field: string }[] }).errors[0]?.field).toBe('code');
  });

  it('the code in the mail is the only thing that works', async () => {
    await post(hub.app, '/v1/auth/code', { email: 'exact@example.org' });
    const code = await codeSentTo(hub.store, 'exact@example.org');
    expect((await post(hub.app, '/v1/auth/token', { email: 'other@example.org', code })).status).toBe(400);
    expect((await post(hub.app, '/v1/auth/token', { email: 'exact@example.org', code })).status).toBe(200);
  });
});
