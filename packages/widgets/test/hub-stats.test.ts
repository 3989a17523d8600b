// <mnh-hub-stats> against the real hub: accessibility, the numbers of /v1/stats, table fallback, languages, right to left.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Taxonomy } from '@mnh/sdk';
import '../src/components/hub-stats/define.js';
import type { HubStats, MnhHubStats } from '../src/components/hub-stats/hub-stats.js';
import { $, $$, api, hubGet, shadow, text, until } from './support/hub.js';

async function stats(template: ReturnType<typeof html>): Promise<MnhHubStats> {
  const el = await fixture<MnhHubStats>(template);
  await until(el, '[part~="chart"], [part="error"]');
  return el;
}

/** A chart's rows as the table shows them: label and number. */
const rows = (el: Element, chart: string) =>
  [...shadow(el).querySelectorAll(`[data-chart="${chart}"] tbody tr`)].map((tr) => [text(tr.querySelector('th')), text(tr.querySelector('td'))]);

/** The value labels drawn on a chart's bars. */
const values = (el: Element, chart: string) => [...shadow(el).querySelectorAll(`[data-chart="${chart}"] svg .value`)].map((t) => text(t));

describe('<mnh-hub-stats>', () => {
  it('is accessible, as charts and as tables', async () => {
    const el = await stats(html`<mnh-hub-stats api=${api}></mnh-hub-stats>`);
    await expect(el).to.be.accessible();
    el.tables = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('is accessible in Arabic, right to left, in the dark scheme', async () => {
    const el = await stats(html`<mnh-hub-stats api=${api} lang="ar" color-scheme="dark"></mnh-hub-stats>`);
    expect(el.getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('shows the numbers /v1/stats gives, each bar labelled with its value', async () => {
    const el = await stats(html`<mnh-hub-stats api=${api}></mnh-hub-stats>`);
    const hub = await hubGet<HubStats>('/v1/stats');
    expect(text($(el, '[part~="totals"]'))).to.equal(
      `${hub.practices.total} practices ${hub.resources.total} resources ${hub.experts.total.toLocaleString('en')} experts`,
    );
    const n = (count: number) => count.toLocaleString('en');
    expect(values(el, 'objectives')).to.deep.equal(hub.practices.byObjective.map((o) => n(o.count)));
    expect(values(el, 'regions')).to.deep.equal(hub.practices.byRegion.map((r) => n(r.count)));
    expect(values(el, 'years')).to.deep.equal(hub.practices.byYear.map((y) => n(y.count)));
    expect(values(el, 'resource-types')).to.deep.equal(hub.resources.byType.map((t) => n(t.count)));
    expect(values(el, 'expert-regions')).to.deep.equal(hub.experts.byRegion.map((r) => n(r.count)));
  });

  it('names each chart an image with a title and a description', async () => {
    const el = await stats(html`<mnh-hub-stats api=${api} charts="objectives"></mnh-hub-stats>`);
    const hub = await hubGet<HubStats>('/v1/stats');
    expect($$(el, '[part~="chart"]')).to.have.length(1);
    const svg = $(el, 'svg');
    expect(svg.getAttribute('role')).to.equal('img');
    const [title, desc] = (svg.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => text(shadow(el).getElementById(id)));
    expect(title).to.equal('Practices by GCM objective');
    expect(desc).to.match(new RegExp(`^${hub.practices.total} in all; the most: `));
  });

  it('turns every chart into a table with the same numbers, by keyboard, and back', async () => {
    const el = await stats(html`<mnh-hub-stats api=${api}></mnh-hub-stats>`);
    const hub = await hubGet<HubStats>('/v1/stats');
    const taxonomy = await hubGet<Taxonomy>('/v1/taxonomy?lang=en');
    const toggle = $<HTMLButtonElement>(el, '[part~="toggle"]');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect($$(el, 'svg')).to.have.length(0);
    const regionLabel = (key: string) => taxonomy.regions.find((r) => r.key === key)?.label;
    await waitUntil(() => rows(el, 'regions')[0]?.[0] === regionLabel(hub.practices.byRegion[0]!.region), 'labels never arrived', { timeout: 8000 });
    expect(rows(el, 'regions')).to.deep.equal(hub.practices.byRegion.map((r) => [regionLabel(r.region), String(r.count)]));
    const type = (key: string) => taxonomy.resourceTypes.find((t) => t.key === key)?.label;
    expect(rows(el, 'resource-types')).to.deep.equal(hub.resources.byType.map((t) => [type(t.type), String(t.count)]));
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect($$(el, 'svg')).to.have.length(5);
  });

  it('labels objectives in the widget’s language from the hub’s taxonomy', async () => {
    const el = await stats(html`<mnh-hub-stats api=${api} lang="fr" charts="objectives" tables></mnh-hub-stats>`);
    const taxonomy = await hubGet<Taxonomy>('/v1/taxonomy?lang=fr');
    const hub = await hubGet<HubStats>('/v1/stats');
    const first = hub.practices.byObjective[0]!;
    const label = `${first.objective} · ${taxonomy.objectives.find((o) => o.number === first.objective)?.label}`;
    await waitUntil(() => rows(el, 'objectives')[0]?.[0] === label, 'French labels never arrived', { timeout: 8000 });
    await waitUntil(() => text($(el, 'figcaption')) === 'Pratiques par objectif du Pacte mondial', 'French strings never arrived', { timeout: 8000 });
  });

  it('mirrors the bars in Arabic: they grow from the right edge', async () => {
    const ltr = await stats(html`<mnh-hub-stats api=${api} charts="regions"></mnh-hub-stats>`);
    const rtl = await stats(html`<mnh-hub-stats api=${api} charts="regions" lang="ar"></mnh-hub-stats>`);
    const edges = (el: Element) => {
      const svg = $(el, 'svg').getBoundingClientRect();
      const bar = $(el, 'svg .bar').getBoundingClientRect();
      return { start: bar.left - svg.left, end: svg.right - bar.right };
    };
    expect(edges(ltr).start).to.be.closeTo(0, 1);
    expect(edges(rtl).end).to.be.closeTo(0, 1);
    expect(edges(rtl).start).to.be.greaterThan(1);
  });

  it('says when the hub cannot be reached, and offers to try again', async () => {
    const el = await stats(html`<mnh-hub-stats api="http://127.0.0.1:9"></mnh-hub-stats>`);
    expect($(el, '[part="error"]').getAttribute('role')).to.equal('alert');
    expect(text($(el, '[part="error"] button'))).to.equal('Try again');
  });
});
