// A person's notifications: written with their mail in one transaction, listed only to them, marked read only by them.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { components } from '@mnh/contract';
import { writeNotices } from '../../src/store/sqlite/notices.js';
import { as } from '../submissions/support.js';
import { noticeHub, type NoticeHub } from './support.js';

type NotificationList = components['schemas']['NotificationList'];

// Signing in costs a few scrypt rounds: one hub for the file, its notifications cleared before each test.
let hub: NoticeHub;
beforeAll(async () => {
  hub = await noticeHub();
});
beforeEach(() => {
  hub.db.exec('DELETE FROM notification');
});
afterAll(() => hub.close());

const list = async (token: string | null, query = '') => as(hub, token, `/v1/me/notifications${query}`);
const items = async (token: string, query = '') => (await list(token, query)).json as NotificationList;

describe('writing notices', () => {
  it('writes one notification and one outbox mail per person, with the same title and text', async () => {
    const before = (await hub.store.outbox.list(100)).length;
    writeNotices(
      hub.db,
      [
        { personId: hub.people.ada.id, email: hub.people.ada.email, kind: 'review.assigned', subject: 'sub_abcdef123456', title: 'Please review', text: 'You were assigned.' },
        { personId: hub.people.bo.id, email: hub.people.bo.email, kind: 'review.assigned', subject: 'sub_abcdef123456', title: 'Please review', text: 'You were assigned.' },
      ],
      '2026-03-02T10:00:00.000Z',
    );
    const after = await hub.store.outbox.list(100);
    const mails = after.slice(0, after.length - before); // newest first
    expect(mails.map((m) => m.to).sort()).toEqual([hub.people.ada.email, hub.people.bo.email].sort());
    expect(mails.every((m) => m.subject === 'Please review' && m.text === 'You were assigned.' && m.status === 'pending')).toBe(true);
    const ada = await items(hub.tokens.ada);
    expect(ada.items).toEqual([
      {
        id: expect.stringMatching(/^ntf_/),
        kind: 'review.assigned',
        subject: 'sub_abcdef123456',
        title: 'Please review',
        text: 'You were assigned.',
        createdAt: '2026-03-02T10:00:00.000Z',
        readAt: null,
      },
    ]);
    expect(ada.unread).toBe(1);
  });

  it('leaves neither notification nor mail behind when the change it belongs to rolls back', async () => {
    const mailsBefore = (await hub.store.outbox.list(100)).length;
    const change = hub.db.transaction(() => {
      writeNotices(hub.db, [{ personId: hub.people.ada.id, email: hub.people.ada.email, kind: 'submission.published', subject: 'sub_x12345', title: 'Published', text: 'Yes' }], '2026-03-02T10:00:00.000Z');
      throw new Error('the state change failed after the notices were written');
    });
    expect(() => change()).toThrow(/state change failed/);
    expect((await items(hub.tokens.ada)).items).toEqual([]);
    expect((await hub.store.outbox.list(100)).length).toBe(mailsBefore);
  });
});

