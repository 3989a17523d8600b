// What both support widgets show of a request: its status timeline, the agreement and experts, and the message thread.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { HubProblemError } from '@mnh/sdk';
import type { CommonStrings } from '../../internal/strings/index.js';
import type { LocaleController } from '../../internal/locale.js';
import type { SupportApi, SupportMessage, SupportRequest } from './support-api.js';
import type { SupportStrings } from './strings/index.js';

export type SupportText = CommonStrings & SupportStrings;

/** Headings under the request's own: level 5 under the requester's list (h4 per request), 4 on the desk (h3). */
export type SubLevel = 4 | 5;

export function subheading(level: SubLevel, text: string, id?: string): TemplateResult {
  return level === 4 ? html`<h4 class="sub" id=${id ?? nothing}>${text}</h4>` : html`<h5 class="sub" id=${id ?? nothing}>${text}</h5>`;
}

/** The status timeline, oldest first, the current state last; a decline's reason and the agreement under it. */
export function statusTimeline(s: SupportText, locale: LocaleController, request: SupportRequest, level: SubLevel = 5): TemplateResult {
  return html`${subheading(level, s.statusTitle)}
    <ol part="timeline" class="timeline">
      ${request.history.map(
        (step, n) => html`<li aria-current=${n === request.history.length - 1 ? 'step' : nothing}>
          <span part="state" class="state ${step.state}">${s.stateLabels[step.state]}</span>
          <time datetime=${step.at}>${locale.date(step.at)}</time>
          ${step.reason ? html`<p dir="auto">${s.declineReason}: ${step.reason}</p>` : nothing}
        </li>`,
      )}
    </ol>
    ${request.agreement ? html`<p part="agreement"><strong>${s.agreement}:</strong> <span dir="auto">${request.agreement}</span></p>` : nothing}
    ${request.experts.length > 0
      ? html`<p part="experts"><strong>${s.experts}:</strong> ${locale.list(request.experts.map((e) => e.name))}</p>`
      : nothing}`;
}

export interface ThreadHost {
  requestUpdate(): void;
  announce(message: string): void;
}

/** One request's messages: loaded when first shown, a form to write to the other side. */
export class Thread {
  messages: SupportMessage[] | undefined;
  draft = '';
  error = '';
  busy = false;

  constructor(
    private readonly host: ThreadHost,
    private readonly api: SupportApi,
    readonly requestId: string,
  ) {}

  async load(): Promise<void> {
    try {
      this.messages = (await this.api.messages(this.requestId)).items;
      this.error = '';
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    }
    this.host.requestUpdate();
  }

  async send(s: SupportText): Promise<void> {
    const text = this.draft.trim();
    if (this.busy || !text) return;
    this.busy = true;
    this.host.requestUpdate();
    try {
      const sent = await this.api.send(this.requestId, text);
      this.messages = [...(this.messages ?? []), sent];
      this.draft = '';
      this.error = '';
      this.host.announce(s.messageSent);
    } catch (error) {
      this.error = error instanceof HubProblemError ? error.problem.detail : s.unreachable;
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  render(s: SupportText, locale: LocaleController, level: SubLevel = 5): TemplateResult {
    const id = `msg-${this.requestId}`;
    return html`<section part="messages" class="messages" aria-labelledby="${id}-title">
      ${subheading(level, s.messagesTitle, `${id}-title`)}
      ${this.messages === undefined
        ? html`<p class="muted" aria-busy="true">${s.loading}</p>`
        : this.messages.length === 0
          ? html`<p class="muted">${s.noMessages}</p>`
          : html`<ol class="thread">
              ${this.messages.map(
                (m) => html`<li part="message" class=${m.side}>
                  <p class="meta">
                    <strong>${m.author.name}</strong>${m.side === 'curator' ? ` · ${s.curatorSide}` : ''} ·
                    <time datetime=${m.createdAt}>${locale.date(m.createdAt)}</time>
                  </p>
                  <p dir="auto" class="text">${m.text}</p>
                </li>`,
              )}
            </ol>`}
      ${this.error ? html`<p part="error" class="field-error" role="alert">${this.error}</p>` : nothing}
      <form class="reply" novalidate @submit=${(e: Event) => (e.preventDefault(), void this.send(s))}>
        <label for="${id}-text">${s.messageLabel}</label>
        <textarea id="${id}-text" rows="2" maxlength="4000" dir="auto" .value=${this.draft}
          @input=${(e: Event) => (this.draft = (e.target as HTMLTextAreaElement).value)}></textarea>
        <button part="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${s.send}</button>
      </form>
    </section>`;
  }
}
