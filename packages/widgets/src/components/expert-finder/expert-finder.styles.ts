// The expert finder's look: results as a compact list of people.
import { css } from 'lit';

export const expertFinderStyles = css`
  .results {
    gap: calc(var(--_space) * 0.5);
  }
  .card {
    gap: 0.25rem;
    padding: calc(var(--_space) * 0.75) var(--_space);
  }
  .card-title {
    block-size: 1lh;
  }
  .card-title button {
    -webkit-line-clamp: 1;
  }
`;
