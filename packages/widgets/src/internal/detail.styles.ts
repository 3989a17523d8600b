// The look of a detail view (a practice, an expert): heading, facts, prose, links.
import { css } from 'lit';

export const detailStyles = css`
  article {
    display: grid;
    gap: var(--_space);
  }
  h2 {
    font-size: 1.5em;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  h3 {
    font-size: 1em;
    margin-block-end: 0.25rem;
  }
  .lead {
    font-size: 1.125em;
  }
  .prose {
    /* API text is plain text: keep its paragraphs without ever parsing it as HTML. */
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  dl {
    display: grid;
    gap: calc(var(--_space) * 0.5) var(--_space);
    grid-template-columns: repeat(auto-fill, minmax(min(14rem, 100%), 1fr));
  }
  dt {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .links {
    padding-inline-start: 1.25em;
  }
  a {
    color: var(--_accent);
    display: inline-block;
    min-block-size: 24px;
  }
  .skeleton.title {
    block-size: 2rem;
    inline-size: 70%;
  }
  .skeleton.line {
    block-size: 1rem;
  }
`;
