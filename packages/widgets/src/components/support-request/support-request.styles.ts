// The support widgets' look: one column of labelled fields, problems in the danger colour, requests as cards with a timeline.
import { css } from 'lit';

export const supportStyles = css`
  h2 {
    font-size: 1.375em;
    line-height: 1.3;
  }
  h3,
  h4 {
    font-size: 1.0625em;
    margin-block: 0.5rem;
  }
  .sub {
    font-size: 0.9375em;
    margin: 0.75rem 0 0.25rem;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  form {
    display: grid;
    gap: var(--_space);
    margin-block-end: calc(var(--_space) * 2);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend,
  label {
    font-weight: 600;
  }
  legend {
    padding: 0;
    margin-block-end: 0.5rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    max-inline-size: 40rem;
  }
  .group {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: 0.375rem 1rem;
    max-inline-size: none;
  }
  .group legend,
  .group .field-error {
    grid-column: 1 / -1;
  }
  .choice {
    display: flex;
    gap: 0.5rem;
    align-items: start;
    font-weight: normal;
  }
  .choice input {
    inline-size: 1.25rem;
    min-block-size: 1.25rem;
    margin: 0.125rem 0 0;
    flex: none;
  }
  input,
  select,
  textarea {
    font: inherit;
    min-block-size: 2.5rem;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
    color: var(--_text);
    inline-size: 100%;
  }
  textarea {
    resize: vertical;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  .hint,
  .muted,
  .meta,
  time {
    color: var(--_muted);
  }
  .hint,
  .field-error,
  .facts {
    margin: 0;
  }
  .field-error {
    color: var(--_danger);
    font-weight: 600;
  }
  .error-summary {
    display: grid;
    gap: 0.5rem;
    padding: var(--_space);
    border: 3px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .error-summary:focus {
    outline: 3px solid var(--_focus);
  }
  .error-summary h4,
  .error-summary ul {
    margin: 0;
  }
  .error-summary a {
    color: var(--_danger);
    font-weight: 600;
  }
  .requests,
  .thread,
  .queue {
    display: grid;
    gap: var(--_space);
    padding: 0;
    margin: 0;
    list-style: none;
  }
  .request,
  .panel {
    padding: var(--_space);
    border: 1px solid color-mix(in srgb, var(--_border) 50%, transparent);
    border-radius: var(--_radius);
  }
  .state {
    display: inline-block;
    padding: 0 0.5em;
    border-radius: 1em;
    font-size: 0.875em;
    border: 1px solid currentColor;
  }
  .state.completed,
  .state.matched {
    color: var(--_accent);
  }
  .state.declined {
    color: var(--_danger);
  }
  .timeline {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .timeline p {
    margin: 0;
  }
  .timeline [aria-current] .state {
    font-weight: 700;
  }
  .thread li {
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_border);
  }
  .thread li.curator {
    border-inline-start-color: var(--_accent);
  }
  .thread p {
    margin: 0;
    white-space: pre-line;
  }
  .reply {
    gap: 0.5rem;
    margin-block: 0.75rem 0;
  }
  .reply button,
  .actions button {
    justify-self: start;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    margin-block-start: 0.5rem;
  }
`;