describe('GET /v1/me/notifications', () => {
  it('lists only the signed-in person’s own notifications, newest first', async () => {
    hub.notify(hub.people.ada, { title: 'older' }, '2026-03-02T10:00:00.000Z');
    hub.notify(hub.people.ada, { title: 'newer' }, '2026-03-03T10:00:00.000Z');
    hub.notify(hub.people.bo, { title: 'for Bo only' }, '2026-03-04T10:00:00.000Z');
    expect((await items(hub.tokens.ada)).items.map((n) => n.title)).toEqual(['newer', 'older']);
    expect((await items(hub.tokens.bo)).items.map((n) => n.title)).toEqual(['for Bo only']);
    expect((await items(hub.tokens.curator)).items).toEqual([]);
  });

  it('counts all unread whatever the limit, and filters unread ones', async () => {
    for (let i = 0; i < 5; i++) hub.notify(hub.people.ada, { title: `n${i}` }, `2026-03-0${i + 1}T10:00:00.000Z`);
    const firstTwo = await items(hub.tokens.ada, '?limit=2');
    expect(firstTwo.items.map((n) => n.title)).toEqual(['n4', 'n3']);
    expect(firstTwo.unread).toBe(5);

    const read = await as(hub, hub.tokens.ada, '/v1/me/notifications/read', { method: 'POST', json: { ids: [firstTwo.items[0]!.id] } });
    expect(read.status).toBe(204);
    const unread = await items(hub.tokens.ada, '?unread=true');
    expect(unread.items.map((n) => n.title)).toEqual(['n3', 'n2', 'n1', 'n0']);
    expect(unread.unread).toBe(4);
    const all = await items(hub.tokens.ada, '?unread=false');
    expect(all.items.find((n) => n.title === 'n4')?.readAt).toBe(hub.clock.now().toISOString());
  });

  it('sends text back as JSON text, markup included, for the client to show as text', async () => {
    hub.notify(hub.people.ada, { title: '<img src=x onerror=alert(1)>', text: '<script>alert(1)</script>' });
    const res = await list(hub.tokens.ada);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect((res.json as NotificationList).items[0]?.text).toBe('<script>alert(1)</script>');
    expect(res.headers.get('Cache-Control')).toBe('no-store');
  });

  it('never shows the email address a notice was mailed to', async () => {
    hub.notify(hub.people.ada);
    expect((await list(hub.tokens.ada)).text).not.toContain(hub.people.ada.email);
  });

  it.each([
    ['?limit=0', 'limit'],
    ['?limit=101', 'limit'],
    ['?unread=yes', 'unread'],
    ['?mine=true', 'mine'],
  ])('refuses %s naming the field', async (query, field) => {
    const res = await list(hub.tokens.ada, query);
    expect(res.status).toBe(400);
    expect((res.json as { errors: { field: string }[] }).errors.map((e) => e.field)).toContain(field);
  });

  it('needs a valid token', async () => {
    expect((await list(null)).status).toBe(401);
    expect((await list('not-a-token')).status).toBe(401);
  });
});

describe('POST /v1/me/notifications/read', () => {
  const markRead = (token: string, body?: unknown) =>
    as(hub, token, '/v1/me/notifications/read', body === undefined ? { method: 'POST' } : { method: 'POST', json: body });

  it('marks all of one’s own as read when no ids are given, and nobody else’s', async () => {
    hub.notify(hub.people.ada);
    hub.notify(hub.people.ada);
    hub.notify(hub.people.bo);
    expect((await markRead(hub.tokens.ada)).status).toBe(204);
    expect((await items(hub.tokens.ada)).unread).toBe(0);
    expect((await items(hub.tokens.bo)).unread).toBe(1);
    expect((await markRead(hub.tokens.bo, {})).status).toBe(204);
    expect((await items(hub.tokens.bo)).unread).toBe(0);
  });

  it('ignores someone else’s ids without saying whether they exist', async () => {
    hub.notify(hub.people.bo);
    const bos = (await items(hub.tokens.bo)).items.map((n) => n.id);
    const res = await markRead(hub.tokens.ada, { ids: bos });
    expect(res.status).toBe(204);
    expect((await markRead(hub.tokens.ada, { ids: ['ntf_doesnotexist1'] })).status).toBe(204);
    expect((await items(hub.tokens.bo)).unread).toBe(1);
  });

  it('keeps the first read time when marked again', async () => {
    hub.notify(hub.people.ada);
    const [first] = (await items(hub.tokens.ada)).items;
    await markRead(hub.tokens.ada, { ids: [first!.id] });
    const firstRead = hub.clock.now().toISOString();
    hub.clock.advance(60_000);
    await markRead(hub.tokens.ada, { ids: [first!.id] });
    await markRead(hub.tokens.ada);
    expect((await items(hub.tokens.ada)).items[0]?.readAt).toBe(firstRead);
  });

  it.each([
    [{ ids: [] }, '/ids'],
    [{ ids: ['sub_abcdef123456'] }, '/ids/0'],
    [{ ids: 'ntf_abcdef123456' }, '/ids'],
    [{ all: true }, 'all'],
  ])('refuses %j naming the field', async (body, field) => {
    const res = await markRead(hub.tokens.ada, body);
    expect(res.status).toBe(400);
    expect(JSON.stringify((res.json as { errors: unknown[] }).errors)).toContain(field);
  });

  it('refuses more than 100 ids', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `ntf_${String(i).padStart(8, '0')}`);
    expect((await markRead(hub.tokens.ada, { ids })).status).toBe(400);
  });
});
