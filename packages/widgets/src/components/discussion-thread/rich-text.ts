// Comment and welcome text from the hub's `blocks` tree, as Lit templates and text nodes only: no HTML is ever parsed.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Block, Inline, ListItem, RichText } from './discussion-api.js';

/** Deeper trees than this are not something the hub's Markdown subset makes; the rest shows as nothing. */
const MAX_DEPTH = 8;

/** The href for a link, only for http(s) and mailto: `javascript:`, `data:` and the like stay text. */
export function linkHref(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined;
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'mailto:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const isInline = (node: Inline | Block): node is Inline => ['text', 'em', 'strong', 'link', 'br'].includes(node.type);

function inline(node: Inline, depth: number): unknown {
  if (depth > MAX_DEPTH) return nothing;
  switch (node.type) {
    case 'text':
      return typeof node.text === 'string' ? node.text : nothing;
    case 'br':
      return html`<br />`;
    case 'em':
      return html`<em>${inlines(node.children, depth + 1)}</em>`;
    case 'strong':
      return html`<strong>${inlines(node.children, depth + 1)}</strong>`;
    case 'link': {
      const href = linkHref(node.href);
      const text = inlines(node.children, depth + 1);
      return href ? html`<a part="comment-link" href=${href} rel="nofollow ugc noopener">${text}</a>` : text;
    }
    default:
      return nothing;
  }
}

function inlines(nodes: readonly Inline[] | undefined, depth: number): unknown[] {
  return Array.isArray(nodes) ? nodes.map((node) => inline(node, depth)) : [];
}

function item(node: ListItem, depth: number): TemplateResult {
  return html`<li>${children(node.children, depth + 1)}</li>`;
}

/** A block's content: inline runs, or nested blocks (a quote holding paragraphs). */
function children(nodes: readonly (Inline | Block)[] | undefined, depth: number): unknown {
  if (!Array.isArray(nodes)) return nothing;
  return nodes.map((node) => (isInline(node) ? inline(node, depth) : block(node, depth)));
}

function block(node: Block, depth: number): unknown {
  if (depth > MAX_DEPTH) return nothing;
  switch (node.type) {
    case 'p':
      return html`<p>${children(node.children, depth + 1)}</p>`;
    case 'quote':
      return html`<blockquote>${children(node.children, depth + 1)}</blockquote>`;
    case 'ul':
      return html`<ul>${node.children.map((li) => item(li, depth + 1))}</ul>`;
    case 'ol':
      return html`<ol>${node.children.map((li) => item(li, depth + 1))}</ol>`;
    default:
      return nothing;
  }
}

/** The text's blocks; `lang` is the text's own language when known, `dir="auto"` for either direction. */
export function richText(text: RichText | null | undefined, part = 'body'): TemplateResult | typeof nothing {
  if (!text || !Array.isArray(text.blocks)) return nothing;
  return html`<div part=${part} class="rich" dir="auto">${text.blocks.map((node) => block(node, 0))}</div>`;
}
