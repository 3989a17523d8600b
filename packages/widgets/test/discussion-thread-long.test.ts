// <mnh-discussion-thread> with a 1,000-comment discussion: it renders a page of it, and the rest on request.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createHubSession } from '@mnh/sdk';
import '../src/components/discussion-thread/define.js';
import type { MnhDiscussionThread } from '../src/components/discussion-thread/discussion-thread.js';
import type { Comment, Discussion, Space } from '../src/components/discussion-thread/discussion-api.js';
import { $$, shadow, text } from './support/hub.js';

/**
 * The hub limits how fast one person may post, so a thousand real comments would take hours to
 * seed through the API; this discussion is served from memory, in the hub's own shapes.
 */
const base = 'http://long-thread.test';
const TOP = 200;
const at = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString();

function comments(): Comment[] {
  const all: Comment[] = [];
  const make = (n: number, parentId: string | null, question: number): Comment => ({
    id: `cmt_${String(n).padStart(6, '0')}`,
    discussionId: 'dsc_long000',
    question,
    parentId,
    author: { id: `usr_${String(n % 40).padStart(6, '0')}`, name: `Person ${n % 40}`, organisation: n % 3 ? 'Lantern Legal Aid' : null },
    body: { markdown: `Comment ${n}`, html: `<p>Comment ${n}</p>`, blocks: [{ type: 'p', children: [{ type: 'text', text: `Comment ${n}` }] }] },
    createdAt: at(n),
    editedAt: null,
    state: 'visible',
    mine: false,
  });
  // 200 top-level comments, each with a chain of four replies to replies: 1,000 in all.
  for (let t = 0; t < TOP; t += 1) {
    let parent: string | null = null;
    for (let d = 0; d < 5; d += 1) {
      const c = make(all.length + 1, parent, (t % 2) + 1);
      all.push(c);
      parent = c.id;
    }
  }
  return all;
}

const space: Partial<Space> = {
  id: 'spc_long000',
  slug: 'long',
  kind: 'topic',
  title: 'A long space',
  state: 'open',
  opensAt: at(0),
  closesAt: null,
  audience: '',
  welcome: { markdown: '', html: '', blocks: [] },
  moderators: [],
  settings: {},
  summaryReport: null,
  discussions: [],
};
const discussion: Discussion = {
  id: 'dsc_long000',
  spaceId: 'spc_long000',
  title: 'A long discussion',
  locked: false,
  questions: [
    { number: 1, text: 'First question' },
    { number: 2, text: 'Second question' },
  ],
  commentCount: TOP * 5,
  lastEventId: 0,
};

function serve(all: Comment[]) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
    if (url.pathname.endsWith('/comments')) {
      const from = Number(url.searchParams.get('cursor') ?? 0);
      const limit = Number(url.searchParams.get('limit'));
      return json({ items: all.slice(from, from + limit), nextCursor: from + limit < all.length ? String(from + limit) : null });
    }
    if (url.pathname.startsWith('/v1/discussions/')) return json(discussion);
    if (url.pathname.startsWith('/v1/spaces/')) return json(space);
    return new Response('{}', { status: 404 });
  };
}

describe('<mnh-discussion-thread> with 1,000 comments', () => {
  it('renders a page of top-level comments with their first replies, and the rest when asked', async () => {
    const all = comments();
    const session = createHubSession({ baseUrl: base, fetch: serve(all) });
    const started = performance.now();
    const el = await fixture<MnhDiscussionThread>(html`<mnh-discussion-thread api=${base} discussion="dsc_long000" live="off" .session=${session}></mnh-discussion-thread>`);
    await waitUntil(() => shadow(el).querySelector('article'), 'no comment ever rendered', { timeout: 8000 });
    await el.updateComplete;
    const firstRender = performance.now() - started;
    const rendered = $$(el, 'article').length;
    // 20 top-level comments per question, each with its replies down to the fold; the deepest reply waits behind a button.
    expect(rendered).to.equal(2 * 20 * 4);
    expect($$(el, 'button.unfold').map(text).slice(0, 1)).to.deep.equal(['Show 1 reply']);
    const more = $$<HTMLButtonElement>(el, 'button.more');
    expect(more.map(text)).to.deep.equal(['Show 20 more comments', 'Show 20 more comments']);

    const clicked = performance.now();
    more[0]!.click();
    await el.updateComplete;
    const moreRender = performance.now() - clicked;
    expect($$(el, 'article')).to.have.length(3 * 20 * 4);
    // The numbers for docs/performance.md; not asserted, machines differ.
    console.log(`discussion-thread: ${all.length} comments, first render ${firstRender.toFixed(0)} ms (${rendered} comments in the DOM), "show more" ${moreRender.toFixed(0)} ms`);
  });
});
