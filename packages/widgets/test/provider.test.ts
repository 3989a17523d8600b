// <mnh-provider> and the library's page-level behaviour: shared client and language, late providers, defines.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { PracticePage } from '@mnh/sdk';
import '../src/all.js';
import { MnhProvider } from '../src/components/provider/provider.js';
import type { MnhPracticeList } from '../src/components/practice-list/practice-list.js';
import { define } from '../src/internal/define.js';
import { $, api, hubGet, requestsTo, text, until } from './support/hub.js';

const count = (list: Element) => text($(list, '[part="count"]'));

describe('<mnh-provider>', () => {
  it('is accessible with widgets inside', async () => {
    const provider = await fixture<MnhProvider>(html`<mnh-provider api=${api} lang="fr">
      <mnh-practice-list limit="2"></mnh-practice-list>
      <mnh-expert-finder limit="2"></mnh-expert-finder>
    </mnh-provider>`);
    await until(provider.querySelector('mnh-practice-list')!, '[part="item"]');
    await until(provider.querySelector('mnh-expert-finder')!, '[part="item"]');
    await expect(provider).to.be.accessible();
  });

  it('gives the widgets inside its hub and language; a widget’s own lang wins', async () => {
    const provider = await fixture<MnhProvider>(html`<mnh-provider api=${api} lang="fr">
      <mnh-practice-list limit="2"></mnh-practice-list>
      <mnh-practice-list limit="2" lang="es"></mnh-practice-list>
    </mnh-provider>`);
    const [french, spanish] = [...provider.querySelectorAll<MnhPracticeList>('mnh-practice-list')];
    await until(french!, '[part="item"]');
    await until(spanish!, '[part="item"]');
    const { total } = await hubGet<PracticePage>('/v1/practices?limit=1');
    await waitUntil(() => count(french!) === `${total.toLocaleString('fr')} pratiques`, 'not in French');
    await waitUntil(() => count(spanish!) === `${total.toLocaleString('es')} prácticas`, 'not in Spanish');

    provider.lang = 'zh';
    await waitUntil(() => count(french!) === `${total.toLocaleString('zh')} 项实践`, 'language change not shared');
    expect(count(spanish!)).to.equal(`${total.toLocaleString('es')} prácticas`);
  });

  it('fetches the taxonomy once per language for all the widgets on the page', async () => {
    performance.clearResourceTimings();
    const provider = await fixture<MnhProvider>(html`<mnh-provider api=${api} lang="ru">
      <mnh-practice-list limit="1" filters></mnh-practice-list>
      <mnh-practice-list limit="1" filters></mnh-practice-list>
      <mnh-expert-finder limit="1"></mnh-expert-finder>
    </mnh-provider>`);
    for (const widget of provider.children) {
      await waitUntil(() => (widget.shadowRoot?.querySelectorAll('select option').length ?? 0) > 10, 'no labels');
    }
    expect(requestsTo('/v1/taxonomy')).to.deep.equal([`${api}/v1/taxonomy?lang=ru`]);
  });

  it('reaches widgets that were on the page before it, and follows a later api', async () => {
    const provider = await fixture<MnhProvider>(html`<mnh-provider><mnh-practice-list limit="1"></mnh-practice-list></mnh-provider>`);
    const list = provider.querySelector<MnhPracticeList>('mnh-practice-list')!;
    await list.updateComplete;
    expect(text($(list, '[part="error"]'))).to.contain('api attribute');
    provider.api = api;
    await until(list, '[part="item"]');
  });

  it('serves widgets that upgraded before the provider was defined', async () => {
    const holder = await fixture<HTMLElement>(html`<div></div>`);
    holder.innerHTML = `<late-mnh-provider api="${api}"><mnh-practice-list limit="1"></mnh-practice-list></late-mnh-provider>`;
    const list = holder.querySelector<MnhPracticeList>('mnh-practice-list')!;
    await list.updateComplete;
    customElements.define('late-mnh-provider', class extends MnhProvider {});
    await until(list, '[part="item"]');
  });
});

describe('define()', () => {
  it('warns instead of throwing when another copy already defined the tag', () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const original = customElements.get('mnh-provider');
      expect(() => define('mnh-provider', class extends MnhProvider {})).not.to.throw();
      expect(customElements.get('mnh-provider')).to.equal(original);
      expect(String(warnings[0]?.[0])).to.contain('<mnh-provider> is already defined');
      define('mnh-provider', MnhProvider);
      expect(warnings).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });
});
