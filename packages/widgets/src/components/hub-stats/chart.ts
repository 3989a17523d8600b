// The two charts <mnh-hub-stats> draws, as Lit SVG templates: horizontal bars by category and columns by year.
import { html, svg } from 'lit';
import type { TemplateResult } from 'lit';

/** One bar: what it counts, labelled in the interface language, and how many. */
export interface Bar {
  key: string;
  label: string;
  count: number;
}

export interface ChartOptions {
  /** Unique in the widget: the SVG's title and description are named by it. */
  id: string;
  title: string;
  /** What a screen reader hears after the title: the total and the largest value. */
  desc: string;
  bars: readonly Bar[];
  /** Arabic: bars grow from the right and years run right to left. */
  rtl: boolean;
  format: (n: number) => string;
}

const ROW = 36;
const COLUMNS_HEIGHT = 200;
/** Room left beside the longest bar (in %) for its value. */
const VALUE_ROOM = 14;

/** A position along the axis, in % of the width, mirrored for right-to-left languages. */
const along = (rtl: boolean, pos: number, width = 0) => `${rtl ? 100 - pos - width : pos}%`;

/** The accessible frame shared by both charts: an image with a title and a description. */
function frame(o: ChartOptions, height: number, body: unknown): TemplateResult {
  return html`<svg
    part="chart-svg"
    role="img"
    aria-labelledby="${o.id}-title ${o.id}-desc"
    width="100%"
    height=${height}
    direction=${o.rtl ? 'rtl' : 'ltr'}
  >
    ${svg`<title id="${o.id}-title">${o.title}</title><desc id="${o.id}-desc">${o.desc}</desc>${body}`}
  </svg>`;
}

/** Categories as horizontal bars, each with its label above and its value at its end. */
export function barChart(o: ChartOptions): TemplateResult {
  const max = Math.max(1, ...o.bars.map((b) => b.count));
  const rows = o.bars.map((b, i) => {
    const width = (b.count / max) * (100 - VALUE_ROOM);
    const y = i * ROW;
    return svg`<g class="row">
      <text class="label" x=${along(o.rtl, 0)} y=${y + 13}>${b.label}</text>
      <rect class="bar" x=${along(o.rtl, 0, width)} y=${y + 18} width="${width}%" height="12" rx="2"></rect>
      <text class="value" x=${along(o.rtl, width + 1)} y=${y + 28}>${o.format(b.count)}</text>
    </g>`;
  });
  return frame(o, Math.max(ROW, o.bars.length * ROW), rows);
}

/** Years as columns, oldest first along the reading direction, each with its value on top. */
export function columnChart(o: ChartOptions): TemplateResult {
  const max = Math.max(1, ...o.bars.map((b) => b.count));
  const step = 100 / Math.max(1, o.bars.length);
  // Every label fits up to about 20 columns; beyond that every other year is named.
  const every = o.bars.length > 20 ? 2 : 1;
  const plot = COLUMNS_HEIGHT - 40;
  const columns = o.bars.map((b, i) => {
    const height = (b.count / max) * (plot - 16);
    const top = 16 + plot - 16 - height;
    const centre = (i + 0.5) * step;
    return svg`<g class="column">
      <rect class="bar" x=${along(o.rtl, i * step + step * 0.15, step * 0.7)} y=${top} width="${step * 0.7}%" height=${height} rx="2"></rect>
      <text class="value" text-anchor="middle" x=${along(o.rtl, centre)} y=${top - 4}>${o.format(b.count)}</text>
      ${i % every === 0 ? svg`<text class="label" text-anchor="middle" x=${along(o.rtl, centre)} y=${plot + 22}>${b.label}</text>` : ''}
    </g>`;
  });
  const axis = svg`<line class="axis" x1="0" x2="100%" y1=${plot} y2=${plot}></line>`;
  return frame(o, COLUMNS_HEIGHT, [axis, columns]);
}

/** The same numbers as a table, for reading, copying and screen readers that prefer tables. */
export function dataTable(o: ChartOptions, headers: [string, string]): TemplateResult {
  return html`<table part="table">
    <caption class="vh">${o.title}</caption>
    <thead>
      <tr><th scope="col">${headers[0]}</th><th scope="col">${headers[1]}</th></tr>
    </thead>
    <tbody>
      ${o.bars.map((b) => html`<tr><th scope="row">${b.label}</th><td>${o.format(b.count)}</td></tr>`)}
    </tbody>
  </table>`;
}
