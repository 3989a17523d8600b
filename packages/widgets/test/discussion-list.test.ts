// <mnh-discussion-list> against the real hub: open spaces with their discussions, chosen by link, button or keyboard.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createHubSession, memoryTokenStorage } from '@mnh/sdk';
import type { HubSession } from '@mnh/sdk';
import '../src/components/discussion-list/define.js';
import type { DiscussionSelectEvent, MnhDiscussionList } from '../src/components/discussion-list/discussion-list.js';
import type { Discussion, Space, SpaceSummary } from '../src/components/discussion-thread/discussion-api.js';
import { $$, api, hubGet, registerTestOrigin, shadow, signInCode, text, until } from './support/hub.js';

let moderator: HubSession;
let space: Space;
let discussion: Discussion;

async function call<T>(method: string, path: string, body: object): Promise<T> {
  const response = await moderator.fetch(
    new Request(api + path, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
  );
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function list(attrs: { hrefTemplate?: string; lang?: string } = {}): Promise<MnhDiscussionList> {
  const el = await fixture<MnhDiscussionList>(
    html`<mnh-discussion-list api=${api} href-template=${attrs.hrefTemplate ?? ''} lang=${attrs.lang ?? 'en'}></mnh-discussion-list>`,
  );
  await until(el, '[part="discussion"]');
  return el;
}

const link = (el: Element, title: string) => $$<HTMLElement>(el, '[part="discussion"]').find((d) => text(d) === title);

describe('<mnh-discussion-list>', () => {
  before(async () => {
    await registerTestOrigin();
    moderator = createHubSession({ baseUrl: api, storage: memoryTokenStorage() });
    await moderator.requestSignInCode('moderator@example.org');
    await moderator.signIn('moderator@example.org', await signInCode('moderator@example.org'));
    space = await call<Space>('POST', '/v1/spaces', {
      slug: 'list-open-space',
      kind: 'topic',
      title: 'Labour migration corridors',
      welcome: 'Welcome.',
      audience: 'Practitioners and researchers',
      languages: ['en', 'fr'],
      opensAt: new Date(Date.now() - 3_600_000).toISOString(),
      closesAt: '2099-06-30T00:00:00Z',
    });
    discussion = await call<Discussion>('POST', `/v1/spaces/${space.slug}/discussions`, {
      title: 'Portable social protection',
      questions: ['What works?'],
    });
  });

  it('is accessible', async () => {
    const el = await list();
    await expect(el).to.be.accessible();
  });

  it('lists the open spaces the hub lists, each with its discussions and dates', async () => {
    const el = await list();
    const { items } = await hubGet<{ items: SpaceSummary[] }>('/v1/spaces?state=open&limit=50');
    expect($$(el, '[part="space"] h3').map(text)).to.deep.equal(items.map((s) => s.title));
    const card = $$(el, '[part="space"]').find((s) => text(s.querySelector('h3')) === 'Labour migration corridors')!;
    expect(text(card)).to.contain('Topic · Open · Open until June 30, 2099');
    expect(text(card)).to.contain('Practitioners and researchers');
    expect(text(card)).to.contain('Portable social protection (0 comments)');
  });

  it('links each discussion through href-template, and tells the page which one was chosen by keyboard', async () => {
    const el = await list({ hrefTemplate: '/discussions/{slug}/{discussion}' });
    const a = link(el, 'Portable social protection') as HTMLAnchorElement;
    expect(new URL(a.href).pathname).to.equal(`/discussions/list-open-space/${discussion.id}`);
    el.addEventListener('mnh-discussion-select', (e) => e.preventDefault(), { once: true });
    const chosen = oneEvent(el, 'mnh-discussion-select') as Promise<DiscussionSelectEvent>;
    a.focus();
    await sendKeys({ press: 'Enter' });
    expect((await chosen).detail).to.deep.equal({ space: space.id, spaceSlug: 'list-open-space', discussion: discussion.id });
    // The page handled it: the link was not followed.
    expect(location.pathname).not.to.contain('/discussions/');
  });

  it('speaks French, and Arabic right to left', async () => {
    const fr = await list({ lang: 'fr' });
    await waitUntil(() => text(shadow(fr).querySelector('h2')) === 'Espaces de discussion', 'no French');
    const ar = await list({ lang: 'ar' });
    await waitUntil(() => text(shadow(ar).querySelector('h2')) === 'مساحات النقاش', 'no Arabic');
    expect(ar.getAttribute('dir')).to.equal('rtl');
  });
});
