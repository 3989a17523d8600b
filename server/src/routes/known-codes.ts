// Refuses filter values the taxonomy does not know (themes, countries), naming the field in the 400.
import type { Store } from '../store/types.js';
import { invalidRequest, type FieldError } from '../http/problem.js';

export interface CodeCheck {
  field: string;
  kind: 'theme' | 'country';
  values: readonly string[] | undefined;
}

/**
 * A checker that loads the known theme keys and country codes once per store version, so the
 * taxonomy (editable data) decides what is valid without a store call on every request.
 */
export function knownCodes(store: Store): (checks: readonly CodeCheck[]) => Promise<void> {
  let cached: { version: number; themes: Set<string>; countries: Set<string> } | undefined;

  async function load() {
    const version = store.version();
    if (cached?.version !== version) {
      const [themes, countries] = await Promise.all([store.taxonomy.knownThemes(), store.taxonomy.knownCountries()]);
      cached = { version, themes, countries };
    }
    return cached;
  }

  return async (checks) => {
    if (checks.every((check) => !check.values?.length)) return;
    const known = await load();
    const errors: FieldError[] = [];
    for (const { field, kind, values } of checks) {
      const set = kind === 'theme' ? known.themes : known.countries;
      const unknown = (values ?? []).filter((value) => !set.has(value));
      if (unknown.length > 0) {
        errors.push({ field, in: 'query', message: `unknown ${kind} ${unknown.map((u) => JSON.stringify(u)).join(', ')}; see /v1/taxonomy` });
      }
    }
    if (errors.length > 0) throw invalidRequest(errors);
  };
}
