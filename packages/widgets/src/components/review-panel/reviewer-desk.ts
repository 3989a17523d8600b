// The reviewer's desk: their queue, then a submission beside the review form, then everyone's verdicts.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { HubProblemError } from '@mnh/sdk';
import { fill } from '../../internal/i18n.js';
import { DeskBase, due, heading, refusal, stateOf } from './desk.js';
import type { DeskDeps, DeskView } from './desk.js';
import { readReview, renderReview, renderReviewForm } from './review-form.js';
import type { FormErrors } from './review-form.js';
import { criteria, verdicts } from './review-api.js';
import type { NewReview, QueueItem, Review, Verdict } from './review-api.js';
import { renderSubmission } from './submission-content.js';
import type { ReviewPanelText } from './strings/index.js';

/** The form's fields, by the last step of the hub's JSON pointers (`/criteria/applied` → `applied`). */
const FIELDS: readonly string[] = ['verdict', 'comment', ...criteria];

/** Messages from the hub's problem beside the fields they name; anything else about the whole form. */
function errorsFrom(error: unknown, s: ReviewPanelText): FormErrors {
  const fields = error instanceof HubProblemError && error.status < 500 ? (error.problem.errors ?? []) : [];
  const errors: FormErrors = {};
  for (const { field, message } of fields) {
    const name = field.split('/').pop() ?? '';
    errors[FIELDS.includes(name) ? name : 'form'] ??= message;
  }
  return fields.length ? errors : { form: refusal(error, s) };
}

export class ReviewerDesk extends DeskBase {
  readonly #queue = this.request();
  readonly #reviews = this.request();
  #open: QueueItem[] = [];
  #done: QueueItem[] = [];
  #chosen: QueueItem | undefined;
  /** This round's reviews the reviewer may see: their own, and the others' once it is given. */
  #visible: Review[] = [];
  #errors: FormErrors = {};
  #pending: NewReview | undefined;
  #sending = false;

  constructor(deps: DeskDeps) {
    super(deps);
    void this.#load();
  }

