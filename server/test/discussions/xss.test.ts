// Hostile comment text posted through the API: the Markdown comes back byte for byte, the HTML and blocks carry nothing that runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discussionHub, post, type Comment, type DiscussionHub } from './support.js';

type Node = { type: string; href?: string; text?: string; children?: Node[] };

const CORPUS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<a href="https://ok.example" onclick="alert(1)">click</a>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](java\tscript:alert(1))',
  '[click](&#106;avascript:alert(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[click](vbscript:msgbox(1))',
  '<svg onload=alert(1)><circle r=10 /></svg>',
  '<svg><script>alert(1)</script></svg>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '"><img src=x onerror=alert(1)>',
  '<<script>script>alert(1)<</script>/script>',
  '<a href="https://ok.example>broken',
  '![img](https://evil.example/x.png" onerror="alert(1))',
  '[ok](https://ok.example "title\\" onmouseover=\\"alert(1)")',
  '<style>body{background:url(javascript:alert(1))}</style>',
  '[\u202Egpj.exe](https://evil.example/file.exe)',
  '[paypal\u200B.com](https://evil.example)',
  '<form action=https://evil.example><input name=q></form>',
  '`<script>alert(1)</script>`',
  '```\n<script>alert(1)</script>\n```',
  '> <script>alert(1)</script>\n> *quoted*',
  '- <b onmouseover=alert(1)>item</b>\n- [x](javascript:alert(1))',
];

/** Tags the allowlist permits; anything else in the HTML would be a failure of the sanitiser. */
const SAFE_TAGS = new Set(['p', 'em', 'strong', 'ul', 'ol', 'li', 'blockquote', 'a', 'br']);

function linksIn(nodes: Node[]): string[] {
  return nodes.flatMap((n) => [...(n.type === 'link' ? [n.href ?? ''] : []), ...linksIn(n.children ?? [])]);
}

let hub: DiscussionHub;
beforeAll(async () => {
  hub = await discussionHub();
}, 60_000);
afterAll(() => hub.close());

describe('hostile comments', () => {
  it.each(CORPUS)('%s: stored intact, rendered inert', async (markdown) => {
    const res = await post(hub, hub.tokens.author, hub.discussion.id, markdown);
    expect(res.status, res.text).toBe(201);
    const comment = res.json as Comment;
    expect(comment.body?.markdown).toBe(markdown);
    const html = comment.body!.html;
    // Every real tag (text is escaped, so `<` only opens markup) is allowed, with only href and rel.
    for (const [, tag, attributes] of html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
      expect(SAFE_TAGS, `<${tag}> in ${html}`).toContain(tag!.toLowerCase());
      const names = [...attributes!.matchAll(/([^\s=/]+)\s*=/g)].map((m) => m[1]);
      for (const name of names) expect(['href', 'rel'], `${name} in ${html}`).toContain(name);
    }
    expect(html.replace(/<\/?(?:p|em|strong|ul|ol|li|blockquote|br|a)(?: href="[^"]*" rel="nofollow ugc noopener")? ?\/?>/g, '')).not.toContain('<');
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^(?:https?:|mailto:)/);
    for (const a of html.match(/<a [^>]*>/g) ?? []) expect(a).toContain('rel="nofollow ugc noopener"');
    expect(html).not.toContain('target=');
    expect(html).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    for (const href of linksIn(comment.body!.blocks as Node[])) expect(href).toMatch(/^(?:https?:|mailto:)/);
    expect(JSON.stringify(comment.body!.blocks)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it('keeps the safe subset working: emphasis, lists, quotes and links with rel', async () => {
    const res = await post(hub, hub.tokens.author, hub.discussion.id, '**Bold** and *soft*\n\n> quoted\n\n1. one\n2. [two](https://example.org/two)');
    const body = (res.json as Comment).body!;
    expect(body.html).toBe(
      '<p><strong>Bold</strong> and <em>soft</em></p>\n<blockquote>\n<p>quoted</p>\n</blockquote>\n<ol>\n<li>one</li>\n<li><a href="https://example.org/two" rel="nofollow ugc noopener">two</a></li>\n</ol>\n',
    );
    expect(body.blocks).toEqual([
      { type: 'p', children: [{ type: 'strong', children: [{ type: 'text', text: 'Bold' }] }, { type: 'text', text: ' and ' }, { type: 'em', children: [{ type: 'text', text: 'soft' }] }] },
      { type: 'quote', children: [{ type: 'p', children: [{ type: 'text', text: 'quoted' }] }] },
      { type: 'ol', children: [{ type: 'li', children: [{ type: 'text', text: 'one' }] }, { type: 'li', children: [{ type: 'link', href: 'https://example.org/two', children: [{ type: 'text', text: 'two' }] }] }] },
    ]);
  });

  it('shows script typed as text, as the characters typed', async () => {
    const res = await post(hub, hub.tokens.author, hub.discussion.id, '<script>alert(1)</script>');
    expect((res.json as Comment).body!.blocks).toEqual([{ type: 'p', children: [{ type: 'text', text: '<script>alert(1)</script>' }] }]);
  });
});
