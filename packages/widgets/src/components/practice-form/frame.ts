// The frame of <mnh-practice-form>'s steps: the step list, the current step, Back and Next, the save status.
// Loaded, with the steps, once a form is first shown: a signed-out visit never needs it.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Me, ReviewList, Taxonomy } from '@mnh/sdk';
import { fill } from '../../internal/i18n.js';
import type { LocaleController } from '../../internal/locale.js';
import type { Draft } from './draft.js';
import type { FormView } from './fields.js';
import { renderReviews } from './mine.js';
import { errorSummary, messageFor, shownAt, stepOf } from './problems.js';
import { steps } from './steps/index.js';
import type { FormText } from './strings/index.js';

export { controlFor } from './problems.js';

/** Lists whose items have no control of their own: a problem with one item shows at the list. */
const LISTS = ['/countries', '/otherLanguages', '/objectives', '/themes', '/partners', '/links'];

/** What the frame needs of the form element. */
export interface FormHost {
  s: FormText;
  draft: Draft;
  taxonomy: Taxonomy | undefined;
  me: Me;
  locale: LocaleController;
  step: number;
  /** The form's own checks of what was typed, by control. */
  checks: Map<string, string>;
  /** Whether the problems of the last submission are listed at the top. */
  summaryShown: boolean;
  reviews: ReviewList | undefined;
  uploading: string | undefined;
  busy: boolean;
  requestUpdate(): void;
  go(step: number, focus?: boolean, pointer?: string): void;
  upload(file: File): void;
  submit(): void;
  reload(): void;
}

/** The current step with its problems: the form's own checks first, then what the hub said. */
export function renderFormFor(h: FormHost): TemplateResult {
  const { s, draft, taxonomy, checks } = h;
  const principles = (draft.content.principles ?? []).map((p) => p.principle);
  const view: FormView = {
    s,
    draft,
    content: draft.content,
    taxonomy,
    me: h.me,
    locale: h.locale,
    uploading: h.uploading,
    error(pointer) {
      const found = draft.problems.find(
        (e) => shownAt(e.field) === pointer || (LISTS.includes(pointer) && e.field.startsWith(`${pointer}/`)),
      );
      return checks.get(pointer) ?? (found && messageFor(found, s, taxonomy, principles));
    },
    check(pointer, message) {
      if (checks.get(pointer) === message) return;
      if (message) checks.set(pointer, message);
      else checks.delete(pointer);
      h.requestUpdate();
    },
    attach: (file) => h.upload(file),
    go: (step) => h.go(step),
  };
  const errors = draft.problems.map((e) => ({ field: e.field, text: messageFor(e, s, taxonomy, principles) }));
  const summary = h.summaryShown && errors.length ? errorSummary(errors, s, (pointer) => h.go(stepOf(pointer), true, pointer)) : nothing;
  return renderForm(view, h.step, { ...h, summary });
}

interface FormFrame {
  summary: TemplateResult | typeof nothing;
  reviews: ReviewList | undefined;
  busy: boolean;
  submit(): void;
  reload(): void;
}

/** The step list, the current step under its heading, Back and Next (or Submit), and the save status. */
function renderForm(v: FormView, step: number, f: FormFrame): TemplateResult {
  const { s, locale } = v;
  const last = step === steps.length - 1;
  return html`${f.summary}
    <nav aria-label=${s.stepsLabel}>
      <ol part="steps" class="steps">
        ${s.steps.map(
          (name, i) => html`<li>
            <button type="button" class="quiet" aria-current=${i === step ? 'step' : nothing} @click=${() => v.go(i)}>${name}</button>
          </li>`,
        )}
      </ol>
    </nav>
    ${saveStatus(s, v.draft, f.reload)}
    <div class="layout">
      <form
        class="step"
        novalidate
        aria-labelledby="step-heading"
        @submit=${(e: Event) => {
          // Enter in a field goes on to the next step, as a form's Continue button would.
          e.preventDefault();
          if (!last) v.go(step + 1);
        }}
      >
        <h2 id="step-heading" part="step-heading" tabindex="-1">${s.steps[step]}</h2>
        <p class="muted">${fill(s.stepOf, { n: locale.number(step + 1), total: locale.number(steps.length) })}</p>
        <div class="fields">${steps[step]!(v)}</div>
        <div class="actions">
          ${step > 0 ? html`<button type="button" class="quiet" @click=${() => v.go(step - 1)}>${s.back}</button>` : nothing}
          ${last
            ? html`<button type="button" aria-disabled=${f.busy ? 'true' : 'false'} @click=${() => f.submit()}>${s.submit}</button>`
            : html`<button type="submit">${s.next}</button>`}
        </div>
      </form>
      ${renderReviews(s, f.reviews)}
    </div>`;
}

function saveStatus(s: FormText, draft: Draft, reload: () => void): TemplateResult {
  const text = draft.status === 'saving' ? s.saving : draft.status === 'saved' ? s.saved : draft.status === 'failed' ? s.saveFailed : '';
  return html`<p part="save-status" class="save-status" role="status">${text}</p>
    ${draft.status === 'failed'
      ? html`<button
          type="button"
          class="quiet"
          @click=${(e: Event) => {
            // The button goes once saving starts: focus waits at the step's heading instead.
            ((e.currentTarget as HTMLElement).getRootNode() as ShadowRoot).querySelector<HTMLElement>('[part="step-heading"]')?.focus();
            void draft.save();
          }}
        >
          ${s.retry}
        </button>`
      : nothing}
    ${draft.status === 'conflict'
      ? html`<div part="conflict" class="problem" role="alert">
          <p>${s.conflict}</p>
          <button type="button" @click=${() => reload()}>${s.reload}</button>
        </div>`
      : nothing}`;
}