  #load(): Promise<void> {
    const { api } = this.deps;
    return this.#queue.run(async (signal) => {
      const [open, done] = await Promise.all([api.queue('open', signal), api.queue('done', signal)]);
      this.#open = open.items;
      this.#done = done.items;
    });
  }

  #choose(item: QueueItem): void {
    this.#chosen = item;
    this.#errors = {};
    this.#pending = undefined;
    this.#visible = [];
    // Others' verdicts are asked for only once the reviewer has given their own.
    if (item.myVerdict) void this.#loadReviews(item);
    void this.focus('#detail-title');
  }

  #back(): void {
    const id = this.#chosen?.assignment.id;
    this.#chosen = undefined;
    void this.focus(`[data-id="${id}"]`);
  }

  #loadReviews(item: QueueItem): Promise<void> {
    return this.#reviews.run(async (signal) => {
      const list = await this.deps.api.reviews(item.submission.id, signal);
      this.#visible = list.items.filter((review) => review.round === list.round);
    });
  }

  async #submit(form: HTMLFormElement): Promise<void> {
    const review = readReview(form);
    if (!verdicts.includes(review.verdict as Verdict)) {
      this.#errors = { verdict: this.deps.host.strings.chooseVerdict };
      return this.focus('input[name="verdict"]');
    }
    this.#errors = {};
    this.#pending = review as NewReview;
    this.update();
    await this.deps.host.updateComplete;
    const dialog = this.deps.host.renderRoot.querySelector('dialog');
    if (!dialog || dialog.open) return;
    dialog.returnValue = '';
    dialog.showModal();
  }

  async #closed(send: boolean): Promise<void> {
    const pending = this.#pending;
    const item = this.#chosen;
    if (!send || !pending || !item || this.#sending) return this.focus('[part~="send"]');
    const s = this.deps.host.strings;
    this.#sending = true;
    this.update();
    try {
      const mine = await this.deps.api.sendReview(item.submission.id, pending);
      this.#chosen = { ...item, myVerdict: mine.verdict };
      this.#visible = [mine];
      this.#pending = undefined;
      this.deps.host.announce(s.sent);
      this.deps.host.notify('mnh-review-sent', { submissionId: item.submission.id, verdict: mine.verdict });
      void this.#load();
      void this.#loadReviews(this.#chosen);
      await this.focus('#mine-title');
    } catch (error) {
      this.#errors = errorsFrom(error, s);
      const first = Object.keys(this.#errors)[0];
      await this.focus(first === 'form' ? '[part~="send"]' : `[name="${first}"]`);
    } finally {
      this.#sending = false;
      this.update();
    }
  }

  #download(event: Event, url: string, filename: string): void {
    event.preventDefault();
    this.deps.download(url, filename).catch((error: unknown) => this.deps.host.announce(refusal(error, this.deps.host.strings)));
  }

  render(view: DeskView): TemplateResult {
    return this.#chosen ? this.#detail(view, this.#chosen) : this.#list(view);
  }

  #list(view: DeskView): TemplateResult {
    const { s } = view;
    const queue = this.#queue;
    const none = !this.#open.length && !this.#done.length;
    let body: TemplateResult;
    if (queue.status === 'error') body = view.problem(queue);
    else if (queue.status !== 'done' && none) body = html`<p class="muted" aria-busy="true">${s.loading}</p>`;
    else if (none) body = html`<p part="empty" class="empty">${s.queueEmpty}</p>`;
    else {
      body = html`<h3>${s.toReview}</h3>
        ${this.#open.length ? this.#items(view, this.#open) : html`<p part="empty" class="empty">${s.queueEmpty}</p>`}
        ${this.#done.length ? html`<h3>${s.reviewed}</h3>${this.#items(view, this.#done)}` : nothing}`;
    }
    return html`<section part="queue" aria-labelledby="queue-title">${heading('queue-title', s.queueTitle)} ${body}</section>`;
  }

  #items(view: DeskView, items: QueueItem[]): TemplateResult {
    const { s } = view;
    return html`<ul part="list" class="plain items">
      ${items.map(
        (item) => html`<li part="item" class="card">
          <h4 class="card-title">
            <button type="button" data-id=${item.assignment.id} @click=${() => this.#choose(item)}>
              <bdi lang=${item.submission.content.language ?? nothing}>${item.submission.content.title}</bdi>
            </button>
          </h4>
          <p class="meta">
            ${item.myVerdict
              ? html`<span>${s.verdict}: ${s.verdicts[item.myVerdict]}</span>`
              : due(view, item.assignment.dueAt, item.overdue)}
            <span>${stateOf(s, item.submission.state)}</span>
          </p>
        </li>`,
      )}
    </ul>`;
  }

  #detail(view: DeskView, item: QueueItem): TemplateResult {
    const { s, locale } = view;
    const { submission, assignment } = item;
    const fileUrl = (file: { id: string }) => `${this.deps.baseUrl}/v1/submissions/${submission.id}/files/${file.id}`;
    return html`<article part="detail" class="detail">
      <button part="back" class="quiet" type="button" @click=${() => this.#back()}>${s.back}</button>
      ${heading('detail-title', submission.content.title ?? '', true, submission.content.language)}
      <p class="meta">
        ${submission.submittedAt ? html`<span>${fill(s.submittedOn, { date: locale.date(submission.submittedAt) })}</span>` : nothing}
        <span>${fill(s.round, { n: locale.number(submission.round) })}</span>
        ${item.myVerdict ? nothing : due(view, assignment.dueAt, item.overdue)}
      </p>
      <div class="columns">
        ${renderSubmission(view, submission, fileUrl, (e, file) => this.#download(e, fileUrl(file), file.filename))}
        <div part="review-side" class="side">${this.#side(view, item)}</div>
      </div>
    </article>`;
  }

  #side(view: DeskView, item: QueueItem): TemplateResult {
    const { s } = view;
    if (!item.myVerdict) {
      if (item.submission.state !== 'in-review' || item.assignment.state !== 'active') return html`<p>${s.closed}</p>`;
      return renderReviewForm(view, this.#errors, this.#pending, this.#sending, {
        submit: (form) => void this.#submit(form),
        closed: (send) => void this.#closed(send),
      });
    }
    const mine = this.#visible.find((review) => review.reviewer?.id === this.deps.userId);
    const others = this.#visible.filter((review) => review !== mine);
    const loading = this.#reviews.status === 'loading';
    return html`<section aria-labelledby="mine-title">
        <h3 id="mine-title" tabindex="-1">${s.yourReview}</h3>
        ${mine ? renderReview(view, mine) : html`<p><strong>${s.verdict}:</strong> ${s.verdicts[item.myVerdict]}</p>`}
      </section>
      <section part="others" aria-labelledby="others-title" aria-busy=${loading}>
        <h3 id="others-title">${s.othersTitle}</h3>
        ${this.#reviews.status === 'error'
          ? view.problem(this.#reviews)
          : loading && !others.length
            ? html`<p class="muted">${s.loading}</p>`
            : others.length
              ? others.map((review) => renderReview(view, review, review.reviewer?.name ?? review.label))
              : html`<p class="muted">${s.othersNone}</p>`}
      </section>`;
  }
}
