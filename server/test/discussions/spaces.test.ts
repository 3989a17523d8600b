// Spaces: creating them with checked fields, listing them by state with cursors, reading one by id or slug.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { components } from '@mnh/contract';
import { as, createSpace, discussionHub, OPENED, type DiscussionHub } from './support.js';

type Page = components['schemas']['SpacePage'];

let hub: DiscussionHub;
beforeAll(async () => {
  hub = await discussionHub();
}, 60_000);
afterAll(() => hub.close());

const newSpace = (fields: Record<string, unknown>) =>
  as(hub, hub.tokens.moderator, '/v1/spaces', {
    method: 'POST',
    json: { slug: 'regional-review', kind: 'event', title: 'Regional review', welcome: 'Hi', audience: 'All', languages: ['en', 'ar'], opensAt: OPENED, ...fields },
  });

describe('creating a space', () => {
  it('renders the welcome text, makes its creator its moderator and applies the default settings', async () => {
    const res = await newSpace({ welcome: 'Welcome to the **regional review**.' });
    expect(res.status, res.text).toBe(201);
    expect(res.headers.get('Location')).toMatch(/^\/v1\/spaces\/spc_/);
    expect(res.json).toMatchObject({
      slug: 'regional-review',
      state: 'open',
      welcome: { markdown: 'Welcome to the **regional review**.', html: '<p>Welcome to the <strong>regional review</strong>.</p>\n' },
      moderators: [{ id: hub.ids.moderator, name: 'Moderator Person', organisation: null }],
      settings: { preModeration: false, flagThreshold: 3, editWindowMinutes: 15 },
      summaryReport: null,
      discussions: [],
    });
    expect(res.text).not.toContain('@example.org');
  });

  it('refuses a taken slug (409), dates out of order, unknown moderators and unknown fields (400, naming each)', async () => {
    expect((await newSpace({})).status).toBe(409);
    const bad = await newSpace({ slug: 'bad-dates', closesAt: '2020-01-01T00:00:00Z', moderatorIds: ['usr_nobody000000'] });
    expect(bad.status).toBe(400);
    expect((bad.json as { errors: { field: string }[] }).errors.map((e) => e.field).sort()).toEqual(['/closesAt', '/moderatorIds/0']);
    const unknown = await newSpace({ slug: 'unknown-field', state: 'open' });
    expect(unknown.json).toMatchObject({ status: 400, errors: [{ field: '/state' }] });
    expect((await as(hub, hub.tokens.reader, '/v1/spaces', { method: 'POST', json: {} })).status).toBe(403);
  });
});

describe('listing and reading spaces', () => {
  it('lists by state, open ones first, in pages whose cursors chain', async () => {
    await createSpace(hub, hub.tokens.moderator, { title: 'Closed one', opensAt: '2025-01-01T00:00:00Z', closesAt: '2025-02-01T00:00:00Z' });
    await createSpace(hub, hub.tokens.moderator, { title: 'Later one', opensAt: '2027-01-01T00:00:00Z' });
    const all = (await as(hub, null, '/v1/spaces?limit=100')).json as Page;
    const states = all.items.map((s) => s.state);
    expect(states.indexOf('closed')).toBeGreaterThan(states.lastIndexOf('open'));
    expect(states.indexOf('upcoming')).toBeGreaterThan(states.lastIndexOf('open'));
    expect(((await as(hub, null, '/v1/spaces?state=closed')).json as Page).items.map((s) => s.title)).toEqual(['Closed one']);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = (await as(hub, null, `/v1/spaces?limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json as Page;
      seen.push(...page.items.map((s) => s.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((s) => s.id));
    expect((await as(hub, null, '/v1/spaces?cursor=bm9wZQ')).status).toBe(400);
    expect((await as(hub, null, '/v1/spaces?state=archived')).status).toBe(400);
  });

  it('reads a space by id or slug with its discussions and counts; unknown ones are 404', async () => {
    const bySlug = await as(hub, null, `/v1/spaces/${hub.space.slug}`);
    expect(bySlug.json).toMatchObject({ id: hub.space.id, discussions: [{ id: hub.discussion.id, questionCount: 3, commentCount: 0 }] });
    expect((await as(hub, null, `/v1/spaces/${hub.space.id}`)).json).toMatchObject({ slug: hub.space.slug });
    expect((await as(hub, null, '/v1/spaces/no-such-space')).status).toBe(404);
    const discussion = await as(hub, null, `/v1/discussions/${hub.discussion.id}`);
    expect(discussion.json).toMatchObject({ questions: [{ number: 1, text: 'What works?' }, { number: 2 }, { number: 3 }], locked: false, lastEventId: 0 });
  });
});
