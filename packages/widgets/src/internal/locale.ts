// Follows the element's, else the provider's, else the page's language, and formats through Intl.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { UiLanguage } from '@mnh/sdk';

export const uiLanguages: readonly UiLanguage[] = ['ar', 'en', 'es', 'fr', 'ru', 'zh'];

/** The UN language a BCP 47 tag belongs to (`fr-CA` → `fr`, `zh-Hans` → `zh`), if any. */
export function toUiLanguage(tag: string | null | undefined): UiLanguage | undefined {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return uiLanguages.find((lang) => lang === base);
}

export interface LocaleHost extends ReactiveControllerHost, HTMLElement {
  /** The language the surrounding <mnh-provider> asks for, if any. */
  readonly contextLang: string | undefined;
}

/** Plural forms of a message, `{n}` standing for the formatted number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

// One observer of <html lang> for all widgets, so changing the page's language re-renders them.
const hosts = new Set<LocaleHost>();
let pageObserver: MutationObserver | undefined;

function observePage(): void {
  pageObserver ??= new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
  pageObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat | Intl.PluralRules>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat | Intl.PluralRules>(
  key: string,
  make: () => T,
): T {
  let format = formats.get(key) as T | undefined;
  if (!format) formats.set(key, (format = make()));
  return format;
}

export class LocaleController implements ReactiveController {
  /** The `dir` this controller last set, so one the page author set is left alone. */
  #dirSet: string | undefined;

  constructor(private readonly host: LocaleHost) {
    host.addController(this);
  }

  get lang(): UiLanguage {
    return (
      toUiLanguage(this.host.getAttribute('lang')) ??
      toUiLanguage(this.host.contextLang) ??
      toUiLanguage(document.documentElement.lang) ??
      'en'
    );
  }

  get dir(): 'ltr' | 'rtl' {
    return this.lang === 'ar' ? 'rtl' : 'ltr';
  }

  hostConnected(): void {
    hosts.add(this.host);
    observePage();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }

  hostUpdate(): void {
    const current = this.host.getAttribute('dir');
    if (current !== null && current !== this.#dirSet) return;
    this.#dirSet = this.dir;
    if (current !== this.#dirSet) this.host.setAttribute('dir', this.#dirSet);
  }

  number(value: number): string {
    return cached(`n${this.lang}`, () => new Intl.NumberFormat(this.lang)).format(value);
  }

  date(iso: string): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    return cached(`d${this.lang}`, () => new Intl.DateTimeFormat(this.lang, { dateStyle: 'long' })).format(date);
  }

  /** "Kenya, Uganda and Tanzania", in the widget's language. */
  list(items: readonly string[]): string {
    return cached(`l${this.lang}`, () => new Intl.ListFormat(this.lang, { type: 'conjunction' })).format(items);
  }

  /** The plural form for `n`, e.g. "123 practices". */
  count(forms: PluralForms, n: number): string {
    const rule = cached(`p${this.lang}`, () => new Intl.PluralRules(this.lang)).select(n);
    return (forms[rule] ?? forms.other).replace('{n}', this.number(n));
  }
}
