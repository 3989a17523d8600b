// The parts of a faceted list request (practices, resources) that a per-parameter schema cannot check.
import { invalidRequest, type FieldError } from '../http/problem.js';
import type { PracticeSort } from '../store/types.js';
import type { CodeCheck } from './known-codes.js';

/** What the list operations' validated query parameters have in common. */
interface FacetedParams {
  q?: string;
  theme?: string[];
  country?: string[];
  yearFrom?: number;
  yearTo?: number;
  sort?: PracticeSort;
  limit?: number;
  lang?: string;
}

/** The taxonomy codes to check against the editable taxonomy (see knownCodes). */
export function codeChecks(query: FacetedParams): CodeCheck[] {
  return [
    { field: 'theme', kind: 'theme', values: query.theme },
    { field: 'country', kind: 'country', values: query.country },
  ];
}

/**
 * Rules across parameters, then the store's query: `relevance` needs words, the years must be in
 * order; the sort defaults to relevance with `q` and to newest without, the page to 20.
 */
export function toFacetedQuery<Q extends FacetedParams>(query: Q): Omit<Q, 'lang' | 'sort' | 'limit'> & { sort: PracticeSort; limit: number } {
  const errors: FieldError[] = [];
  if (query.sort === 'relevance' && query.q === undefined) {
    errors.push({ field: 'sort', in: 'query', message: 'relevance needs a search text in q' });
  }
  if (query.yearFrom !== undefined && query.yearTo !== undefined && query.yearFrom > query.yearTo) {
    errors.push({ field: 'yearTo', in: 'query', message: 'must not be before yearFrom' });
  }
  if (errors.length > 0) throw invalidRequest(errors);
  const { lang: _lang, sort, limit, ...filters } = query;
  return { ...filters, sort: sort ?? (query.q === undefined ? 'newest' : 'relevance'), limit: limit ?? 20 };
}
