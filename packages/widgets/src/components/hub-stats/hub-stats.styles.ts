// <mnh-hub-stats>' look: totals, figures and the SVG's colours from the shared tokens (so the dark scheme follows).
import { css } from 'lit';

export const hubStatsStyles = css`
  :host {
    --_chart: var(--mnh-color-chart, var(--_accent));
    display: grid;
    gap: var(--_space);
  }
  .totals {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 1.5);
  }
  .totals strong {
    font-size: 1.75em;
    line-height: 1.2;
  }
  [part~='toggle'] {
    justify-self: start;
  }
  [part~='toggle'][aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .charts {
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(min(22rem, 100%), 1fr));
  }
  [data-chart='objectives'],
  [data-chart='years'] {
    grid-column: 1 / -1;
  }
  figure {
    margin: 0;
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: var(--_space);
    border: 1px solid color-mix(in srgb, var(--_border) 50%, transparent);
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  figcaption {
    font-weight: bold;
  }
  svg {
    display: block;
    overflow: visible;
  }
  svg text {
    font-size: 0.8125rem;
    fill: var(--_text);
  }
  svg .value {
    fill: var(--_muted);
  }
  .bar {
    fill: var(--_chart);
  }
  .axis {
    stroke: var(--_border);
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  th,
  td {
    text-align: start;
    padding: 0.25rem 0.5rem;
    border-block-end: 1px solid color-mix(in srgb, var(--_border) 50%, transparent);
  }
  th[scope='row'] {
    font-weight: normal;
  }
  td,
  th:last-child {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
`;
