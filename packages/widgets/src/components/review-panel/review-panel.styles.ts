// The review panel's look: cards for the queue and the board, the submission beside the form, the confirmation.
import { css } from 'lit';

export const reviewPanelStyles = css`
  section,
  .detail,
  .side,
  .submission,
  form {
    display: grid;
    gap: var(--_space);
    align-content: start;
  }
  .items {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin: 0;
  }
  .card {
    display: grid;
    gap: 0.25rem;
    padding: var(--_space);
    border: 1px solid color-mix(in srgb, var(--_border) 50%, transparent);
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  .card.replaced {
    color: var(--_muted);
  }
  h4 {
    margin: 0;
  }
  .card-title button,
  button.quiet {
    min-block-size: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-align: start;
  }
  .card-title button {
    font-weight: 600;
  }
  [part~='back'] {
    justify-self: start;
    text-decoration: underline;
  }
  .name {
    font-weight: 600;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .flag {
    padding-inline: 0.375em;
    border: 1px solid var(--_danger);
    border-radius: 0.25rem;
    color: var(--_danger);
  }
  .gap strong,
  .conflict,
  .field-error,
  .form-error {
    color: var(--_danger);
  }
  .field-error:empty {
    display: none;
  }
  .empty {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .columns {
    display: grid;
    gap: calc(var(--_space) * 2);
    grid-template-columns: repeat(auto-fit, minmax(min(22rem, 100%), 1fr));
    align-items: start;
  }
  dl.claims {
    grid-template-columns: minmax(0, 1fr);
  }
  dl.claims dt {
    font-weight: 600;
  }
  fieldset {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  legend {
    padding-inline: 0.25rem;
    font-weight: 600;
  }
  label {
    display: grid;
    gap: 0.25rem;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 24px;
  }
  .choice input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
  }
  textarea {
    font: inherit;
    inline-size: 100%;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
    color: var(--_text);
    resize: vertical;
  }
  form > button,
  .card > button {
    justify-self: start;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  .review {
    display: grid;
    gap: 0.5rem;
  }
  dialog {
    max-inline-size: min(32rem, 100vw - 2rem);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
    color: var(--_text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    margin-block-start: var(--_space);
  }
`;
