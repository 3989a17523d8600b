// The look of a filter bar's fields: a responsive grid of labelled controls.
import { css } from 'lit';

export const fieldStyles = css`
  .fields {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    grid-template-columns: repeat(auto-fill, minmax(min(11rem, 100%), 1fr));
    align-items: end;
    margin-block-end: var(--_space);
  }
  .fields .wide {
    grid-column: 1 / -1;
  }
  input,
  select {
    font: inherit;
    min-block-size: 2.5rem;
    border-radius: var(--_radius);
    padding-inline: calc(var(--_space) * 0.5);
    border: 1px solid var(--_border);
    background: var(--_raised);
    color: var(--_text);
    min-inline-size: 0;
    inline-size: 100%;
  }
  label {
    display: grid;
    gap: 0.25rem;
    font-size: 0.875em;
    color: var(--_muted);
  }
`;
