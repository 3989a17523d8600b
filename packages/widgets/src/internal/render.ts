// Small templates the detail views share: facts, tags, safe links.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { CommonStrings } from './strings/index.js';

export interface Link {
  title: string;
  url: string;
}

/**
 * A name from the API inside text in the interface language (`Name (Academia)`, a list of
 * partners), isolated like `dir="auto"` so an English name reads right in Arabic and vice versa.
 */
export function isolate(name: string): string {
  return `\u2068${name}\u2069`;
}

/** The URL to put in an href, only for http(s): `javascript:` and the like stay text. */
export function safeHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** One term and its value in a `<dl>`; nothing when the value is empty. */
export function fact(term: string, value: string | TemplateResult | undefined): TemplateResult | typeof nothing {
  if (value === undefined || value === '') return nothing;
  return html`<div class="fact"><dt>${term}</dt><dd>${value}</dd></div>`;
}

export function tags(labels: readonly string[]): TemplateResult | undefined {
  if (!labels.length) return undefined;
  return html`<ul class="tags">${labels.map((label) => html`<li>${label}</li>`)}</ul>`;
}

/** A titled block of free text from the API; `lang` is the text's own language, when known, and `dir` its direction. */
export function prose(heading: string, text: string, lang?: string, dir: 'ltr' | 'rtl' | 'auto' = 'auto'): TemplateResult | typeof nothing {
  if (!text.trim()) return nothing;
  return html`<section part="section">
    <h3>${heading}</h3>
    <p class="prose" lang=${lang ?? nothing} dir=${dir}>${text}</p>
  </section>`;
}

export function linkList(links: readonly Link[], s: CommonStrings): TemplateResult | typeof nothing {
  if (!links.length) return nothing;
  return html`<section part="section">
    <h3>${s.links}</h3>
    <ul class="links">
      ${links.map((link) => {
        const href = safeHref(link.url);
        return html`<li>
          ${href
            ? html`<a part="link" href=${href} target="_blank" rel="noopener noreferrer"
                ><bdi>${link.title}</bdi><span class="vh"> ${s.newTab}</span></a
              >`
            : html`<bdi>${link.title}</bdi>`}
        </li>`;
      })}
    </ul>
  </section>`;
}
