// The curator's desk: the board of submissions in review; for one, its reviewers and whom to assign or swap in.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { fill } from '../../internal/i18n.js';
import { isolate } from '../../internal/render.js';
import { renderAssignment, renderProgress, renderSuggestion } from './curator-parts.js';
import { DeskBase, heading, refusal, stateOf } from './desk.js';
import type { DeskDeps, DeskView } from './desk.js';
import type { Assignment, Balance, BoardItem, Suggestion } from './review-api.js';

/** Reviewers can be assigned or replaced only in these states. */
const OPEN_STATES: readonly string[] = ['submitted', 'in-review'];

export class CuratorDesk extends DeskBase {
  readonly #board = this.request();
  readonly #detail = this.request();
  #items: BoardItem[] = [];
  #chosen: BoardItem | undefined;
  #assignments: Assignment[] = [];
  #balance: Balance | undefined;
  #suggestions: Suggestion[] = [];
  /** The assignment being replaced, and the button that asked, to give focus back to. */
  #replacing: [Assignment, HTMLElement] | undefined;
  /** The hub's refusal of an assignment, shown beside the reviewer it was about. */
  #problem: [reviewerId: string, message: string] | undefined;
  #busy = '';

  constructor(deps: DeskDeps) {
    super(deps);
    void this.#load();
  }

