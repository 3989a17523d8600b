// The review form (verdict, a comment per criterion, an overall comment), its confirmation, and reviews as read back.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { fill } from '../../internal/i18n.js';
import type { DeskView } from './desk.js';
import { criteria, verdicts } from './review-api.js';
import type { NewReview, Review } from './review-api.js';

/** Messages by field (`verdict`, a criterion, `comment`) and for the whole form (`form`). */
export type FormErrors = Partial<Record<string, string>>;

export interface FormHandlers {
  /** The form was sent: check it and ask for confirmation. */
  submit: (form: HTMLFormElement) => void;
  /** The confirmation closed; `send` when the reviewer confirmed. */
  closed: (send: boolean) => void;
}

const describedBy = (name: string, hint?: string) => (hint ? `${hint} ${name}-error` : `${name}-error`);

function fieldError(name: string, errors: FormErrors): TemplateResult {
  return html`<p id="${name}-error" part="field-error" class="field-error" dir="auto">${errors[name] ?? nothing}</p>`;
}

function comment(name: string, label: string, errors: FormErrors, max: number): TemplateResult {
  return html`<label part="field"
      >${label}
      <textarea
        part="textarea"
        name=${name}
        rows="3"
        maxlength=${max}
        dir="auto"
        aria-describedby=${describedBy(name)}
        aria-invalid=${errors[name] ? 'true' : 'false'}
      ></textarea></label
    >${fieldError(name, errors)}`;
}

/**
 * The form keeps what the reviewer typed in its own fields (they are never re-rendered from
 * state), so a refused send or a cancelled confirmation loses nothing.
 */
export function renderReviewForm(
  view: DeskView,
  errors: FormErrors,
  pending: NewReview | undefined,
  sending: boolean,
  on: FormHandlers,
): TemplateResult {
  const { s } = view;
  return html`<form
      part="review-form"
      aria-labelledby="mine-title"
      novalidate
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        on.submit(e.target as HTMLFormElement);
      }}
    >
      <h3 id="mine-title" tabindex="-1">${s.yourReview}</h3>
      <p class="muted">${s.othersLater}</p>
      <fieldset part="verdict" aria-describedby="verdict-error">
        <legend>${s.verdict}</legend>
        ${verdicts.map(
          (verdict) => html`<label class="choice"><input type="radio" name="verdict" value=${verdict} /> ${s.verdicts[verdict]}</label>`,
        )}
        ${fieldError('verdict', errors)}
      </fieldset>
      <fieldset>
        <legend>${s.criteriaTitle}</legend>
        ${criteria.map((criterion) => comment(criterion, s.criteria[criterion], errors, 2000))}
      </fieldset>
      ${comment('comment', s.comment, errors, 5000)}
      ${errors.form ? html`<p part="error" class="form-error" role="alert" dir="auto">${errors.form}</p>` : nothing}
      <button part="button send" type="submit" ?disabled=${sending}>${sending ? s.loading : s.send}</button>
    </form>
    <dialog
      part="confirm"
      aria-labelledby="confirm-text"
      @close=${(e: Event) => on.closed((e.target as HTMLDialogElement).returnValue === 'send')}
    >
      <form method="dialog">
        <p id="confirm-text">${pending ? fill(s.confirm, { verdict: s.verdicts[pending.verdict] }) : ''}</p>
        <div class="actions">
          <button part="button" value="send" autofocus>${s.send}</button>
          <button part="button" class="quiet" value="">${s.cancel}</button>
        </div>
      </form>
    </dialog>`;
}

/** What the form holds, as the hub takes it; the verdict is checked by the caller. */
export function readReview(form: HTMLFormElement): Omit<NewReview, 'verdict'> & { verdict: string } {
  const data = new FormData(form);
  const value = (name: string) => String(data.get(name) ?? '').trim();
  return {
    verdict: value('verdict'),
    criteria: Object.fromEntries(criteria.map((c) => [c, value(c)])) as NewReview['criteria'],
    comment: value('comment'),
  };
}

/** A review as given: the verdict, the comments on the criteria that have one, the overall comment. */
export function renderReview(view: DeskView, review: Review, who?: string): TemplateResult {
  const { s } = view;
  const said = criteria.filter((c) => review.criteria[c].trim());
  return html`<article part="review" class="review">
    ${who
      ? html`<h4><bdi>${who}</bdi> · ${s.verdicts[review.verdict]}</h4>`
      : html`<p><strong>${s.verdict}:</strong> ${s.verdicts[review.verdict]}</p>`}
    ${said.length
      ? html`<dl class="claims">
          ${said.map((c) => html`<dt>${s.criteria[c]}</dt><dd class="prose" dir="auto">${review.criteria[c]}</dd>`)}
        </dl>`
      : nothing}
    ${review.comment.trim() ? html`<p class="prose" dir="auto">${review.comment}</p>` : nothing}
  </article>`;
}
