// The support desk's body, loaded once a curator is signed in: the queue by state, and a request with suggestions, experts, moves and messages.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { HubProblemError } from '@mnh/sdk';
import { fill } from '../../internal/i18n.js';
import type { LocaleController } from '../../internal/locale.js';
import type { Labels } from '../../internal/taxonomy.js';
import { NEXT, STATES } from '../support-request/support-api.js';
import type { SupportApi, SupportAssignment, SupportRequest, SupportState, Suggestions, Transition } from '../support-request/support-api.js';
import { Thread, statusTimeline } from '../support-request/thread.js';
import { expertsSection, moveForm } from './desk-parts.js';
import type { MoveDraft } from './desk-parts.js';
import type { SupportText } from '../support-request/thread.js';

export interface DeskHost {
  requestUpdate(): void;
  readonly renderRoot: HTMLElement | DocumentFragment;
  announce(message: string): void;
  moved(request: SupportRequest): void;
}

export interface DeskView {
  s: SupportText;
  locale: LocaleController;
  labels: Labels;
}

const problemText = (error: unknown, fallback: string) => (error instanceof HubProblemError ? error.problem.detail : fallback);

export class SupportDeskView {
  filter: SupportState | '' = '';
  queue: SupportRequest[] | undefined;
  error = '';
  chosen: SupportRequest | undefined;
  suggestions: Suggestions | undefined;
  assignments: SupportAssignment[] = [];
  thread: Thread | undefined;
  move: MoveDraft = { to: '', reason: '', agreement: '', error: '' };
  #focus: string | undefined;

  constructor(
    private readonly host: DeskHost,
    private readonly api: SupportApi,
  ) {
    void this.load();
  }

  async load(): Promise<void> {
    try {
      this.queue = (await this.api.list(this.filter)).items;
      this.error = '';
    } catch (error) {
      this.error = problemText(error, 'unreachable');
    }
    this.host.requestUpdate();
  }

  async open(id: string): Promise<void> {
    try {
      const [request, suggestions, assignments] = await Promise.all([this.api.get(id), this.api.suggestions(id), this.api.assignments(id)]);
      this.chosen = request;
      this.suggestions = suggestions;
      this.assignments = assignments.items;
      this.thread = new Thread(this.host, this.api, id);
      void this.thread.load();
      this.move = { to: NEXT[request.state][0] ?? '', reason: '', agreement: '', error: '' };
      this.#focus = '#detail-title';
    } catch (error) {
      this.error = problemText(error, 'unreachable');
    }
    this.host.requestUpdate();
  }

  back(): void {
    const id = this.chosen?.id;
    this.chosen = this.suggestions = this.thread = undefined;
    this.#focus = id ? `#open-${id}` : undefined;
    void this.load();
  }

