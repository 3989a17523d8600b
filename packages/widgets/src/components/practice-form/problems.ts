// Where the hub's field problems belong in <mnh-practice-form>: the step, the control and the words for each JSON pointer.
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { FieldError, Taxonomy } from '@mnh/sdk';
import { fill } from '../../internal/i18n.js';
import type { FormText } from './strings/index.js';

/** The content's fields on each step, by their first pointer segment; anything else is on the last step. */
const STEP_FIELDS: readonly (readonly string[])[] = [
  ['title', 'summary', 'description', 'language', 'otherLanguages'],
  ['objectives', 'themes', 'principles'],
  ['countries', 'regions', 'scope', 'organisation', 'partners', 'focalPoint'],
  ['implementation', 'results', 'lessonsLearned', 'replicability', 'funding'],
  ['links', 'files'],
];

const segments = (pointer: string) => pointer.split('/').slice(1);

/**
 * Where a problem is shown when the form has no control of its own for it: the whole period at
 * its first field, a name at its group's first field, a principle claimed twice at the list.
 */
export function shownAt(pointer: string): string {
  if (pointer === '/implementation') return '/implementation/startYear';
  if (/^\/(organisation|focalPoint)\/name$/.test(pointer)) return pointer.slice(0, -'/name'.length);
  if (/^\/principles\/\d+\/principle$/.test(pointer)) return '/principles';
  return pointer;
}

export function stepOf(pointer: string): number {
  const key = segments(pointer)[0] ?? '';
  const step = STEP_FIELDS.findIndex((keys) => keys.includes(key));
  return step < 0 ? STEP_FIELDS.length : step;
}

/** The id of the control for a pointer: `/principles/0/justification` → `f-principles-0-justification`. */
export function idOf(pointer: string): string {
  return `f-${segments(pointer).join('-')}`;
}

/**
 * The control to take someone to for `pointer`: its own, else its parent's (`/implementation`
 * when the whole period is missing has its first field, `f-implementation`).
 */
export function controlFor(root: ParentNode, pointer: string): HTMLElement | null {
  const parts = segments(shownAt(pointer));
  for (let n = parts.length; n > 0; n--) {
    const found = root.querySelector<HTMLElement>(`#f-${parts.slice(0, n).join('-')}`);
    if (found) return found;
  }
  return null;
}

/** The field's name as the form labels it. */
function labelOf(pointer: string, s: FormText, taxonomy: Taxonomy | undefined, principles: readonly string[]): string {
  const [key = '', index, sub] = segments(pointer);
  if (key === 'principles' && index !== undefined) {
    const principle = principles[Number(index)] ?? '';
    return taxonomy?.principles.find((p) => p.key === principle)?.label ?? principle;
  }
  const labels: Record<string, string> = {
    title: s.titleLabel,
    summary: s.summaryLabel,
    description: s.descriptionLabel,
    language: s.languageLabel,
    otherLanguages: s.otherLanguages,
    objectives: s.objectives,
    themes: s.themes,
    principles: s.principles,
    countries: s.countries,
    regions: s.regions,
    scope: s.scope,
    organisation: s.organisationName,
    partners: s.partners,
    focalPoint: s.focalPoint,
    implementation: s.startYear,
    startYear: s.startYear,
    endYear: s.endYear,
    status: s.status,
    results: s.results,
    lessonsLearned: s.lessons,
    replicability: s.replicability,
    funding: s.funding,
    links: s.links,
  };
  return labels[sub ?? (key === 'implementation' ? (index ?? key) : key)] ?? key;
}

/**
 * A problem in the interface's language where the hub's checklist item is known (the hub words
 * its problems in English), else the hub's own words after the field's name.
 */
export function messageFor(
  error: FieldError,
  s: FormText,
  taxonomy: Taxonomy | undefined,
  principles: readonly string[],
): string {
  const { field, message } = error;
  const label = labelOf(field, s, taxonomy, principles);
  if (/^\/principles\/\d+\/justification$/.test(field)) return fill(s.errJustify, { label });
  if (field === '/objectives') return s.errObjectives;
  if (field === '/principles') return s.errPrinciples;
  if (field === '/implementation/status' && message.startsWith('must be')) return s.errStatus;
  if (field === '/implementation/endYear' && message.includes('before')) return s.errEndYear;
  if (message.includes('required')) return fill(s.errRequired, { label });
  return `${label}: ${message}`;
}

/**
 * The GOV.UK error summary: a titled list of links, each to the control its problem is about;
 * focused when it appears so that screen readers read it first.
 */
export function errorSummary(
  errors: readonly { field: string; text: string }[],
  s: FormText,
  go: (pointer: string) => void,
): TemplateResult {
  return html`<div part="error-summary" class="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
    <h2 id="error-summary-title">${s.problemTitle}</h2>
    <ul>
      ${errors.map(
        ({ field, text }) => html`<li>
          <a
            href="#${idOf(shownAt(field))}"
            @click=${(e: Event) => {
              // The target is in the shadow root, and maybe on another step: the page's URL stays.
              e.preventDefault();
              go(field);
            }}
            >${text}</a
          >
        </li>`,
      )}
    </ul>
  </div>`;
}
