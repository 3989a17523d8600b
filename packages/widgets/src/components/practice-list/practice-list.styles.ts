// The practice list's layouts: cards, list and compact, each with room reserved while loading.
import { css } from 'lit';

/** `layout` reflects, so a list without the attribute gets cards too; list and compact keep the one column. */
export const practiceListStyles = css`
  :host([layout='cards']) .results {
    grid-template-columns: repeat(auto-fill, minmax(min(16rem, 100%), 1fr));
  }
  :host([layout='compact']) .results {
    gap: calc(var(--_space) * 0.5);
  }
  :host([layout='compact']) .card {
    gap: 0.25rem;
    padding: calc(var(--_space) * 0.5) var(--_space);
  }
  :host([layout='compact']) .card-title {
    block-size: 1lh;
  }
  :host([layout='compact']) .card-title button {
    -webkit-line-clamp: 1;
  }
  .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    block-size: 3lh;
    overflow: hidden;
  }
  :host([layout='list']) .summary {
    -webkit-line-clamp: 2;
    block-size: 2lh;
  }
  :host([layout='compact']) .summary {
    -webkit-line-clamp: 1;
    block-size: 1lh;
  }
  :host([layout='compact']) .objective-label {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
