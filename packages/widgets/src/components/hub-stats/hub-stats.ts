// <mnh-hub-stats>: the hub's numbers at a glance (GET /v1/stats), as accessible SVG charts with a table fallback.
import { html } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { HubProblemError } from '@mnh/sdk';
import type { HubClient } from '@mnh/sdk';
import { many } from '../../internal/attributes.js';
import { HubElement } from '../../internal/hub-element.js';
import { fill } from '../../internal/i18n.js';
import { RequestController } from '../../internal/request.js';
import { hostStyles } from '../../internal/styles.js';
import { barChart, columnChart, dataTable } from './chart.js';
import type { Bar, ChartOptions } from './chart.js';
import { hubStatsStyles } from './hub-stats.styles.js';
import { hubStatsStrings } from './strings/index.js';
import type { HubStatsStrings } from './strings/index.js';
import type { CommonStrings } from '../../internal/strings/index.js';

type Text = CommonStrings & HubStatsStrings;

/** What the widget reads of `GET /v1/stats` (the contract's `HubStats`). */
export interface HubStats {
  practices: {
    total: number;
    byObjective: { objective: number; count: number }[];
    byRegion: { region: string; count: number }[];
    byYear: { year: number; count: number }[];
  };
  resources: { total: number; byType: { type: string; count: number }[] };
  experts: { total: number; byRegion: { region: string; count: number }[] };
}

/** The charts, in the order shown; the `charts` attribute picks some of them. */
export const CHARTS = ['objectives', 'years', 'regions', 'resource-types', 'expert-regions'] as const;
export type ChartName = (typeof CHARTS)[number];

/**
 * The hub's numbers at a glance: published practices by GCM objective, by region and by the year
 * their implementation started, resources by type and experts by region. Each chart is an SVG
 * image with a title and a description, every bar labelled with its value; "Show as tables" turns
 * every chart into a data table. Labels come from the hub's taxonomy in the widget's language, and
 * in Arabic the bars grow from the right. Drawn with Lit's own SVG templates: no charting library.
 *
 * @summary Numbers at a glance: charts of the hub's practices, resources and experts.
 *
 * @csspart totals - The three totals (practices, resources, experts).
 * @csspart toggle - The "Show as tables" button (pressed while tables are shown).
 * @csspart chart - Each chart's figure, with its caption.
 * @csspart chart-svg - Each chart's SVG image.
 * @csspart table - Each data table (after "Show as tables").
 * @csspart error - The error message.
 * @csspart button - The retry button.
 *
 * @cssproperty --mnh-color-chart - The bars' colour (default the accent colour).
 *
 * @example
 * <mnh-hub-stats api="https://hub.example.org" charts="objectives,years"></mnh-hub-stats>
 */
export class MnhHubStats extends HubElement {
  static override styles = [hostStyles, hubStatsStyles];

  static override properties: PropertyDeclarations = {
    charts: {},
    tables: { type: Boolean, reflect: true },
    stats: { state: true, attribute: false },
  };

  /** Which charts to show, comma-separated: objectives, years, regions, resource-types, expert-regions. All by default. */
  charts = '';
  /** Shows data tables instead of charts; the "Show as tables" button toggles it. */
  tables = false;

  /**
   * The numbers as loaded.
   * @internal
   */
  private stats: HubStats | undefined;

  private readonly request = new RequestController(this);
  #loaded: HubClient | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const client = this.hubClient;
    if (!client || this.#loaded === client) return;
    this.#loaded = client;
    void this.request.run(async (signal) => {
      const { data, response } = await client.raw.GET('/v1/stats', { signal });
      if (!data) {
        throw new HubProblemError({ type: 'about:blank', title: response.statusText, status: response.status, detail: response.statusText });
      }
      this.stats = data;
    });
  }

  protected override render() {
    const s = this.text(hubStatsStrings);
    if (!this.hubClient) return html`<p part="error" class="problem" role="alert">${s.noApi}</p>`;
    if (this.request.status === 'error') return this.renderProblem(s, this.request);
    const stats = this.stats;
    if (!stats) return html`<p class="muted" role="status">${s.loading}</p>`;
    const shown = (many(this.charts) ?? CHARTS).filter((name): name is ChartName => (CHARTS as readonly string[]).includes(name));
    const n = (value: number) => this.locale.number(value);
    return html`<ul part="totals" class="totals plain">
        <li>${this.#total(s.practices, stats.practices.total)}</li>
        <li>${this.#total(s.resources, stats.resources.total)}</li>
        <li>${this.#total(s.experts, stats.experts.total)}</li>
      </ul>
      <button part="toggle button" class="quiet" type="button" aria-pressed=${this.tables ? 'true' : 'false'} @click=${() => (this.tables = !this.tables)}>
        ${s.showTables}
      </button>
      <div class="charts">${shown.map((name) => this.#chart(name, stats, s, n))}</div>`;
  }

  #total(forms: Text['practices'], count: number) {
    const [number = '', ...words] = this.locale.count(forms, count).split(' ');
    // "240 practices": the number stands out; languages that put it elsewhere keep their order.
    return /\d/.test(number) ? html`<strong>${number}</strong> ${words.join(' ')}` : this.locale.count(forms, count);
  }

  #bars(name: ChartName, stats: HubStats): Bar[] {
    const l = this.labels;
    const typeLabel = (key: string) => l.taxonomy?.resourceTypes.find((t) => t.key === key)?.label ?? key;
    switch (name) {
      case 'objectives':
        return stats.practices.byObjective.map((o) => ({ key: String(o.objective), label: `${o.objective} · ${l.of('objectives', o.objective)}`, count: o.count }));
      case 'regions':
        return stats.practices.byRegion.map((r) => ({ key: r.region, label: l.of('regions', r.region), count: r.count }));
      case 'years':
        return stats.practices.byYear.map((y) => ({ key: String(y.year), label: String(y.year), count: y.count }));
      case 'resource-types':
        return stats.resources.byType.map((t) => ({ key: t.type, label: typeLabel(t.type), count: t.count }));
      case 'expert-regions':
        return stats.experts.byRegion.map((r) => ({ key: r.region, label: l.of('regions', r.region), count: r.count }));
    }
  }

  #chart(name: ChartName, stats: HubStats, s: Text, format: (n: number) => string) {
    const bars = this.#bars(name, stats);
    const { title, column } = s.charts[name];
    const top = bars.reduce<Bar | undefined>((best, b) => (!best || b.count > best.count ? b : best), undefined);
    const total = name === 'resource-types' ? stats.resources.total : name === 'expert-regions' ? stats.experts.total : stats.practices.total;
    const desc = top ? fill(s.desc, { total: format(total), top: top.label, count: format(top.count) }) : s.empty;
    const options: ChartOptions = { id: `chart-${name}`, title, desc, bars, rtl: this.locale.dir === 'rtl', format };
    const body = bars.length === 0
      ? html`<p class="muted">${s.empty}</p>`
      : this.tables
        ? dataTable(options, [column, s.count])
        : name === 'years'
          ? columnChart(options)
          : barChart(options);
    return html`<figure part="chart" class="chart" data-chart=${name}>
      <figcaption>${title}</figcaption>
      ${body}
    </figure>`;
  }
}
