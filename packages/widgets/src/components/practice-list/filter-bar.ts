// The practice list's filter bar: free text, objective, principle, region, country and language.
// A separate module, loaded only by lists with `filters`: most embeds are fixed feeds.
import type { Taxonomy } from '@mnh/sdk';
import type { Debouncer } from '../../internal/debounce.js';
import { selectField } from '../../internal/fields.js';
import type { Option } from '../../internal/fields.js';
import { filterForm } from '../../internal/filter-form.js';
import type { CommonStrings } from '../../internal/strings/index.js';

export { fieldStyles } from '../../internal/fields.styles.js';
import type { PracticeListStrings } from './strings/index.js';

export type FilterKey = 'q' | 'objective' | 'principle' | 'region' | 'country' | 'language';

export interface FilterBarView {
  values: Record<FilterKey, string>;
  taxonomy: Taxonomy | undefined;
  s: CommonStrings & PracticeListStrings;
  typing: Debouncer;
  /** Applies the visitor's change; `push` adds a history entry with `sync-url`. */
  choose: (changes: Partial<Record<FilterKey, string>>, push?: boolean) => void;
}

export function renderFilterBar({ values, taxonomy: t, s, typing, choose }: FilterBarView) {
  const regions = values.region ? values.region.split(',') : undefined;
  const select = (key: FilterKey, label: string, options: readonly Option[] = []) =>
    selectField(label, values[key], options, s.any, (value) => choose({ [key]: value }));
  const search = { label: s.filters, searchLabel: s.searchLabel, q: values.q, typing, search: (q: string, push?: boolean) => choose({ q }, push) };
  return filterForm(search, [
    select('objective', s.objectives, t?.objectives.map((o) => [String(o.number), `${o.number} · ${o.label}`])),
    select('principle', s.principles, t?.principles.map((p) => [p.key, p.label])),
    select('region', s.regions, t?.regions.map((r) => [r.key, r.label])),
    select(
      'country',
      s.countries,
      t?.countries.filter((c) => !regions || regions.includes(c.region)).map((c) => [c.code, c.label]),
    ),
    select('language', s.languages, t?.languages.map((l) => [l.code, l.label])),
  ]);
}
