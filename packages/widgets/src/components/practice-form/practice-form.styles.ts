// <mnh-practice-form>'s look: a step list, one column of labelled fields, problems in the danger colour, reviews beside.
import { css } from 'lit';

export const practiceFormStyles = css`
  h2 {
    font-size: 1.375em;
    line-height: 1.3;
  }
  h3 {
    font-size: 1em;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  .tabs,
  .actions,
  .adder,
  .review-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
  }
  .tabs {
    margin-block-end: var(--_space);
    border-block-end: 1px solid var(--_border);
  }
  .tabs [aria-pressed='true'],
  .steps [aria-current] {
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.3em;
  }
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    padding: 0;
    margin: 0 0 var(--_space);
    list-style: none;
    counter-reset: step;
  }
  .steps li {
    counter-increment: step;
  }
  .steps button::before {
    content: counter(step) '. ';
  }
  .layout {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    align-items: start;
  }
  .step {
    flex: 3 1 28rem;
    display: grid;
    gap: var(--_space);
    min-inline-size: 0;
  }
  .reviews {
    flex: 1 1 16rem;
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  .fields,
  .intro,
  .group,
  .submission {
    display: grid;
    gap: var(--_space);
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
  .muted {
    color: var(--_muted);
  }
  .field-error {
    color: var(--_danger);
    font-weight: 600;
  }
  .choices {
    display: grid;
    gap: 0.5rem;
    padding: 0;
    margin: 0;
    list-style: none;
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: start;
    font-weight: normal;
  }
  .check input {
    inline-size: 1.25rem;
    min-block-size: 1.25rem;
    margin: 0.125rem 0 0;
    flex: none;
  }
  .choices .field {
    margin: 0.5rem 0 0.5rem 1.75rem;
    margin-inline-start: 1.75rem;
  }
  .adder select {
    flex: 1 1 12rem;
    inline-size: auto;
  }
  .chosen {
    display: grid;
    gap: 0.25rem;
    padding: 0;
    margin: 0;
    list-style: none;
  }
  .chosen li {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .error-summary {
    display: grid;
    gap: 0.5rem;
    padding: var(--_space);
    margin-block-end: var(--_space);
    border: 3px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .error-summary:focus {
    outline: 3px solid var(--_focus);
  }
  .error-summary a {
    color: var(--_danger);
    font-weight: 600;
  }
  .save-status {
    min-block-size: 1.5em;
    color: var(--_muted);
  }
  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border-radius: 1em;
    font-size: 0.875em;
    border: 1px solid currentColor;
  }
  .state-published {
    color: var(--_accent);
  }
  .state-rejected,
  .state-changes-requested {
    color: var(--_danger);
  }
  .submissions {
    display: grid;
    gap: var(--_space);
  }
  .submission {
    padding: var(--_space);
    border: 1px solid color-mix(in srgb, var(--_border) 50%, transparent);
    border-radius: var(--_radius);
    gap: 0.5rem;
  }
  .history {
    margin: 0;
  }
  button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
  }
  .prose {
    white-space: pre-line;
  }
  dl {
    display: grid;
    gap: 0.5rem;
  }
  dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .review-section {
    display: grid;
    gap: 0.5rem;
    padding-block-end: var(--_space);
    border-block-end: 1px solid color-mix(in srgb, var(--_border) 50%, transparent);
  }
  .busy {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
`;
