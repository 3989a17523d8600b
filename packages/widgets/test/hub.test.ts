// <mnh-hub> against the real hub: accessibility, entry points, keyboard navigation, deep links, Back, titles and focus.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PracticePage, ResourcePage, Taxonomy } from '@mnh/sdk';
import '../src/components/hub/define.js';
import type { MnhHub } from '../src/components/hub/hub.js';
import { sessionFor } from '../src/internal/session.js';
import { $, $$, api, hubGet, registerTestOrigin, shadow, signInCode, text } from './support/hub.js';

const start = location.href;
// The host page's own title, which the hub's view names are put in front of.
const startTitle = 'Partner page';
document.title = startTitle;

afterEach(() => {
  fixtureCleanup();
  history.replaceState(null, '', start);
  document.title = startTitle;
});

const heading = (el: MnhHub) => text($(el, '[part~="heading"]'));
/** The focused element inside the hub's shadow root. */
const focused = (el: MnhHub) => shadow(el).activeElement;
/** A widget of the current view, once it has rendered something. */
async function widget(el: MnhHub, tag: string): Promise<HTMLElement> {
  await waitUntil(() => shadow(el).querySelector(tag)?.shadowRoot?.querySelector('[part~="item"], [part~="base"], [part~="chart"]'), `${tag} never showed`, { timeout: 8000 });
  return shadow(el).querySelector<HTMLElement>(tag)!;
}

async function hub(routing = 'hash', base = '/'): Promise<MnhHub> {
  const el = await fixture<MnhHub>(html`<mnh-hub api=${api} routing=${routing} base=${base}></mnh-hub>`);
  await waitUntil(() => $$(el, '[part~="heading"]').length > 0, 'no heading');
  return el;
}

function link(el: MnhHub, name: string): HTMLAnchorElement {
  const found = $$<HTMLAnchorElement>(el, 'a').find((a) => text(a) === name);
  if (!found) throw new Error(`no link "${name}"`);
  return found;
}

