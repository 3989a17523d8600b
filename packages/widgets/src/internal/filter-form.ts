// The form every list's filter bar is: a labelled search landmark, free text as you type, and the list's selects.
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Debouncer } from './debounce.js';
import { searchField } from './fields.js';

/** How long typing must pause before the list asks the hub. */
const TYPING_PAUSE_MS = 300;

export interface FilterFormView {
  /** The search landmark's name, e.g. "Filter practices". */
  label: string;
  searchLabel: string;
  q: string;
  typing: Debouncer;
  /** Applies a search text; `push` is false while typing, so history gets an entry per search, not per key. */
  search: (q: string, push?: boolean) => void;
}

/** Enter searches at once; typing searches once it pauses. */
export function filterForm({ label, searchLabel, q, typing, search }: FilterFormView, selects: readonly TemplateResult[]): TemplateResult {
  return html`<form
    part="filters"
    class="fields"
    role="search"
    aria-label=${label}
    @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      typing.cancel();
      search(String(new FormData(e.target as HTMLFormElement).get('q') ?? ''));
    }}
  >
    ${searchField(searchLabel, q, (value) => typing.run(TYPING_PAUSE_MS, () => search(value, false)))} ${selects}
  </form>`;
}
