// Limits on writing: comment length, and rates per person and per address, the same through any client.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, discussionHub, post, type DiscussionHub } from './support.js';
import { MINUTE } from '../auth/support.js';

describe('comment length', () => {
  let hub: DiscussionHub;
  beforeAll(async () => {
    hub = await discussionHub();
  }, 60_000);
  afterAll(() => hub.close());

  it('takes 4,000 characters in any script and refuses one more with a 422 naming /markdown', async () => {
    expect((await post(hub, hub.tokens.author, hub.discussion.id, '移'.repeat(4000))).status).toBe(201);
    const long = await post(hub, hub.tokens.author, hub.discussion.id, 'a'.repeat(4001));
    expect(long.status).toBe(422);
    expect(long.json).toMatchObject({ errors: [{ field: '/markdown' }] });
    expect((await post(hub, hub.tokens.author, hub.discussion.id, '   \n ')).status).toBe(422);
  });

  it('refuses a body far over the limit with 413 before reading it', async () => {
    expect((await post(hub, hub.tokens.author, hub.discussion.id, 'a'.repeat(70_000))).status).toBe(413);
  });
});

describe('rates', () => {
  let hub: DiscussionHub;
  beforeAll(async () => {
    // Addresses come from a header here, as a proxy-aware key would read them.
    hub = await discussionHub({ rateLimitKey: (c) => c.req.header('X-Test-Address'), discussions: { writes: { perMinute: 5, perHour: 8 } } });
  }, 60_000);
  afterAll(() => hub.close());
  const from = (address: string) => ({ headers: { 'X-Test-Address': address } });

  it('allows 5 comments a minute per person, then 429 with Retry-After, across addresses', async () => {
    for (let i = 0; i < 5; i++) expect((await as(hub, hub.tokens.author, `/v1/discussions/${hub.discussion.id}/comments`, { method: 'POST', json: { question: 1, markdown: `n${i}` }, ...from(`10.0.0.${i}`) })).status).toBe(201);
    const sixth = await as(hub, hub.tokens.author, `/v1/discussions/${hub.discussion.id}/comments`, { method: 'POST', json: { question: 1, markdown: 'six' }, ...from('10.0.0.9') });
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get('Retry-After'))).toBeGreaterThan(0);
  });

  it('limits one address across people, and the hour as well as the minute', async () => {
    hub.clock.advance(MINUTE);
    const people = ['reader', 'third', 'fourth', 'host', 'otherHost'] as const;
    for (const who of people) expect((await as(hub, hub.tokens[who], `/v1/discussions/${hub.discussion.id}/comments`, { method: 'POST', json: { question: 1, markdown: 'hi' }, ...from('10.9.9.9') })).status).toBe(201);
    expect((await as(hub, hub.tokens.moderator, `/v1/discussions/${hub.discussion.id}/comments`, { method: 'POST', json: { question: 1, markdown: 'hi' }, ...from('10.9.9.9') })).status).toBe(429);
    // The author: 5 and a refused one in the first minute (refused attempts count too), 2 more reach the hourly 8.
    for (let i = 0; i < 2; i++) expect((await as(hub, hub.tokens.author, `/v1/discussions/${hub.discussion.id}/comments`, { method: 'POST', json: { question: 1, markdown: 'more' }, ...from(`10.1.0.${i}`) })).status).toBe(201);
    hub.clock.advance(MINUTE);
    const hourly = await as(hub, hub.tokens.author, `/v1/discussions/${hub.discussion.id}/comments`, { method: 'POST', json: { question: 1, markdown: 'again' }, ...from('10.2.0.1') });
    expect(hourly.status).toBe(429);
    expect(Number(hourly.headers.get('Retry-After'))).toBeGreaterThan(60);
  });
});
