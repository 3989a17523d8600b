// The resource list's filter bar: free text, type, objective, region and language.
// A separate module, loaded only by lists with `filters`: most embeds are fixed feeds.
import type { Taxonomy } from '@mnh/sdk';
import type { Debouncer } from '../../internal/debounce.js';
import { selectField } from '../../internal/fields.js';
import type { Option } from '../../internal/fields.js';
import { filterForm } from '../../internal/filter-form.js';
import type { CommonStrings } from '../../internal/strings/index.js';
import type { ResourceListStrings } from './strings/index.js';

export { fieldStyles } from '../../internal/fields.styles.js';

export type ResourceFilterKey = 'q' | 'type' | 'objective' | 'region' | 'language';

export interface ResourceFilterBarView {
  values: Record<ResourceFilterKey, string>;
  taxonomy: Taxonomy | undefined;
  s: CommonStrings & ResourceListStrings;
  typing: Debouncer;
  choose: (changes: Partial<Record<ResourceFilterKey, string>>) => void;
}

export function renderResourceFilterBar({ values, taxonomy: t, s, typing, choose }: ResourceFilterBarView) {
  const select = (key: ResourceFilterKey, label: string, options: readonly Option[] = []) =>
    selectField(label, values[key], options, s.any, (value) => choose({ [key]: value }));
  return filterForm({ label: s.filters, searchLabel: s.searchLabel, q: values.q, typing, search: (q) => choose({ q }) }, [
    select('type', s.types, t?.resourceTypes.map((r) => [r.key, r.label])),
    select('objective', s.objectives, t?.objectives.map((o) => [String(o.number), `${o.number} · ${o.label}`])),
    select('region', s.regions, t?.regions.map((r) => [r.key, r.label])),
    select('language', s.languages, t?.languages.map((l) => [l.code, l.label])),
  ]);
}