  #load(): Promise<void> {
    return this.#board.run(async (signal) => {
      this.#items = (await this.deps.api.board(signal)).items;
      const id = this.#chosen?.submission.id;
      this.#chosen = this.#items.find((item) => item.submission.id === id) ?? this.#chosen;
    });
  }

  #loadDetail(id: string): Promise<void> {
    return this.#detail.run(async (signal) => {
      const { api } = this.deps;
      const [list, suggestions] = await Promise.all([api.assignments(id, signal), api.suggestions(id, signal)]);
      this.#assignments = list.items;
      this.#balance = list.balance;
      this.#suggestions = suggestions.items;
    });
  }

  #choose(item: BoardItem): void {
    this.#chosen = item;
    this.#assignments = [];
    this.#suggestions = [];
    this.#balance = undefined;
    this.#replacing = undefined;
    this.#problem = undefined;
    void this.#loadDetail(item.submission.id);
    void this.focus('#detail-title');
  }

  #back(): void {
    const id = this.#chosen?.submission.id;
    this.#chosen = undefined;
    void this.focus(`[data-id="${id}"]`);
  }

  #replace(assignment: Assignment, trigger: HTMLElement): void {
    this.#replacing = [assignment, trigger];
    this.#problem = undefined;
    void this.focus('#suggestions-title');
  }

  #cancelReplace(): void {
    const trigger = this.#replacing?.[1];
    this.#replacing = undefined;
    this.update();
    void this.deps.host.updateComplete.then(() => trigger?.focus());
  }

  async #assign(suggestion: Suggestion): Promise<void> {
    const item = this.#chosen;
    if (!item || this.#busy) return;
    const { api, host } = this.deps;
    const s = host.strings;
    const id = item.submission.id;
    const reviewerId = suggestion.reviewer.id;
    const replacing = this.#replacing?.[0];
    this.#busy = reviewerId;
    this.#problem = undefined;
    this.update();
    try {
      await (replacing ? api.replace(id, replacing.id, reviewerId) : api.assign(id, reviewerId));
      this.#replacing = undefined;
      host.notify('mnh-reviewer-assigned', { submissionId: id, reviewerId });
      await Promise.all([this.#loadDetail(id), this.#load()]);
      const nowInReview = item.submission.state !== 'in-review' && this.#chosen?.submission.state === 'in-review';
      host.announce(`${fill(s.assigned, { name: isolate(suggestion.reviewer.name) })} ${nowInReview ? s.states['in-review'] : ''}`);
      await this.focus(this.#showSuggestions() ? '#suggestions-title' : '#reviewers-title');
    } catch (error) {
      this.#problem = [reviewerId, refusal(error, s)];
    } finally {
      this.#busy = '';
      this.update();
    }
  }

  #showSuggestions(): boolean {
    const open = OPEN_STATES.includes(this.#chosen?.submission.state ?? '');
    return open && (Boolean(this.#replacing) || this.#balance?.complete === false);
  }

  render(view: DeskView): TemplateResult {
    return this.#chosen ? this.#detailView(view, this.#chosen) : this.#boardView(view);
  }

  #boardView(view: DeskView): TemplateResult {
    const { s } = view;
    const board = this.#board;
    let body: TemplateResult;
    if (board.status === 'error') body = view.problem(board);
    else if (board.status !== 'done' && !this.#items.length) body = html`<p class="muted" aria-busy="true">${s.loading}</p>`;
    else if (!this.#items.length) body = html`<p part="empty" class="empty">${s.boardEmpty}</p>`;
    else {
      body = html`<ul part="list" class="plain items">
        ${this.#items.map(
          (item) => html`<li part="item" class="card">
            <h3 class="card-title">
              <button type="button" data-id=${item.submission.id} @click=${() => this.#choose(item)}>
                <bdi>${item.submission.title}</bdi>
              </button>
            </h3>
            ${this.#facts(view, item)} ${renderProgress(view, item)}
          </li>`,
        )}
      </ul>`;
    }
    return html`<section part="board" aria-labelledby="board-title">${heading('board-title', s.boardTitle)} ${body}</section>`;
  }

  #facts(view: DeskView, item: BoardItem): TemplateResult {
    const { s, locale } = view;
    return html`<p class="meta">
      <span>${fill(s.by, { name: isolate(item.submission.ownerName) })}</span>
      <span part="state">${stateOf(s, item.submission.state)}</span>
      <span>${fill(s.round, { n: locale.number(item.submission.round) })}</span>
    </p>`;
  }

  #detailView(view: DeskView, item: BoardItem): TemplateResult {
    const { s } = view;
    const detail = this.#detail;
    const open = OPEN_STATES.includes(item.submission.state);
    const replace = (a: Assignment) => (open ? (trigger: HTMLElement) => this.#replace(a, trigger) : undefined);
    return html`<article part="detail" class="detail">
      <button part="back" class="quiet" type="button" @click=${() => this.#back()}>${s.back}</button>
      ${heading('detail-title', item.submission.title, true)} ${this.#facts(view, item)} ${renderProgress(view, item)}
      <section aria-labelledby="reviewers-title" aria-busy=${detail.status === 'loading'}>
        <h3 id="reviewers-title" tabindex="-1">${s.reviewers}</h3>
        ${detail.status === 'error'
          ? view.problem(detail)
          : this.#assignments.length
            ? html`<ul class="plain items">${this.#assignments.map((a) => renderAssignment(view, a, replace(a)))}</ul>`
            : html`<p class="muted">${detail.status === 'done' ? s.noReviewers : s.loading}</p>`}
      </section>
      ${this.#showSuggestions() ? this.#suggestionsView(view) : nothing}
    </article>`;
  }

  #suggestionsView(view: DeskView): TemplateResult {
    const { s } = view;
    const replacing = this.#replacing?.[0];
    return html`<section part="suggestions" aria-labelledby="suggestions-title">
      <h3 id="suggestions-title" tabindex="-1">${s.suggestionsTitle}</h3>
      ${replacing
        ? html`<p>
            ${fill(s.replacing, { name: isolate(replacing.reviewer.name) })}
            <button part="button" class="quiet" type="button" @click=${() => this.#cancelReplace()}>${s.cancel}</button>
          </p>`
        : nothing}
      <ul class="plain items">
        ${this.#suggestions.map((suggestion) => {
          const id = suggestion.reviewer.id;
          const problem = this.#problem?.[0] === id ? this.#problem[1] : undefined;
          // The hub scores suggestions for adding to the set; a swap keeps its size, so only a conflict rules one out.
          const selectable = replacing ? !suggestion.conflict : suggestion.eligible;
          return renderSuggestion(view, suggestion, selectable, this.#busy === id, problem, () => void this.#assign(suggestion));
        })}
      </ul>
    </section>`;
  }
}