describe('<mnh-hub>', () => {
  it('is accessible: navigation, entry points and numbers on the home view', async () => {
    const el = await hub();
    await waitUntil(() => $$(el, '[part~="entry-point"]').length > 10, 'entry points never arrived', { timeout: 8000 });
    await widget(el, 'mnh-hub-stats');
    await expect(el).to.be.accessible();
  });

  it('is accessible in Arabic, right to left, on a practice list', async () => {
    location.hash = '#/practices';
    const el = await fixture<MnhHub>(html`<mnh-hub api=${api} routing="hash" lang="ar"></mnh-hub>`);
    await widget(el, 'mnh-practice-list');
    expect(el.getAttribute('dir')).to.equal('rtl');
    await waitUntil(() => heading(el) === 'الممارسات', 'Arabic strings never arrived', { timeout: 8000 });
    await expect(el).to.be.accessible();
  });

  it('passes its dark scheme on to the widgets of its views, and stays accessible', async () => {
    location.hash = '#/resources';
    const el = await fixture<MnhHub>(html`<mnh-hub api=${api} routing="hash" color-scheme="dark"></mnh-hub>`);
    const list = await widget(el, 'mnh-resource-list');
    const colour = (node: Element) => getComputedStyle(node).color;
    expect(colour(list)).to.equal(colour(el));
    expect(colour(el)).to.equal('rgb(230, 233, 237)');
    await expect(el).to.be.accessible();
  });

  it('loads a view’s widget only when the view is first shown', async () => {
    const el = await hub();
    expect(customElements.get('mnh-practice-form')).to.equal(undefined);
    expect(customElements.get('mnh-review-panel')).to.equal(undefined);
    link(el, 'Submit a practice').click();
    await waitUntil(() => customElements.get('mnh-practice-form'), 'the practice form never loaded', { timeout: 8000 });
    expect(heading(el)).to.equal('Submit a practice');
    // Review is offered only to people with a reviewing role, and nobody is signed in here.
    expect($$(el, '[part~="nav-link"]').map(text)).not.to.include('Review');
    expect(customElements.get('mnh-review-panel')).to.equal(undefined);
  });

  it('offers support requests to everyone, and review and the curators’ desk to a curator once signed in', async () => {
    location.hash = '#/support';
    const el = await hub();
    expect(heading(el)).to.equal('Support requests');
    await waitUntil(() => customElements.get('mnh-support-request'), 'the support request form never loaded', { timeout: 8000 });
    expect(shadow(el).querySelector('mnh-support-request')).to.not.equal(null);
    expect(shadow(el).querySelector('mnh-support-desk')).to.equal(null);

    await registerTestOrigin();
    const session = sessionFor(api);
    const email = 'admin@example.org';
    await session.requestSignInCode(email);
    await session.signIn(email, await signInCode(email));
    try {
      await waitUntil(() => shadow(el).querySelector('mnh-support-desk'), 'the desk never shown', { timeout: 8000 });
      await waitUntil(() => customElements.get('mnh-support-desk'), 'the desk never loaded', { timeout: 8000 });
      link(el, 'Review').click();
      await waitUntil(() => customElements.get('mnh-review-panel'), 'the review panel never loaded', { timeout: 8000 });
      expect(heading(el)).to.equal('Review');
      expect(shadow(el).querySelector('mnh-review-panel')).to.not.equal(null);
    } finally {
      await session.signOut();
    }
    await waitUntil(() => !$$(el, '[part~="nav-link"]').some((a) => text(a) === 'Review'), 'Review still offered after signing out', { timeout: 8000 });
  });

  it('offers entry points by thematic area, guiding principle and region, each opening the practices it names', async () => {
    const el = await hub();
    const taxonomy = await hubGet<Taxonomy>('/v1/taxonomy?lang=en');
    await waitUntil(() => $$(el, '[part~="entry-point"]').length > 0, 'entry points never arrived', { timeout: 8000 });
    const names = $$(el, '[part~="entry-point"]').map(text);
    expect(names).to.include.members([...taxonomy.themes, ...taxonomy.principles, ...taxonomy.regions].map((e) => e.label));
    const africa = taxonomy.regions.find((r) => r.key === 'africa')!;
    link(el, africa.label).click();
    await el.updateComplete;
    expect(location.hash).to.equal('#/practices?region=africa');
    expect(heading(el)).to.equal('Practices');
    const list = await widget(el, 'mnh-practice-list');
    expect(list.getAttribute('region')).to.equal('africa');
    const page = await hubGet<PracticePage>('/v1/practices?region=africa&limit=20');
    await waitUntil(() => text(shadow(list).querySelector('[part~="count"]')) === `${page.total} practices`, 'count never matched', { timeout: 8000 });
  });

  it('is driven by keyboard: Enter on a link shows the view, moves focus to its heading and names the document', async () => {
    const el = await hub();
    const library = link(el, 'Tools and library');
    library.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(heading(el)).to.equal('Tools and library');
    expect(focused(el)).to.equal($(el, '[part~="heading"]'));
    expect(document.title).to.equal(`Tools and library – ${startTitle}`);
    expect(library.getAttribute('aria-current')).to.equal('page');
    await widget(el, 'mnh-resource-list');
  });

  it('opens a practice chosen in the list at its own address, with its title as heading', async () => {
    location.hash = '#/practices';
    const el = await hub();
    const list = await widget(el, 'mnh-practice-list');
    const [first] = (await hubGet<PracticePage>('/v1/practices?limit=1')).items;
    shadow(list).querySelector<HTMLElement>('[part~="item-title"]')!.click();
    await waitUntil(() => heading(el) === first!.title, 'the practice never showed', { timeout: 8000 });
    expect(location.hash).to.equal(`#/practices/${first!.slug}`);
    expect(focused(el)).to.equal($(el, '[part~="heading"]'));
    await widget(el, 'mnh-practice-detail');
  });

  it('restores a deep link on reload, hash-based and path-based under a base', async () => {
    const [practice] = (await hubGet<PracticePage>('/v1/practices?limit=1&sort=title')).items;
    location.hash = `#/practices/${practice!.slug}`;
    const byHash = await hub();
    await waitUntil(() => heading(byHash) === practice!.title, 'hash deep link never restored', { timeout: 8000 });
    expect(document.title).to.equal(`${practice!.title} – ${startTitle}`);
    fixtureCleanup();

    const [resource] = (await hubGet<ResourcePage>('/v1/resources?limit=1')).items;
    history.replaceState(null, '', `/hub-test/resources/${resource!.slug}`);
    const byPath = await hub('path', '/hub-test/');
    await waitUntil(() => heading(byPath) === resource!.title, 'path deep link never restored', { timeout: 8000 });
    expect(text($(byPath, '[part~="resource-summary"]'))).to.equal(resource!.summary);
    // Links are real addresses under the base, for a new tab or a shared copy.
    expect(link(byPath, 'Experts').getAttribute('href')).to.equal('/hub-test/experts');
    expect(link(byPath, 'Home').getAttribute('href')).to.equal('/hub-test/');
  });

  it('goes back and forward through the views it showed', async () => {
    history.replaceState(null, '', '/hub-test/');
    const el = await hub('path', '/hub-test/');
    expect(heading(el)).to.equal('Migration Network Hub');
    link(el, 'Experts').click();
    await el.updateComplete;
    expect(location.pathname).to.equal('/hub-test/experts');
    const back = new Promise((done) => window.addEventListener('popstate', done, { once: true }));
    history.back();
    await back;
    await el.updateComplete;
    expect(heading(el)).to.equal('Migration Network Hub');
    expect(focused(el)).to.equal($(el, '[part~="heading"]'));
    const forward = new Promise((done) => window.addEventListener('popstate', done, { once: true }));
    history.forward();
    await forward;
    await el.updateComplete;
    expect(heading(el)).to.equal('Experts');
  });

  it('shows the discussions, a discussion chosen there opening its thread at the hub’s own address', async () => {
    location.hash = '#/discussions';
    const el = await hub();
    expect(heading(el)).to.equal('Discussions');
    const list = shadow(el).querySelector<HTMLElement>('mnh-discussion-list')!;
    // The list's links are the hub's addresses, so a new tab or a shared link opens the thread.
    expect(list.getAttribute('href-template')).to.equal(`${location.pathname}${location.search}#/discussions/{discussion}`);
    const chosen = { space: 'spc_test', spaceSlug: 'test-space', discussion: 'dsc_test' };
    const followed = list.dispatchEvent(new CustomEvent('mnh-discussion-select', { detail: chosen, bubbles: true, composed: true, cancelable: true }));
    expect(followed).to.equal(false);
    await el.updateComplete;
    expect(location.hash).to.equal('#/discussions/dsc_test');
    expect(shadow(el).querySelector('mnh-discussion-thread')?.getAttribute('discussion')).to.equal('dsc_test');
    expect(focused(el)).to.equal($(el, '[part~="heading"]'));
  });

  it('says so when a practice is not published, or an address names no view', async () => {
    location.hash = '#/practices/no-such-practice';
    const missing = await hub();
    await waitUntil(() => heading(missing) === 'Page not found', 'never said not found', { timeout: 8000 });
    expect($(missing, '[part~="error"]').getAttribute('role')).to.equal('alert');
    fixtureCleanup();
    location.hash = '#/nowhere';
    const nowhere = await hub();
    expect(heading(nowhere)).to.equal('Page not found');
  });
});
