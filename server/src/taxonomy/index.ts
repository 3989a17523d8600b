// The default taxonomy as flat terms, ready to load into a store's editable taxonomy tables.
import { COUNTRIES, REGIONS } from './geography.js';
import type { TaxonomyTerm } from './labels.js';
import { LANGUAGES } from './languages.js';
import { OBJECTIVES } from './objectives.js';
import { PRINCIPLES } from './principles.js';
import { RESOURCE_TYPES } from './resource-types.js';
import { THEMES } from './themes.js';
import { ORGANISATION_KINDS, SCOPES, STATUSES } from './vocabularies.js';

export { UI_LANGUAGES, type Labels, type TaxonomyTerm, type Vocabulary } from './labels.js';
export { OBJECTIVES } from './objectives.js';
export { PRINCIPLES } from './principles.js';
export { THEMES } from './themes.js';
export { COUNTRIES, REGIONS } from './geography.js';
export { LANGUAGES } from './languages.js';
export { ORGANISATION_KINDS, SCOPES, STATUSES } from './vocabularies.js';
export { RESOURCE_TYPES } from './resource-types.js';

/** Every term of every vocabulary, each vocabulary in its display order. */
export function defaultTaxonomyTerms(): TaxonomyTerm[] {
  return [
    ...OBJECTIVES.map((o): TaxonomyTerm => ({ vocabulary: 'objective', key: String(o.number), labels: o.labels, titles: o.titles })),
    ...PRINCIPLES.map((p): TaxonomyTerm => ({ vocabulary: 'principle', key: p.key, labels: p.labels })),
    ...THEMES.map((t): TaxonomyTerm => ({ vocabulary: 'theme', key: t.key, labels: t.labels })),
    ...REGIONS.map((r): TaxonomyTerm => ({ vocabulary: 'region', key: r.key, labels: r.labels })),
    ...COUNTRIES.map((c): TaxonomyTerm => ({ vocabulary: 'country', key: c.code, labels: c.labels, region: c.region })),
    ...LANGUAGES.map((l): TaxonomyTerm => ({ vocabulary: 'language', key: l.code, labels: l.labels })),
    ...ORGANISATION_KINDS.map(
      (k): TaxonomyTerm => ({ vocabulary: 'organisation-kind', key: k.key, labels: k.labels, unEntity: k.unEntity }),
    ),
    ...SCOPES.map((s): TaxonomyTerm => ({ vocabulary: 'scope', key: s.key, labels: s.labels })),
    ...STATUSES.map((s): TaxonomyTerm => ({ vocabulary: 'status', key: s.key, labels: s.labels })),
    ...RESOURCE_TYPES.map((r): TaxonomyTerm => ({ vocabulary: 'resource-type', key: r.key, labels: r.labels })),
  ];
}

/** The default objective mapping of each thematic cluster. */
export function defaultThemeObjectives(): { theme: string; objective: number }[] {
  return THEMES.flatMap((t) => t.objectives.map((objective) => ({ theme: t.key, objective })));
}
