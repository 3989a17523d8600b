// The taxonomy's labels, fetched once per client and language and shared by every widget.
import type { HubClient, Taxonomy, UiLanguage } from '@mnh/sdk';

const cache = new WeakMap<HubClient, Map<UiLanguage, Promise<Taxonomy>>>();

/** One request per client and language, however many widgets ask; a failed one is asked again. */
export function taxonomyFor(client: HubClient, lang: UiLanguage): Promise<Taxonomy> {
  let byLang = cache.get(client);
  if (!byLang) cache.set(client, (byLang = new Map()));
  let pending = byLang.get(lang);
  if (!pending) {
    // No signal: the request is shared, so one widget leaving the page must not cancel it.
    pending = client.getTaxonomy({ lang });
    pending.catch(() => byLang.delete(lang));
    byLang.set(lang, pending);
  }
  return pending;
}

export type LabelKind =
  | 'objectives'
  | 'principles'
  | 'themes'
  | 'regions'
  | 'countries'
  | 'languages'
  | 'organisationKinds'
  | 'scopes'
  | 'statuses';

const kinds: LabelKind[] = [
  'objectives',
  'principles',
  'themes',
  'regions',
  'countries',
  'languages',
  'organisationKinds',
  'scopes',
  'statuses',
];

type Entry = { label: string; number?: number; code?: string; key?: string };

/** Labels by kind and key; until the taxonomy arrives (or if it can't), the key stands in. */
export class Labels {
  readonly #maps = new Map<LabelKind, Map<string, string>>();

  constructor(readonly taxonomy?: Taxonomy) {
    for (const kind of kinds) {
      const entries: Entry[] = taxonomy?.[kind] ?? [];
      this.#maps.set(kind, new Map(entries.map((e) => [String(e.number ?? e.code ?? e.key), e.label])));
    }
  }

  of(kind: LabelKind, key: string | number): string {
    return this.#maps.get(kind)?.get(String(key)) ?? String(key);
  }

  /** Labels for several keys, in the order given. */
  all(kind: LabelKind, keys: readonly (string | number)[]): string[] {
    return keys.map((key) => this.of(kind, key));
  }
}
