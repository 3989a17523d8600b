// <mnh-expert-finder> against the real hub: search as you type, facets, profile, keyboard, states.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Expert, ExpertPage, Taxonomy } from '@mnh/sdk';
import '../src/components/expert-finder/define.js';
import type { MnhExpertFinder } from '../src/components/expert-finder/expert-finder.js';
import { $, $$, api, flakyApi, hubGet, hubUp, requestsTo, shadow, text, until } from './support/hub.js';

const names = (el: Element) => $$(el, '[part="item-name"]').map(text);
const same = (el: Element, page: ExpertPage) => names(el).join('|') === page.items.map((e) => e.name).join('|');

async function finder(template: ReturnType<typeof html>): Promise<MnhExpertFinder> {
  const el = await fixture<MnhExpertFinder>(template);
  await until(el, '[part="item"], [part="empty"], [part="error"]');
  return el;
}

describe('<mnh-expert-finder>', () => {
  it('is accessible', async () => {
    const el = await finder(html`<mnh-expert-finder api=${api} limit="4"></mnh-expert-finder>`);
    await waitUntil(() => $$(el, 'select option').length > 10, 'facets never arrived');
    await expect(el).to.be.accessible();
  });

  it('stays within the width a page gives it, long expertise names included', async () => {
    const page = await fixture<HTMLElement>(html`<div style="display: grid; width: 20rem">
      <mnh-expert-finder api=${api} limit="5"></mnh-expert-finder>
    </div>`);
    const el = page.querySelector<MnhExpertFinder>('mnh-expert-finder')!;
    await until(el, '[part="item"]');
    await waitUntil(() => $$(el, 'select option').length > 10, 'facets never arrived');
    const right = page.getBoundingClientRect().right;
    for (const part of $$(el, '[part="filters"], [part="search"], [part="item"], [part="item-meta"], .tags')) {
      expect(part.getBoundingClientRect().right, part.getAttribute('part') ?? part.className).to.be.at.most(right + 0.5);
    }
  });

  it('lists the experts the hub returns, with organisation and expertise', async () => {
    const el = await finder(html`<mnh-expert-finder api=${api} limit="5"></mnh-expert-finder>`);
    const page = await hubGet<ExpertPage>('/v1/experts?limit=5');
    expect(names(el)).to.deep.equal(page.items.map((e) => e.name));
    expect(text($(el, '[part="count"]'))).to.equal(`${page.total.toLocaleString('en')} experts`);
    const taxonomy = await hubGet<Taxonomy>('/v1/taxonomy?lang=en');
    const first = page.items[0]!;
    const item = $$(el, '[part="item"]')[0]!;
    expect(text(item)).to.contain(first.organisation.name);
    const objective = first.expertise.objectives[0];
    const expected = objective
      ? taxonomy.objectives.find((o) => o.number === objective)!.label
      : taxonomy.themes.find((t) => t.key === first.expertise.themes[0])!.label;
    await waitUntil(() => text(item).includes(expected), 'expertise labels never arrived');
  });

  it('searches as you type, asking the hub once the typing pauses', async () => {
    const el = await finder(html`<mnh-expert-finder api=${api} limit="5"></mnh-expert-finder>`);
    const first = (await hubGet<ExpertPage>('/v1/experts?limit=1')).items[0]!;
    const word = first.name;
    performance.clearResourceTimings();
    $<HTMLInputElement>(el, 'input[type="search"]').focus();
    const before = text($(el, '[part="count"]'));
    await sendKeys({ type: word });
    await waitUntil(() => text($(el, '[part="count"]')) !== before, 'search results never shown');
    expect(names(el)).to.include(first.name);
    const searches = requestsTo('/v1/experts?').filter((url) => url.startsWith(api) && url.includes('q='));
    const page = await hubGet<ExpertPage>(`/v1/experts?q=${encodeURIComponent(word)}&limit=5`);
    expect(same(el, page)).to.equal(true);
    expect(searches, searches.join('\n')).to.have.length(1);
  });

  it('narrows by expertise, region and language facets', async () => {
    const el = await finder(html`<mnh-expert-finder api=${api} limit="5"></mnh-expert-finder>`);
    await waitUntil(() => $$<HTMLSelectElement>(el, 'select')[0]!.options.length > 1, 'facets never arrived');
    const [expertise, region] = $$<HTMLSelectElement>(el, 'select');
    expertise!.value = '6';
    expertise!.dispatchEvent(new Event('change'));
    region!.value = 'asia';
    region!.dispatchEvent(new Event('change'));
    const page = await hubGet<ExpertPage>('/v1/experts?expertise=6&region=asia&limit=5');
    await waitUntil(() => same(el, page), 'facets never applied');
    expect(text($(el, '[part="count"]'))).to.equal(`${page.total.toLocaleString('en')} experts`);
  });

  it('loads more experts', async () => {
    const el = await finder(html`<mnh-expert-finder api=${api} limit="3"></mnh-expert-finder>`);
    $<HTMLButtonElement>(el, '[part="load-more"]').click();
    await waitUntil(() => $$(el, '[part="item"]').length === 6, 'second page never arrived');
    expect(new Set(names(el)).size).to.equal(6);
    expect(shadow(el).activeElement).to.equal($$(el, '[part="item-name"]')[3]);
  });

  it('opens a profile with Enter, without contact details, and Escape gives focus back', async () => {
    const el = await finder(html`<mnh-expert-finder api=${api} limit="3"></mnh-expert-finder>`);
    const page = await hubGet<ExpertPage>('/v1/experts?limit=3');
    const expert = await hubGet<Expert>(`/v1/experts/${page.items[0]!.id}`);
    const button = $$(el, '[part="item-name"]')[0]!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    expect(dialog.open).to.equal(true);
    await waitUntil(() => dialog.querySelector('[part="expert-name"]'), 'profile never loaded');
    const profile = text(dialog.querySelector('[part="expert"]'));
    expect(profile).to.contain(expert.name);
    expect(profile).to.contain(expert.title);
    expect(profile).to.contain(text({ textContent: expert.bio } as Element));
    expect(profile).to.not.match(/\S+@\S+\.\w+/);
    expect(dialog.querySelector('a[href^="mailto:"], a[href^="tel:"]')).to.equal(null);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    expect(shadow(el).activeElement).to.equal(button);
  });

  it('lets the page handle mnh-select', async () => {
    const el = await finder(html`<mnh-expert-finder api=${api} limit="2"></mnh-expert-finder>`);
    let chosen: unknown;
    el.addEventListener('mnh-select', (e) => {
      chosen = (e as CustomEvent).detail;
      e.preventDefault();
    });
    $$(el, '[part="item-name"]')[1]!.click();
    const page = await hubGet<ExpertPage>('/v1/experts?limit=2');
    expect(chosen).to.deep.equal({ id: page.items[1]!.id });
    expect($<HTMLDialogElement>(el, 'dialog').open).to.equal(false);
  });

  it('shows an empty state', async () => {
    const el = await finder(html`<mnh-expert-finder api=${api} q="zzqxjvw"></mnh-expert-finder>`);
    expect(text($(el, '[part="empty"]'))).to.equal('No experts match your search.');
  });

  it('reads right to left in Arabic, with Arabic text', async () => {
    const el = await finder(html`<mnh-expert-finder api=${api} lang="ar" limit="2"></mnh-expert-finder>`);
    expect(el.getAttribute('dir')).to.equal('rtl');
    await waitUntil(() => text($(el, 'label')) === 'ابحث عن خبراء بالاسم أو المنظمة أو الموضوع', 'Arabic text');
    const taxonomy = await hubGet<Taxonomy>('/v1/taxonomy?lang=ar');
    await waitUntil(() => text($$(el, 'select')[1]).includes(taxonomy.regions[0]!.label), 'Arabic facets');
  });

  it('shows an error with a retry button when the hub is unreachable, and recovers', async () => {
    await hubUp(false);
    try {
      const el = await finder(html`<mnh-expert-finder api=${flakyApi} limit="2"></mnh-expert-finder>`);
      expect($(el, '[part="error"]').getAttribute('role')).to.equal('alert');
      await hubUp(true);
      $<HTMLButtonElement>(el, '[part="error"] button').click();
      await until(el, '[part="item"]');
      expect($$(el, '[part="item"]')).to.have.length(2);
    } finally {
      await hubUp(true);
    }
  });
});
