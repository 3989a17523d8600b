// What the review panel lends its two desks (the reviewer's, the curator's): text, formats, focus, announcements.
import { html, nothing } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { HubProblemError } from '@mnh/sdk';
import { fill } from '../../internal/i18n.js';
import type { LocaleController } from '../../internal/locale.js';
import { RequestController } from '../../internal/request.js';
import type { Labels } from '../../internal/taxonomy.js';
import type { ReviewApi, SubmissionState } from './review-api.js';
import type { ReviewPanelText } from './strings/index.js';

/** What a desk needs to render, fresh each time the panel renders. */
export interface DeskView {
  s: ReviewPanelText;
  locale: LocaleController;
  labels: Labels;
  /** The panel's error state for a failed request, with its retry button. */
  problem: (request: RequestController) => TemplateResult;
}

export interface DeskHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Says `message` in the panel's polite live region. */
  announce(message: string): void;
  /** Fires a bubbling, composed `name` event from the panel. */
  notify(name: string, detail: object): void;
  /** The text in the panel's language, for messages made outside a render. */
  readonly strings: ReviewPanelText;
}

/** What both desks are given: the signed calls, and who is at the desk. */
export interface DeskDeps {
  host: DeskHost;
  api: ReviewApi;
  userId: string;
  /** The hub's address, for download links. */
  baseUrl: string;
  /** Downloads a file with the session's token. */
  download: (url: string, filename: string) => Promise<void>;
}

export interface Desk {
  render(view: DeskView): TemplateResult;
  /** Lets go of the panel: the desk's requests stop being its controllers. */
  dispose(): void;
}

/** The base of both desks: requests tied to the panel while the desk is in use. */
export abstract class DeskBase implements Desk {
  readonly #requests: RequestController[] = [];

  constructor(protected readonly deps: DeskDeps) {}

  protected request(): RequestController {
    const request = new RequestController(this.deps.host);
    this.#requests.push(request);
    return request;
  }

  protected update(): void {
    this.deps.host.requestUpdate();
  }

  /** Moves focus to `selector` once the next render is on screen. */
  protected async focus(selector: string): Promise<void> {
    this.update();
    await this.deps.host.updateComplete;
    this.deps.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  dispose(): void {
    for (const request of this.#requests) this.deps.host.removeController(request);
  }

  abstract render(view: DeskView): TemplateResult;
}

/** The hub's own words for a refusal (its field message first), or a general message. */
export function refusal(error: unknown, s: ReviewPanelText): string {
  if (!(error instanceof HubProblemError)) return s.unreachable;
  if (error.status >= 500) return s.failed;
  return error.problem.errors?.[0]?.message ?? error.problem.detail;
}

/** A submission's state in words (a draft, never shown here, keeps its key). */
export function stateOf(s: ReviewPanelText, state: SubmissionState): string {
  return state === 'draft' ? state : s.states[state];
}

/** "Due 3 March 2026", and a visible "Overdue" flag (not only a colour) when it is. */
export function due(view: DeskView, dueAt: string, overdue: boolean): TemplateResult {
  return html`<span>${fill(view.s.due, { date: view.locale.date(dueAt) })}</span>
    ${overdue ? html`<strong part="overdue" class="flag">${view.s.overdue}</strong>` : nothing}`;
}

/**
 * A heading that takes focus when its view opens, so screen readers start there. A title someone
 * wrote (`fromUser`) keeps its own direction and, when known, its language.
 */
export function heading(id: string, text: string, fromUser = false, lang?: string | null): TemplateResult {
  return html`<h2 id=${id} tabindex="-1" lang=${lang ?? nothing} dir=${fromUser ? 'auto' : nothing}>${text}</h2>`;
}
