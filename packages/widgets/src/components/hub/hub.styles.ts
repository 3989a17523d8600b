// <mnh-hub>'s look: the navigation, the view's heading, the home view's entry points; its colours passed on to the views' widgets.
import { css } from 'lit';

export const hubStyles = css`
  :host {
    display: grid;
    gap: var(--_space);
  }
  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.25) var(--_space);
    border-block-end: 1px solid color-mix(in srgb, var(--_border) 50%, transparent);
    padding-block-end: calc(var(--_space) * 0.5);
  }
  a {
    color: var(--_accent);
    display: inline-block;
    min-block-size: 24px;
  }
  [part~='nav-link'][aria-current='page'] {
    font-weight: bold;
    color: var(--_text);
    text-decoration-thickness: 3px;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .view {
    --mnh-color-text: var(--_text);
    --mnh-color-muted: var(--_muted);
    --mnh-color-surface: var(--_surface);
    --mnh-color-raised: var(--_raised);
    --mnh-color-border: var(--_border);
    --mnh-color-accent: var(--_accent);
    --mnh-color-on-accent: var(--_on-accent);
    --mnh-color-focus: var(--_focus);
    --mnh-color-danger: var(--_danger);
    display: grid;
    gap: var(--_space);
  }
  .entry-grid {
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(min(16rem, 100%), 1fr));
  }
  .entries ul {
    display: grid;
    gap: 0.25rem;
  }
  mnh-practice-detail::part(title) {
    display: none;
  }
`;
