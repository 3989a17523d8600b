// <mnh-resource-list> against the real hub: accessibility, keyboard, filters, links kept safe, states, languages.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ResourcePage, Taxonomy } from '@mnh/sdk';
import '../src/components/resource-list/define.js';
import type { MnhResourceList } from '../src/components/resource-list/resource-list.js';
import { $, $$, api, hubGet, shadow, text, until } from './support/hub.js';

const titles = (el: Element) => $$(el, '[part="item-title"]').map((t) => text(t).replace(/ \(opens in a new tab\)$/, ''));
const loaded = (el: MnhResourceList) => until(el, '[part="item"], [part="empty"], [part="error"]');
const selects = (el: Element) => $$<HTMLSelectElement>(el, 'select');

async function list(template: ReturnType<typeof html>): Promise<MnhResourceList> {
  const el = await fixture<MnhResourceList>(template);
  await loaded(el);
  return el;
}

/** A click the page could cancel, as a visitor's; whether the link would still have been followed. */
function followed(link: HTMLElement): boolean {
  return link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
}

describe('<mnh-resource-list>', () => {
  it('is accessible, filter bar included', async () => {
    const el = await list(html`<mnh-resource-list api=${api} limit="4" filters></mnh-resource-list>`);
    await waitUntil(() => (selects(el)[1]?.options.length ?? 0) > 20, 'taxonomy options never arrived');
    await expect(el).to.be.accessible();
  });

  it('is accessible in Arabic, right to left, in the dark scheme', async () => {
    const el = await list(html`<mnh-resource-list api=${api} lang="ar" color-scheme="dark" limit="3" filters></mnh-resource-list>`);
    await waitUntil(() => (selects(el)[0]?.options.length ?? 0) > 1, 'types never arrived');
    expect(el.getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('shows what the hub returns for its filters: type, publisher, year, languages and a link to each resource', async () => {
    const el = await list(html`<mnh-resource-list api=${api} type="tool,dataset" region="asia" limit="5"></mnh-resource-list>`);
    const page = await hubGet<ResourcePage>('/v1/resources?type=tool&type=dataset&region=asia&limit=5');
    expect(page.items.length).to.be.greaterThan(0);
    expect(titles(el)).to.deep.equal(page.items.map((r) => r.title));
    expect(text($(el, '[part="count"]'))).to.equal(`${page.total} resource${page.total === 1 ? '' : 's'}`);

    const taxonomy = await hubGet<Taxonomy>('/v1/taxonomy?lang=en');
    const first = page.items[0]!;
    const type = taxonomy.resourceTypes.find((t) => t.key === first.type)!.label;
    await waitUntil(() => text($$(el, '[part="item-meta"]')[0]).startsWith(type), 'type label never shown');
    expect(text($$(el, '[part="item-meta"]')[0])).to.equal(`${type} · \u2068${first.publisher}\u2069 · ${first.year}`);
    const languages = first.resourceLanguages.map((code) => taxonomy.languages.find((l) => l.code === code)?.label ?? code);
    expect($$(el, '[part="item-languages"]')[0]!.getAttribute('aria-label')).to.equal('Languages');
    expect([...$$(el, '[part="item-languages"]')[0]!.querySelectorAll('li')].map(text)).to.deep.equal(languages);
    expect(text($$(el, '[part="item-summary"]')[0])).to.equal(first.summary);

    const link = $$<HTMLAnchorElement>(el, 'a[part="item-title"]')[0]!;
    expect(link.href).to.equal(first.url);
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener');
    expect(text(link)).to.contain('(opens in a new tab)');
  });

  it('never makes a javascript: address a link, and shows markup from the hub as text', async () => {
    const el = await list(html`<mnh-resource-list api=${api} q="hostile resource"></mnh-resource-list>`);
    const items = $$(el, '[part="item"]');
    const hostile = items.find((item) => text(item).includes('onerror'));
    if (!hostile) throw new Error('the hostile resource is not listed');
    expect(hostile.querySelector('a')).to.equal(null);
    expect(text(hostile.querySelector('[part="item-title"]'))).to.equal('<img src=x onerror="window.__pwned=4">Hostile resource');
    expect(text(hostile.querySelector('[part="item-meta"]'))).to.contain('<b>Hostile Publisher</b>');
    expect(shadow(el).querySelector('img, b, script:not([type])')).to.equal(null);
    const safe = items.find((item) => text(item).includes('safe link'))!;
    expect(safe.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/hostile-safe');
    expect(shadow(el).querySelector('a[href^="javascript:"]')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('tells the page which resource was chosen, and lets it keep the visitor on the page', async () => {
    const el = await list(html`<mnh-resource-list api=${api} type="guidance" limit="2"></mnh-resource-list>`);
    const page = await hubGet<ResourcePage>('/v1/resources?type=guidance&limit=2');
    const chosen: unknown[] = [];
    el.addEventListener('mnh-select', (e) => {
      chosen.push((e as CustomEvent).detail);
      e.preventDefault();
    });
    expect(followed($$(el, 'a[part="item-title"]')[1]!)).to.equal(false);
    const second = page.items[1]!;
    expect(chosen).to.deep.equal([{ id: second.id, slug: second.slug, url: second.url }]);
  });

  it('works from the keyboard: search, filter by type, reach and choose a resource', async () => {
    const el = await list(html`<mnh-resource-list api=${api} limit="3" filters></mnh-resource-list>`);
    await waitUntil(() => (selects(el)[0]?.options.length ?? 0) > 1, 'types never arrived');
    $<HTMLInputElement>(el, 'input[type="search"]').focus();
    await sendKeys({ type: 'guidance' });
    await sendKeys({ press: 'Enter' });
    const bySearch = await hubGet<ResourcePage>('/v1/resources?q=guidance&limit=3');
    await waitUntil(() => titles(el).join() === bySearch.items.map((r) => r.title).join(), 'search never applied');

    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(selects(el)[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(el.type).to.equal('tool');
    const both = await hubGet<ResourcePage>('/v1/resources?q=guidance&type=tool&limit=3');
    await waitUntil(() => text($(el, '[part="count"]')).startsWith(String(both.total)), 'type never applied');
    expect(titles(el)).to.deep.equal(both.items.map((r) => r.title));

    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Tab' });
    const firstLink = $$(el, 'a[part="item-title"]')[0];
    expect(shadow(el).activeElement).to.equal(firstLink);
    let chosen = '';
    el.addEventListener('mnh-select', (e) => {
      chosen = (e as CustomEvent<{ id: string }>).detail.id;
      e.preventDefault();
    });
    await sendKeys({ press: 'Enter' });
    expect(chosen).to.equal(both.items[0]!.id);
  });

  it('loads more with the next cursor and moves focus to the first new resource', async () => {
    const el = await list(html`<mnh-resource-list api=${api} limit="4" layout="list"></mnh-resource-list>`);
    const first = await hubGet<ResourcePage>('/v1/resources?limit=4');
    const second = await hubGet<ResourcePage>(`/v1/resources?limit=4&cursor=${first.nextCursor}`);
    $(el, '[part="load-more"]').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $$(el, '[part="item"]').length === 8, 'the second page never arrived');
    expect(titles(el)).to.deep.equal([...first.items, ...second.items].map((r) => r.title));
    expect(shadow(el).activeElement).to.equal($$(el, '[part="item-title"]')[4]);
  });

  it('shows an empty state whose button clears the filters', async () => {
    const el = await list(html`<mnh-resource-list api=${api} q="zzqxjvw" type="dataset" filters limit="3"></mnh-resource-list>`);
    expect(text($(el, '[part="empty"]'))).to.contain('No resources match these filters.');
    expect(text($(el, '[part="count"]'))).to.equal('0 resources');
    $<HTMLButtonElement>(el, '[part="empty"] button').click();
    await until(el, '[part="item"]');
    expect(el.type).to.equal('');
    expect($$(el, '[part="item"]')).to.have.length(3);
  });

  it('names the offending attribute when the hub refuses it', async () => {
    const el = await list(html`<mnh-resource-list api=${api} type="podcast"></mnh-resource-list>`);
    expect(text($(el, '[part="error"]'))).to.contain('type');
  });

  it('speaks the six UN languages, with the hub’s labels for types', async () => {
    const expected = {
      en: ['Search the library', /resources?$/],
      fr: ['Rechercher dans la bibliothèque', /ressources?$/],
      es: ['Buscar en la biblioteca', /recursos?$/],
      ar: ['البحث في المكتبة', /مورد/],
      ru: ['Поиск в библиотеке', /ресурс/],
      zh: ['搜索资料库', /项资源$/],
    } as const;
    for (const [lang, [search, count]] of Object.entries(expected)) {
      const el = await list(html`<mnh-resource-list api=${api} lang=${lang} limit="1" filters></mnh-resource-list>`);
      await waitUntil(() => text($$(el, 'label')[0]) === search, `${lang} text never shown`);
      expect(text($(el, '[part="count"]')), lang).to.match(count);
      const taxonomy = await hubGet<Taxonomy>(`/v1/taxonomy?lang=${lang}`);
      await waitUntil(() => (selects(el)[0]?.options.length ?? 0) > 1, `${lang} types never arrived`);
      expect(text(selects(el)[0]!.options[1]), lang).to.equal(taxonomy.resourceTypes[0]!.label);
    }
  });
});
