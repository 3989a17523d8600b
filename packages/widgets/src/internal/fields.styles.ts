// The look of a filter bar's fields: labelled controls that wrap onto as many rows as the width needs.
import { css } from 'lit';

/**
 * Flex rather than a grid: the search box takes its own row and the selects share the next ones,
 * stretching to fill them whatever their number (an auto-fit grid keeps empty tracks once a field
 * spans the whole row).
 */
export const fieldStyles = css`
  .fields {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
    align-items: end;
    margin-block-end: var(--_space);
  }
  .fields label {
    flex: 1 1 9rem;
  }
  .fields .wide {
    flex-basis: 100%;
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
