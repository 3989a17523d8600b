// Interface text by language: English is built in, each other UN language loads when a widget first needs it.
import type { UiLanguage } from '@mnh/sdk';
import type { CommonStrings } from './strings/en.js';

export type Loaders<S> = Record<Exclude<UiLanguage, 'en'>, () => Promise<{ default: S }>>;

/**
 * One component's tables. Languages other than English are separate modules, so a page pays only
 * for the language it shows; the script-tag bundle inlines them all into its one file.
 */
export class Translations<S> {
  readonly #tables = new Map<UiLanguage, S>();
  readonly #pending = new Map<UiLanguage, Promise<unknown>>();

  constructor(
    english: S,
    private readonly loaders: Loaders<S>,
  ) {
    this.#tables.set('en', english);
  }

  /** The table for `lang` when it has arrived. */
  get(lang: UiLanguage): S | undefined {
    return this.#tables.get(lang);
  }

  /** Loads `lang` once, whoever asks; a failed load is tried again on the next ask. */
  load(lang: UiLanguage): Promise<unknown> {
    if (lang === 'en' || this.#tables.has(lang)) return Promise.resolve();
    let pending = this.#pending.get(lang);
    if (!pending) {
      pending = this.loaders[lang]().then(
        (table) => this.#tables.set(lang, table.default),
        () => this.#pending.delete(lang),
      );
      this.#pending.set(lang, pending);
    }
    return pending;
  }
}

const merged = new WeakMap<object, Map<UiLanguage, object>>();

/**
 * The shared and the component's text for `lang`, as one object; English (and `onLoad` called
 * later) while either table is still on its way.
 */
export function textFor<S>(
  common: Translations<CommonStrings>,
  own: Translations<S>,
  lang: UiLanguage,
  onLoad: () => void,
): CommonStrings & S {
  let byLang = merged.get(own);
  if (!byLang) merged.set(own, (byLang = new Map()));
  const cached = byLang.get(lang) as (CommonStrings & S) | undefined;
  if (cached) return cached;
  const shared = common.get(lang);
  const mine = own.get(lang);
  if (!shared || !mine) {
    void Promise.all([common.load(lang), own.load(lang)]).then(onLoad);
    return textFor(common, own, 'en', onLoad);
  }
  const text = { ...shared, ...mine };
  byLang.set(lang, text);
  return text;
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}
