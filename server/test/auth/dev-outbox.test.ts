// /dev/outbox: the demo's way to read a sign-in code; never served in production.
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../helpers/contract-check.js';
import { authHub, post, type AuthHub } from './support.js';

let hub: AuthHub | undefined;
afterEach(async () => {
  await hub?.close();
  hub = undefined;
});

type OutboxList = { items: { to: string; subject: string; text: string; status: string }[] };

describe('/dev/outbox in development', () => {
  it('lists queued mail newest first, as JSON and as a page', async () => {
    hub = await authHub();
    await post(hub.app, '/v1/auth/code', { email: 'first@example.org' });
    hub.clock.advance(1000);
    await post(hub.app, '/v1/auth/code', { email: 'second@example.org' });

    const json = await call(hub.app, '/dev/outbox?format=json');
    expect(json.status).toBe(200);
    const { items } = json.json as OutboxList;
    expect(items.map((m) => m.to)).toEqual(['second@example.org', 'first@example.org']);
    expect(items[0]?.text).toMatch(/Your sign-in code is \d{6}/);

    const page = await call(hub.app, '/dev/outbox');
    expect(page.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(page.headers.get('Cache-Control')).toBe('no-store');
    expect(page.text.indexOf('second@example.org')).toBeLessThan(page.text.indexOf('first@example.org'));
    expect(page.text).toMatch(/Your sign-in code is \d{6}/);
  });

  it('shows mail as text, never as markup', async () => {
    hub = await authHub();
    await hub.store.outbox.enqueue({
      to: 'x@example.org',
      subject: '<script>alert(1)</script>',
      text: '<img src=x onerror=alert(2)>',
      createdAt: new Date().toISOString(),
    });
    const page = await call(hub.app, '/dev/outbox');
    expect(page.text).not.toContain('<script>alert(1)');
    expect(page.text).not.toContain('<img src=x');
    expect(page.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('refuses parameters it does not know', async () => {
    hub = await authHub();
    expect((await call(hub.app, '/dev/outbox?format=xml')).status).toBe(400);
  });
});

describe('/dev/outbox in production', () => {
  it.each(['/dev/outbox', '/dev/outbox?format=json'])('%s is not served (404)', async (path) => {
    hub = await authHub({ environment: 'production' });
    await post(hub.app, '/v1/auth/code', { email: 'prod@example.org' });
    const res = await call(hub.app, path);
    expect(res.status).toBe(404);
    expect(res.text).not.toMatch(/\d{6}/);
  });
});
