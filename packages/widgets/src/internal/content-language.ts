// The language a practice's or resource's text is in: its direction, its name in itself, and the switch between translations.
import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { UiLanguage } from '@mnh/sdk';

/** Each language named in itself, so a reader finds theirs whatever the interface language. */
const ENDONYMS: Record<string, string> = { ar: 'العربية', en: 'English', es: 'Español', fr: 'Français', ru: 'Русский', zh: '中文' };

/** Scripts written right to left among the languages content comes in. */
const RTL = new Set(['ar', 'fa', 'he', 'ur']);

export function dirOf(language: string): 'rtl' | 'ltr' {
  return RTL.has(language) ? 'rtl' : 'ltr';
}

export function endonym(language: string): string {
  return ENDONYMS[language] ?? language;
}

/** What the switch needs of an item: the language served, the original's, and the approved translations. */
export interface Translated {
  language: string;
  originalLanguage?: string;
  translations?: string[];
}

/** The languages an item can be read in, the original first; just one when it has no translation. */
export function readableIn(item: Translated): string[] {
  const original = item.originalLanguage ?? item.language;
  return [original, ...(item.translations ?? []).filter((l) => l !== original)];
}

/**
 * "Also in: Français, العربية": one toggle button per language the item can be read in, the one
 * shown pressed. Nothing when there is no translation. Each name carries its own `lang`.
 */
export function languageSwitch(item: Translated, label: string, choose: (language: UiLanguage) => void): TemplateResult | typeof nothing {
  const languages = readableIn(item);
  if (languages.length < 2) return nothing;
  return html`<div part="languages" class="languages" role="group" aria-label=${label}>
    <span aria-hidden="true">${label}</span>
    ${languages.map(
      (language) =>
        html`<button
          type="button"
          part="language"
          lang=${language}
          aria-pressed=${language === item.language ? 'true' : 'false'}
          @click=${() => choose(language as UiLanguage)}
        >
          ${endonym(language)}
        </button>`,
    )}
  </div>`;
}

/** The switch as a row of small toggles; the language shown is the filled one. */
export const languageSwitchStyles = css`
  .languages {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    margin-block-start: calc(var(--_space) * 0.5);
  }
  .languages button {
    min-block-size: 2rem;
    padding-inline: calc(var(--_space) * 0.5);
  }
  .languages button[aria-pressed='false'] {
    background: transparent;
    color: var(--_accent);
  }
`;
