// <mnh-sign-in>'s look: one column of labelled fields, field errors beside their field, the signed-in card.
import { css } from 'lit';

export const signInStyles = css`
  form,
  .signed-in {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    justify-items: start;
    max-inline-size: 28rem;
  }
  label {
    justify-self: stretch;
  }
  .code {
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.25em;
    max-inline-size: 12rem;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .field-error,
  .form-error {
    color: var(--_danger);
    font-size: 0.875em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }
  .user {
    font-weight: 600;
  }
  .user:focus {
    outline: none;
  }
`;
