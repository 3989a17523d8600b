// Comment and welcome text: the safe Markdown subset rendered once into sanitised HTML and a JSON block tree.
import MarkdownIt, { type Token } from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import type { Block, Inline, RichText } from './types.js';

/**
 * The `zero` preset turns every rule off; only the subset the hub promises is switched back on.
 * Raw HTML stays off (`html: false`), so markup typed in a comment is shown as text; code, headings,
 * images and tables are not enabled, so they are shown as the characters typed.
 */
const md = new MarkdownIt('zero', { html: false, breaks: true, linkify: false })
  .enable(['paragraph', 'blockquote', 'list', 'newline', 'escape', 'emphasis', 'link', 'entity']);

const SAFE_LINK = /^(?:https?:\/\/|mailto:)/i;
// Only http(s) and mailto: a link with any other scheme (javascript:, data:, vbscript:) stays literal text.
md.validateLink = (url) => SAFE_LINK.test(url.trim());

/**
 * Bidi overrides and isolates can make a link's text read as something else (an RLO turns
 * "moc.elpmaxe" around); real right-to-left text never needs them, so rendered output drops them.
 * The Markdown source keeps every character.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'em', 'strong', 'ul', 'ol', 'li', 'blockquote', 'a', 'br'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow ugc noopener' }) },
};

/** Renders Markdown source in the safe subset; the source itself is returned unchanged. */
export function renderRichText(markdown: string): RichText {
  const tokens = md.parse(markdown, {});
  const html = sanitizeHtml(md.renderer.render(tokens, md.options, {}), SANITIZE).replace(BIDI_CONTROLS, '');
  return { markdown, html, blocks: toBlocks(tokens) };
}

/** Walks the block tokens once, nesting by their `_open`/`_close` pairs. */
function toBlocks(tokens: Token[]): Block[] {
  const root: Block = { type: 'p', children: [] };
  const stack: Block[] = [root];
  const top = () => stack[stack.length - 1]!;
  for (const token of tokens) {
    switch (token.type) {
      case 'blockquote_open':
      case 'bullet_list_open':
      case 'ordered_list_open':
      case 'list_item_open': {
        const type = token.type === 'blockquote_open' ? 'quote' : token.type === 'bullet_list_open' ? 'ul' : token.type === 'ordered_list_open' ? 'ol' : 'li';
        const block: Block = { type, children: [] };
        top().children.push(block);
        stack.push(block);
        break;
      }
      case 'blockquote_close':
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'list_item_close':
        stack.pop();
        break;
      case 'inline': {
        const inlines = toInlines(token.children ?? []);
        const parent = top();
        // Inside a list item, paragraphs are not wrapped: a second one follows after a line break.
        if (parent.type === 'li') {
          if (parent.children.length > 0) parent.children.push({ type: 'br' });
          parent.children.push(...inlines);
        } else {
          parent.children.push({ type: 'p', children: inlines });
        }
        break;
      }
      default:
        break;
    }
  }
  return root.children as Block[];
}

function toInlines(tokens: Token[]): Inline[] {
  const root: { children: Inline[] } = { children: [] };
  const stack: { children: Inline[] }[] = [root];
  const top = () => stack[stack.length - 1]!;
  for (const token of tokens) {
    switch (token.type) {
      case 'text': {
        const text = token.content.replace(BIDI_CONTROLS, '');
        const siblings = top().children;
        const last = siblings[siblings.length - 1];
        if (last?.type === 'text') last.text += text;
        else if (text !== '') siblings.push({ type: 'text', text });
        break;
      }
      case 'softbreak':
      case 'hardbreak':
        top().children.push({ type: 'br' });
        break;
      case 'em_open':
      case 'strong_open':
      case 'link_open': {
        const children: Inline[] = [];
        const inline: Inline =
          token.type === 'link_open'
            ? { type: 'link', href: String(token.attrGet('href') ?? ''), children }
            : { type: token.type === 'em_open' ? 'em' : 'strong', children };
        top().children.push(inline);
        stack.push({ children });
        break;
      }
      case 'em_close':
      case 'strong_close':
      case 'link_close':
        stack.pop();
        break;
      default:
        // Anything else the enabled rules produce is shown as the text it came from.
        if (token.content) top().children.push({ type: 'text', text: token.content.replace(BIDI_CONTROLS, '') });
        break;
    }
  }
  return root.children;
}
