// "My submissions" in <mnh-practice-form>: each submission's state and history, a way to edit, answer or withdraw it.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { AuditEntry, ReviewList, Submission } from '@mnh/sdk';
import { fill } from '../../internal/i18n.js';
import { isolate } from '../../internal/render.js';
import type { LocaleController } from '../../internal/locale.js';
import type { FormText } from './strings/index.js';

const WITHDRAWABLE = new Set(['draft', 'submitted', 'in-review', 'changes-requested']);

export interface MineView {
  s: FormText;
  locale: LocaleController;
  items: readonly Submission[];
  /** Histories shown, by submission: `undefined` while loading, `null` when the hub has none to give. */
  histories: ReadonlyMap<string, readonly AuditEntry[] | null | undefined>;
  /** The submission whose withdrawal waits for a yes. */
  confirming: string | undefined;
  edit(id: string): void;
  toggleHistory(id: string): void;
  askWithdraw(id: string | undefined): void;
  withdraw(id: string): void;
}

export const titleOf = (submission: Submission, s: FormText) => submission.content.title?.trim() || s.untitled;

export function stateBadge(s: FormText, state: Submission['state']): TemplateResult {
  return html`<span part="state" class="badge state-${state}">${s.states[state] ?? state}</span>`;
}

export function renderMine(v: MineView): TemplateResult {
  const { s, locale } = v;
  if (!v.items.length) return html`<p part="empty" class="muted">${s.empty}</p>`;
  return html`<ul part="submissions" class="submissions plain">
    ${v.items.map((item) => {
      const title = titleOf(item, s);
      const history = v.histories.get(item.id);
      const open = v.histories.has(item.id);
      return html`<li part="submission" class="submission">
        <h3 id="sub-${item.id}" tabindex="-1" dir="auto">${title}</h3>
        <p class="meta">${stateBadge(s, item.state)} <span class="muted">${fill(s.updated, { date: locale.date(item.updatedAt) })}</span></p>
        <div class="actions">
          ${(item.state === 'draft' || item.state === 'changes-requested') && item.content.kind !== 'resource'
            ? html`<button type="button" @click=${() => v.edit(item.id)} aria-describedby="sub-${item.id}">
                ${item.state === 'draft' ? s.edit : s.answer}
              </button>`
            : nothing}
          <button
            type="button"
            class="quiet"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls="history-${item.id}"
            aria-describedby="sub-${item.id}"
            @click=${() => v.toggleHistory(item.id)}
          >
            ${s.history}
          </button>
          ${WITHDRAWABLE.has(item.state) && v.confirming !== item.id
            ? html`<button type="button" class="quiet" aria-describedby="sub-${item.id}" @click=${() => v.askWithdraw(item.id)}>
                ${s.withdraw}
              </button>`
            : nothing}
        </div>
        ${v.confirming === item.id
          ? html`<div part="confirm" class="confirm" role="group" aria-labelledby="ask-${item.id}">
              <p id="ask-${item.id}">${fill(s.withdrawAsk, { title: isolate(title) })}</p>
              <button type="button" class="danger" @click=${() => v.withdraw(item.id)}>${s.withdraw}</button>
              <button type="button" class="quiet" @click=${() => v.askWithdraw(undefined)}>${s.keep}</button>
            </div>`
          : nothing}
        <div id="history-${item.id}" ?hidden=${!open}>${open ? renderHistory(v, history) : nothing}</div>
      </li>`;
    })}
  </ul>`;
}

function renderHistory(v: MineView, history: readonly AuditEntry[] | null | undefined): TemplateResult | typeof nothing {
  if (history === undefined) return html`<p class="muted">${v.s.loading}</p>`;
  if (history === null) return nothing;
  const { s, locale } = v;
  const states: Record<string, string> = s.states;
  // `submission.in-review`, `submission.published`…: the state the step led to.
  const label = (action: string) => s.actions[action] ?? states[action.replace(/^submission\./, '')] ?? action;
  // A run of the same step (autosaves) shows once, at its latest.
  const steps = history.filter((entry, i) => history[i + 1]?.action !== entry.action);
  return html`<ol part="history" class="history">
    ${steps.map((entry) => html`<li><time datetime=${entry.at}>${locale.date(entry.at)}</time> · ${label(entry.action)}</li>`)}
  </ol>`;
}

/** The reviewers' comments, anonymous, for a submission sent back with changes requested. */
export function renderReviews(s: FormText, reviews: ReviewList | undefined): TemplateResult | typeof nothing {
  if (!reviews?.items.length) return nothing;
  return html`<aside part="reviews" class="reviews" aria-labelledby="reviews-title">
    <h2 id="reviews-title">${s.reviewsTitle}</h2>
    ${reviews.items.map(
      (review) => html`<section class="review">
        <h3>${review.label} · ${s.verdicts[review.verdict] ?? review.verdict}</h3>
        ${review.comment ? html`<p class="prose" dir="auto">${review.comment}</p>` : nothing}
        <dl>
          ${Object.entries(review.criteria)
            .filter(([, comment]) => comment.trim())
            .map(
              ([criterion, comment]) => html`<div class="fact">
                <dt>${s.criteria[criterion as keyof FormText['criteria']] ?? criterion}</dt>
                <dd class="prose" dir="auto">${comment}</dd>
              </div>`,
            )}
        </dl>
      </section>`,
    )}
  </aside>`;
}
