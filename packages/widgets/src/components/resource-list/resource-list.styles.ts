// The resource list's look beyond the practice list's layouts: titles that are links, clamped like the lists' title buttons.
import { css } from 'lit';

/** The whole card follows the link (its ::after covers the card), while the link stays the one thing keyboards reach. */
export const resourceListStyles = css`
  .card-title a {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    color: var(--_accent);
    font-weight: 600;
    text-decoration: none;
  }
  .card-title a:hover {
    text-decoration: underline;
  }
  .card-title a:focus-visible {
    outline: none;
  }
  .card-title a::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  :host([layout='compact']) .card-title a {
    -webkit-line-clamp: 1;
  }
`;
