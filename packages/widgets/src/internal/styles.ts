// The shared look: public --mnh-* custom properties mapped to private tokens, controls, states.
import { css } from 'lit';

// Defaults are checked for WCAG 2.2 AA: text ≥ 4.5:1 and control borders ≥ 3:1 on their backgrounds.
const dark = css`
  --_text: var(--mnh-color-text, #e6e9ed);
  --_muted: var(--mnh-color-muted, #b1b9c2);
  --_surface: var(--mnh-color-surface, #15191e);
  --_raised: var(--mnh-color-raised, #1f252c);
  --_border: var(--mnh-color-border, #7d8791);
  --_accent: var(--mnh-color-accent, #8cc8ff);
  --_on-accent: var(--mnh-color-on-accent, #0b1724);
  --_focus: var(--mnh-color-focus, #ffd166);
  --_danger: var(--mnh-color-danger, #ff9b94);
  --_skeleton: #2b323a;
  color-scheme: dark;
`;

/**
 * The host's own box and text: the page's font by default, while inherited text styles that would
 * surprise are reset, and long words or addresses from the API wrap instead of widening the
 * widget past its place. (Comments stay out of the CSS, which ships as written.)
 */
export const hostStyles = css`
  :host {
    --_text: var(--mnh-color-text, #1b1f24);
    --_muted: var(--mnh-color-muted, #4f5863);
    --_surface: var(--mnh-color-surface, transparent);
    --_raised: var(--mnh-color-raised, #ffffff);
    --_border: var(--mnh-color-border, #7a838d);
    --_accent: var(--mnh-color-accent, #00558c);
    --_on-accent: var(--mnh-color-on-accent, #ffffff);
    --_focus: var(--mnh-color-focus, #00558c);
    --_danger: var(--mnh-color-danger, #a4161a);
    --_skeleton: #e4e8ec;
    --_space: calc(var(--mnh-space, 1rem) * var(--mnh-density, 1));
    --_radius: var(--mnh-radius, 0.5rem);

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--mnh-font, inherit);
    font-size: var(--mnh-font-size, 1rem);
    font-style: normal;
    font-weight: normal;
    line-height: 1.5;
    letter-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  :host([color-scheme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([color-scheme='auto']) {
      ${dark}
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  h2,
  h3,
  p,
  ul,
  dl,
  dd {
    margin: 0;
  }
  ul.plain {
    list-style: none;
    padding: 0;
  }
  button {
    font: inherit;
    min-block-size: 2.5rem;
    border-radius: var(--_radius);
    cursor: pointer;
    padding-inline: calc(var(--_space) * 1);
    border: 1px solid var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  button.quiet {
    background: transparent;
    color: var(--_accent);
  }
  .vh {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .muted {
    color: var(--_muted);
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    list-style: none;
    padding: 0;
  }
  .tags li {
    border-radius: 0.25rem;
    padding: 0.125rem 0.5em;
    font-size: 0.8125em;
    line-height: 1.25rem;
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  .problem {
    display: grid;
    justify-items: start;
    gap: calc(var(--_space) * 0.5);
    padding: var(--_space);
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    color: var(--_danger);
    background: var(--_raised);
  }
  .skeleton {
    background: var(--_skeleton);
    border-radius: var(--_radius);
    animation: pulse 1.6s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
`;