  /** After a render: focus goes where the person's attention should follow (a new view's heading, or back to the item). */
  focus(): void {
    if (!this.#focus) return;
    const target = this.host.renderRoot.querySelector<HTMLElement>(this.#focus);
    if (target) {
      this.#focus = undefined;
      target.focus();
    }
  }

  async assign(s: SupportText, expertId: string, name: string): Promise<void> {
    if (!this.chosen) return;
    try {
      const made = await this.api.assign(this.chosen.id, expertId);
      this.assignments = [...this.assignments, made];
      this.chosen = await this.api.get(this.chosen.id);
      this.suggestions = this.suggestions && { ...this.suggestions, experts: this.suggestions.experts.filter((e) => e.id !== expertId) };
      this.host.announce(fill(s.assigned, { name }));
    } catch (error) {
      this.move = { ...this.move, error: problemText(error, s.unreachable) };
    }
    this.host.requestUpdate();
  }

  async transition(s: SupportText): Promise<void> {
    const { to, reason, agreement } = this.move;
    if (!this.chosen || !to) return;
    try {
      const body: Transition = { to };
      if (reason.trim()) body.reason = reason.trim();
      if (agreement.trim()) body.agreement = agreement.trim();
      const moved = await this.api.transition(this.chosen.id, body);
      this.chosen = moved;
      this.move = { to: NEXT[moved.state][0] ?? '', reason: '', agreement: '', error: '' };
      this.host.announce(fill(s.moved, { state: s.stateLabels[moved.state] }));
      this.host.moved(moved);
    } catch (error) {
      this.move = { ...this.move, error: problemText(error, s.unreachable) };
    }
    this.host.requestUpdate();
  }

  render(v: DeskView): TemplateResult {
    return this.chosen ? this.#detail(v, this.chosen) : this.#queue(v);
  }

  #queue({ s, locale, labels }: DeskView): TemplateResult {
    return html`<div class="field">
        <label for="filter">${s.filterState}</label>
        <select id="filter" @change=${(e: Event) => ((this.filter = (e.target as HTMLSelectElement).value as SupportState | ''), void this.load())}>
          <option value="" ?selected=${!this.filter}>${s.allStates}</option>
          ${STATES.map((state) => html`<option value=${state} ?selected=${state === this.filter}>${s.stateLabels[state]}</option>`)}
        </select>
      </div>
      ${this.error ? html`<p part="error" class="field-error" role="alert">${this.error === 'unreachable' ? s.unreachable : this.error}</p>` : nothing}
      ${this.queue === undefined
        ? html`<p class="muted" aria-busy="true">${s.loading}</p>`
        : this.queue.length === 0
          ? html`<p class="muted">${s.queueEmpty}</p>`
          : html`<ul part="queue" class="queue" aria-label=${s.deskTitle}>
              ${this.queue.map(
                (r) => html`<li part="item" class="panel">
                  <button id="open-${r.id}" part="button" type="button" class="quiet" @click=${() => void this.open(r.id)}>
                    <span dir="auto">${r.requestingEntity}</span>
                  </button>
                  <p class="facts">
                    <span part="state" class="state ${r.state}">${s.stateLabels[r.state]}</span> · ${labels.of('countries', r.country)} ·
                    ${fill(s.askedBy, { name: r.requester.name, date: locale.date(r.createdAt) })}
                  </p>
                </li>`,
              )}
            </ul>`}`;
  }

  #detail(v: DeskView, r: SupportRequest): TemplateResult {
    const { s, locale, labels } = v;
    const next = NEXT[r.state];
    return html`<button part="button back" type="button" class="quiet" @click=${() => this.back()}>${s.back}</button>
      <article part="detail" aria-labelledby="detail-title">
        <h3 id="detail-title" tabindex="-1" dir="auto">${r.requestingEntity}</h3>
        <p class="facts">
          <span part="state" class="state ${r.state}">${s.stateLabels[r.state]}</span> · ${labels.of('countries', r.country)} ·
          ${fill(s.askedBy, { name: r.requester.name, date: locale.date(r.createdAt) })}
        </p>
        <dl class="facts-list">
          <dt>${s.kindsLegend}</dt>
          <dd>${locale.list(r.kinds.map((k) => s.kindLabels[k]))}</dd>
          <dt>${s.objectives}</dt>
          <dd>${locale.list(r.objectives.map((o) => `${o}. ${labels.of('objectives', o)}`))}</dd>
          <dt>${s.timeline}</dt>
          <dd dir="auto">${r.timeline}</dd>
          <dt>${s.languagesLegend}</dt>
          <dd>${locale.list(r.languages.map((l) => labels.of('languages', l)))}</dd>
          <dt>${s.contactName}</dt>
          <dd dir="auto">${r.contact.name}${r.contact.position ? `, ${r.contact.position}` : ''}</dd>
        </dl>
        <p dir="auto" class="description">${r.description}</p>
        ${statusTimeline(s, locale, r, 4)}
        ${expertsSection(s, this.assignments, this.suggestions, (id, name) => void this.assign(s, id, name))}
        ${next.length > 0
          ? moveForm(s, next, this.move, (change) => ((this.move = { ...this.move, ...change }), this.host.requestUpdate()), () => void this.transition(s))
          : html`<p class="muted">${s.closed}</p>`}
        ${this.thread?.render(s, locale, 4) ?? nothing}
      </article>`;
  }
}
