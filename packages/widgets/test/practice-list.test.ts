// <mnh-practice-list> against the real hub: rendering, filters, paging, keyboard, RTL, states, URL.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PracticePage, Taxonomy } from '@mnh/sdk';
import '../src/components/practice-list/define.js';
import type { MnhPracticeList } from '../src/components/practice-list/practice-list.js';
import { $, $$, api, flakyApi, hubGet, hubUp, shadow, text, until } from './support/hub.js';

const titles = (el: Element) => $$(el, '[part="item-title"]').map(text);
const loaded = (el: MnhPracticeList) => until(el, '[part="item"], [part="empty"], [part="error"]');

async function list(template: ReturnType<typeof html>): Promise<MnhPracticeList> {
  const el = await fixture<MnhPracticeList>(template);
  await loaded(el);
  return el;
}

describe('<mnh-practice-list>', () => {
  it('is accessible, filter bar included', async () => {
    const el = await list(html`<mnh-practice-list api=${api} limit="4" filters></mnh-practice-list>`);
    await waitUntil(() => $$(el, 'select option').length > 20, 'taxonomy options never arrived');
    await expect(el).to.be.accessible();
  });

  it('is accessible in the dark scheme', async () => {
    const el = await list(html`<mnh-practice-list api=${api} limit="3" color-scheme="dark"></mnh-practice-list>`);
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
  });

  it('shows the practices the hub returns for its filters, with labels and a count', async () => {
    const el = await list(
      html`<mnh-practice-list api=${api} region="africa" objective="5,6" limit="5" layout="compact"></mnh-practice-list>`,
    );
    const page = await hubGet<PracticePage>('/v1/practices?region=africa&objective=5&objective=6&limit=5');
    expect(page.items.length).to.be.greaterThan(0);
    expect(titles(el)).to.deep.equal(page.items.map((p) => p.title));
    expect(text($(el, '[part="count"]'))).to.equal(`${page.total.toLocaleString('en')} practices`);
    expect($(el, '[part="count"]').getAttribute('role')).to.equal('status');

    const taxonomy = await hubGet<Taxonomy>('/v1/taxonomy?lang=en');
    await waitUntil(() => text($$(el, '[part="item-meta"]')[0]) !== page.items[0]!.countries.join(', '));
    const first = page.items[0]!;
    const country = taxonomy.countries.find((c) => c.code === first.countries[0])!;
    const objective = taxonomy.objectives.find((o) => o.number === first.objectives[0])!;
    const item = $$(el, '[part="item"]')[0]!;
    expect(text(item)).to.contain(country.label);
    expect(text(item)).to.contain(String(first.year));
    expect(text(item)).to.contain(objective.label);
    expect(text(item)).to.contain(first.summary);
  });

  it('loads more with the next cursor and moves focus to the first new practice', async () => {
    const el = await list(html`<mnh-practice-list api=${api} limit="5" layout="list"></mnh-practice-list>`);
    const first = await hubGet<PracticePage>('/v1/practices?limit=5');
    const second = await hubGet<PracticePage>(`/v1/practices?limit=5&cursor=${first.nextCursor}`);
    $(el, '[part="load-more"]').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $$(el, '[part="item"]').length === 10, 'the second page never arrived');
    expect(titles(el)).to.deep.equal([...first.items, ...second.items].map((p) => p.title));
    expect(shadow(el).activeElement).to.equal($$(el, '[part="item-title"]')[5]);
    expect(text($(el, '.more'))).to.contain(`10 of ${first.total.toLocaleString('en')}`);
  });

  it('reserves the room of its results while loading', async () => {
    const el = await fixture<MnhPracticeList>(
      html`<mnh-practice-list api=${api} limit="6" layout="list" style="width: 40rem"></mnh-practice-list>`,
    );
    expect($$(el, '.card.skeleton')).to.have.length(6);
    const loading = el.getBoundingClientRect().height;
    await loaded(el);
    const done = el.getBoundingClientRect().height;
    expect(done).to.be.closeTo(loading, 1);
  });

  it('stays within the width a page gives it, in every layout', async () => {
    // A grid column sized by its content is where a widget's widest line would push past the page.
    const page = await fixture<HTMLElement>(html`<div style="display: grid; width: 20rem">
      <mnh-practice-list api=${api} limit="3" filters></mnh-practice-list>
      <mnh-practice-list api=${api} limit="3" layout="list"></mnh-practice-list>
      <mnh-practice-list api=${api} limit="3" layout="compact"></mnh-practice-list>
    </div>`);
    const lists = [...page.querySelectorAll<MnhPracticeList>('mnh-practice-list')];
    for (const el of lists) await loaded(el);
    // The filter bar's options are the objectives' and principles' full names, some very long.
    await waitUntil(() => $$(lists[0]!, 'select option').length > 20, 'taxonomy options never arrived');
    const right = page.getBoundingClientRect().right;
    for (const el of lists) {
      for (const part of $$(el, '[part="filters"], [part="search"], [part="list"], [part="item"], [part="item-meta"]')) {
        expect(part.getBoundingClientRect().right, `${el.layout} ${part.getAttribute('part')}`).to.be.at.most(right + 0.5);
      }
    }
  });

  it('filters from the filter bar: free text and selects', async () => {
    const el = await list(html`<mnh-practice-list api=${api} limit="5" filters></mnh-practice-list>`);
    const search = $<HTMLInputElement>(el, 'input[type="search"]');
    search.focus();
    await sendKeys({ type: 'return' });
    await sendKeys({ press: 'Enter' });
    const byText = await hubGet<PracticePage>('/v1/practices?q=return&limit=5');
    await waitUntil(() => titles(el).join() === byText.items.map((p) => p.title).join(), 'search never applied');

    await waitUntil(() => $$<HTMLSelectElement>(el, 'select')[1]!.options.length > 1, 'principles never arrived');
    const principle = $$<HTMLSelectElement>(el, 'select')[1]!;
    principle.focus();
    await sendKeys({ press: 'ArrowDown' });
    const key = principle.value;
    expect(key).to.not.equal('');
    const both = await hubGet<PracticePage>(`/v1/practices?q=return&principle=${key}&limit=5`);
    await waitUntil(() => text($(el, '[part="count"]')).startsWith(both.total.toLocaleString('en')));
    expect(titles(el)).to.deep.equal(both.items.map((p) => p.title));
  });

  it('shows an empty state whose button clears the filters', async () => {
    const el = await list(html`<mnh-practice-list api=${api} q="zzqxjvw" filters limit="3"></mnh-practice-list>`);
    expect(text($(el, '[part="empty"]'))).to.contain('No practices match these filters.');
    expect(text($(el, '[part="count"]'))).to.equal('0 practices');
    $<HTMLButtonElement>(el, '[part="empty"] button').click();
    await until(el, '[part="item"]');
    expect($$(el, '[part="item"]')).to.have.length(3);
  });

  it('shows an error with a retry button when the hub is unreachable, and recovers', async () => {
    await hubUp(false);
    try {
      const el = await list(html`<mnh-practice-list api=${flakyApi} limit="2"></mnh-practice-list>`);
      expect($(el, '[part="error"]').getAttribute('role')).to.equal('alert');
      expect(text($(el, '[part="error"]'))).to.contain('could not be reached');
      await hubUp(true);
      $<HTMLButtonElement>(el, '[part="error"] button').click();
      await until(el, '[part="item"]');
      expect($$(el, '[part="item"]')).to.have.length(2);
      expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
    } finally {
      await hubUp(true);
    }
  });

  it('names the offending attribute when the hub refuses it', async () => {
    const el = await list(html`<mnh-practice-list api=${api} objective="99"></mnh-practice-list>`);
    expect(text($(el, '[part="error"]'))).to.contain('objective');
  });

  it('opens a chosen practice in a dialog with Enter, and Escape gives focus back', async () => {
    const el = await list(html`<mnh-practice-list api=${api} limit="3"></mnh-practice-list>`);
    const button = $$(el, '[part="item-title"]')[1]!;
    button.focus();
    const selected = oneEvent(el, 'mnh-select');
    await sendKeys({ press: 'Enter' });
    const event = (await selected) as CustomEvent<{ id: string; slug: string }>;
    await waitUntil(() => shadow(el).querySelector<HTMLDialogElement>('dialog')?.open, 'dialog never opened');
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    expect(dialog.getAttribute('aria-label')).to.equal(text(button));
    const detail = dialog.querySelector('mnh-practice-detail')!;
    expect(detail.getAttribute('practice')).to.equal(event.detail.id);
    await waitUntil(() => detail.shadowRoot?.querySelector('[part="title"]'), 'detail never loaded');
    expect(text(detail.shadowRoot!.querySelector('[part="title"]'))).to.equal(text(button));
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    expect(shadow(el).activeElement).to.equal(button);
  });

  it('lets the page handle mnh-select instead of opening the dialog', async () => {
    const el = await list(html`<mnh-practice-list api=${api} limit="2"></mnh-practice-list>`);
    const page = await hubGet<PracticePage>('/v1/practices?limit=2');
    let detail: unknown;
    el.addEventListener('mnh-select', (e) => {
      detail = (e as CustomEvent).detail;
      e.preventDefault();
    });
    $$(el, '[part="item-title"]')[0]!.click();
    await el.updateComplete;
    expect(detail).to.deep.equal({ id: page.items[0]!.id, slug: page.items[0]!.slug });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(shadow(el).querySelector<HTMLDialogElement>('dialog')?.open ?? false).to.equal(false);
  });

  it('lays out right to left in Arabic, with Arabic interface text and labels', async () => {
    const el = await list(html`<mnh-practice-list api=${api} lang="ar" limit="2" filters></mnh-practice-list>`);
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle($(el, '[part="count"]')).direction).to.equal('rtl');
    const taxonomy = await hubGet<Taxonomy>('/v1/taxonomy?lang=ar');
    await waitUntil(() => $$<HTMLSelectElement>(el, 'select')[0]!.options.length > 1);
    await waitUntil(() => text($$(el, 'label')[0]) === 'البحث في الممارسات', 'Arabic text never shown');
    expect(text($$<HTMLSelectElement>(el, 'select')[0]!.options[1])).to.contain(taxonomy.objectives[0]!.label);
    expect(text($(el, '[part="count"]'))).to.match(/ممارس/);
  });

  it('shows English titles and summaries left to right inside an Arabic list', async () => {
    const el = await list(html`<mnh-practice-list api=${api} lang="ar" language="en" limit="3"></mnh-practice-list>`);
    const page = await hubGet<PracticePage>('/v1/practices?language=en&limit=3');
    const english = page.items.findIndex((p) => p.language === 'en');
    expect(english).to.be.at.least(0);
    expect(getComputedStyle($(el, '[part="count"]')).direction).to.equal('rtl');
    expect(getComputedStyle($$(el, '[part="item-title"]')[english]!).direction).to.equal('ltr');
    expect(getComputedStyle($$(el, '[part="item-summary"]')[english]!).direction).to.equal('ltr');
  });

  it('shows markup in API text as text', async () => {
    const el = await list(html`<mnh-practice-list api=${api} q="Hostile"></mnh-practice-list>`);
    expect(titles(el)).to.include('<img src=x onerror="window.__pwned=1">Hostile title');
    expect(shadow(el).querySelector('img, script:not([type])')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  describe('with sync-url', () => {
    const start = location.href;
    afterEach(() => history.replaceState(null, '', start));

    it('restores filters from the URL, writes choices to it, and follows Back', async () => {
      history.replaceState(null, '', '?keep=1&mnh-objective=7#here');
      const el = await list(html`<mnh-practice-list api=${api} sync-url filters limit="3"></mnh-practice-list>`);
      const byUrl = await hubGet<PracticePage>('/v1/practices?objective=7&limit=3');
      expect(titles(el)).to.deep.equal(byUrl.items.map((p) => p.title));
      await waitUntil(() => $$<HTMLSelectElement>(el, 'select')[0]!.value === '7', 'select not restored');

      const region = $$<HTMLSelectElement>(el, 'select')[2]!;
      region.value = 'asia';
      region.dispatchEvent(new Event('change'));
      const params = new URLSearchParams(location.search);
      expect(params.get('mnh-region')).to.equal('asia');
      expect(params.get('mnh-objective')).to.equal('7');
      expect(params.get('keep')).to.equal('1');
      expect(location.hash).to.equal('#here');
      const both = await hubGet<PracticePage>('/v1/practices?objective=7&region=asia&limit=3');
      await waitUntil(() => titles(el).join() === both.items.map((p) => p.title).join(), 'region not applied');

      const back = oneEvent(window, 'popstate');
      history.back();
      await back;
      await el.updateComplete;
      expect(el.region).to.equal('');
      await waitUntil(() => titles(el).join() === byUrl.items.map((p) => p.title).join(), 'Back not followed');
    });
  });
});
