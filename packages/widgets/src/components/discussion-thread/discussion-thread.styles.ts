// The look of <mnh-discussion-thread>: a readable column, thread lines, capped indentation, quiet actions.
import { css } from 'lit';

export const discussionThreadStyles = css`
  .thread {
    display: grid;
    gap: var(--_space);
  }
  h2 {
    font-size: 1.375em;
    line-height: 1.3;
  }
  h3 {
    font-size: 1.0625em;
    margin: 0;
  }
  .eyebrow {
    font-size: 0.875em;
  }
  .rich p,
  .rich ul,
  .rich ol,
  .rich blockquote {
    margin-block: 0 0.5em;
  }
  .rich > :last-child {
    margin-block-end: 0;
  }
  .rich blockquote {
    margin-inline: 0;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_border);
    color: var(--_muted);
  }
  .rich a {
    color: var(--_accent);
  }
  .facts {
    display: grid;
    gap: 0.25rem;
  }
  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
  }
  .facts dt {
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
  }
  .question-text {
    font-weight: 600;
  }
  .question h3 {
    font-size: 0.875em;
    color: var(--_muted);
    text-transform: none;
  }
  .inline-form > button,
  .answer {
    justify-self: start;
  }
  .notice {
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  .question {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding-block-start: var(--_space);
    border-block-start: 1px solid color-mix(in srgb, var(--_border) 50%, transparent);
  }
  .comments,
  .replies {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .comment.top {
    content-visibility: auto;
    contain-intrinsic-size: auto 8rem;
  }
  .replies {
    margin-block-start: calc(var(--_space) * 0.75);
    margin-inline-start: calc(var(--_space) * 0.5);
    padding-inline-start: calc(var(--_space) * 0.75);
    border-inline-start: 2px solid color-mix(in srgb, var(--_border) 60%, transparent);
  }
  .replies.flat {
    margin-inline-start: 0;
  }
  article {
    display: grid;
    gap: 0.375rem;
  }
  article:focus {
    outline: none;
  }
  article:focus-visible {
    outline: 3px solid var(--_focus);
  }
  article.pending,
  article.hidden {
    padding: 0.5rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .byline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: baseline;
    font-size: 0.9375em;
  }
  .author {
    font-weight: 600;
  }
  .badge {
    font-size: 0.8125em;
    padding: 0 0.5em;
    border-radius: 0.25rem;
    border: 1px solid var(--_border);
  }
  .actions,
  .form-buttons,
  .moderation {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
  }
  button.small {
    border-color: color-mix(in srgb, var(--_accent) 45%, transparent);
    min-block-size: 2rem;
    padding-inline: 0.5rem;
    font-size: 0.875em;
  }
  button:disabled {
    opacity: 0.6;
    cursor: progress;
  }
  .inline-form {
    display: grid;
    gap: 0.5rem;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
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
  .hint {
    font-size: 0.8125em;
  }
  .form-error {
    color: var(--_danger);
  }
  .skeleton.line {
    block-size: 1rem;
  }
  .skeleton.title {
    block-size: 1.75rem;
    inline-size: 60%;
  }
`;
