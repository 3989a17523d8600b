// The contact form in <mnh-expert-finder>'s profile dialog: loaded when someone first presses "Contact".
import { css, html } from 'lit';
import type { ReactiveController, ReactiveElement, TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import type { HubSession, UiLanguage } from '@mnh/sdk';
import { hubContext } from '../../internal/context.js';
import { fill } from '../../internal/i18n.js';
import { sessionFor } from '../../internal/session.js';
import { contactStrings } from './contact-strings/index.js';
import type { ContactStrings } from './contact-strings/index.js';

/** The contract's limits (ExpertContactRequest), so the counts match what the hub accepts. */
const SUBJECT_MAX = 150;
const MESSAGE_MAX = 5000;

/** Adopted by the finder when the form first loads, so a strict CSP still allows them. */
export const contactStyles = css`
  .contact {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin-block-start: var(--_space);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }
  .contact h3 {
    margin: 0;
  }
  .contact textarea {
    font: inherit;
    min-block-size: 8rem;
    padding: calc(var(--_space) * 0.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
    color: var(--_text);
    resize: vertical;
  }
  .contact .count {
    font-size: 0.8125em;
  }
  .contact .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }
`;

export interface ContactHost extends ReactiveElement {
  api?: string | undefined;
}

/** One expert's form: what was typed, the sending state and what the hub answered. */
export class ContactForm implements ReactiveController {
  readonly #hub: ContextConsumer<typeof hubContext, ContactHost>;
  #listening: [HubSession, () => void] | undefined;
  #focus: string | undefined = '#contact-subject';
  subject = '';
  message = '';
  state: 'editing' | 'sending' | 'sent' = 'editing';
  problem: string | undefined;

  constructor(
    private readonly host: ContactHost,
    readonly expertId: string,
    private readonly onCancel: () => void,
  ) {
    this.#hub = new ContextConsumer(host, { context: hubContext, subscribe: true });
    host.addController(this);
  }

  /** The finder's own `api` session, else the provider's: signing in here signs in every widget sharing it. */
  get session(): HubSession | undefined {
    return this.host.api ? sessionFor(this.host.api) : this.#hub.value?.session;
  }

  get #base(): string | undefined {
    return (this.host.api || this.#hub.value?.api)?.replace(/\/+$/, '');
  }

  hostUpdate(): void {
    const session = this.session;
    if (this.#listening?.[0] === session) return;
    this.#listening?.[1]();
    this.#listening = session
      ? [session, session.subscribe(() => ((this.#focus = '#contact-subject'), this.host.requestUpdate()))]
      : undefined;
  }

  hostUpdated(): void {
    if (!this.#focus) return;
    const target = this.host.renderRoot.querySelector<HTMLElement>(this.#focus);
    if (target) {
      target.focus();
      this.#focus = undefined;
    }
  }

  hostDisconnected(): void {
    this.#listening?.[1]();
    this.#listening = undefined;
  }

  /** Stops listening; the finder drops the form when its dialog closes or another expert is chosen. */
  dispose(): void {
    this.hostDisconnected();
    this.host.removeController(this);
  }

  async #send(s: ContactStrings): Promise<void> {
    const session = this.session;
    const base = this.#base;
    if (!session || base === undefined || this.state === 'sending') return;
    this.state = 'sending';
    this.problem = undefined;
    this.host.requestUpdate();
    try {
      const res = await session.fetch(
        new Request(`${base}/v1/experts/${encodeURIComponent(this.expertId)}/contact`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ subject: this.subject.trim(), message: this.message.trim() }),
        }),
      );
      if (res.ok) {
        this.state = 'sent';
        this.#focus = '#contact-sent';
      } else {
        this.problem = await this.#explain(res, s);
        this.state = 'editing';
        this.#focus = '#contact-problem';
      }
    } catch {
      this.problem = s.failed;
      this.state = 'editing';
      this.#focus = '#contact-problem';
    }
    this.host.requestUpdate();
  }

  async #explain(res: Response, s: ContactStrings): Promise<string> {
    if (res.status === 429) {
      const seconds = Number(res.headers.get('Retry-After')) || 60;
      return fill(s.tooMany, { minutes: Math.max(1, Math.ceil(seconds / 60)) });
    }
    if (res.status === 403) return s.contactOff;
    const problem = (await res.json().catch(() => undefined)) as { detail?: unknown } | undefined;
    return res.status < 500 && typeof problem?.detail === 'string' ? problem.detail : s.failed;
  }

  render(name: string, lang: UiLanguage): TemplateResult {
    const s = contactStrings.get(lang) ?? (void contactStrings.load(lang).then(() => this.host.requestUpdate()), contactStrings.get('en')!);
    const session = this.session;
    const heading = html`<h3 id="contact-title" dir="auto">${fill(s.title, { name })}</h3>`;
    if (!session?.user) {
      void import('../sign-in/define.js');
      return html`<section part="contact" class="contact" aria-labelledby="contact-title">
        ${heading}
        <p>${s.signInFirst}</p>
        <mnh-sign-in part="sign-in" .session=${session} lang=${lang}></mnh-sign-in>
      </section>`;
    }
    if (this.state === 'sent') {
      return html`<section part="contact" class="contact" aria-labelledby="contact-title">
        ${heading}
        <p id="contact-sent" part="contact-sent" role="status" tabindex="-1">${s.sent}</p>
      </section>`;
    }
    const sending = this.state === 'sending';
    return html`<form
      part="contact"
      class="contact"
      aria-labelledby="contact-title"
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        void this.#send(s);
      }}
    >
      ${heading}
      <p class="muted">${s.privacy}</p>
      <label part="field"
        >${s.subject}
        <input
          id="contact-subject"
          name="subject"
          required
          maxlength=${SUBJECT_MAX}
          autocomplete="off"
          dir="auto"
          aria-describedby="contact-subject-count"
          .value=${this.subject}
          @input=${(e: Event) => ((this.subject = (e.target as HTMLInputElement).value), this.host.requestUpdate())}
        />
      </label>
      <span id="contact-subject-count" class="count muted">${fill(s.left, { n: SUBJECT_MAX - this.subject.length })}</span>
      <label part="field"
        >${s.message}
        <textarea
          id="contact-message"
          name="message"
          required
          maxlength=${MESSAGE_MAX}
          dir="auto"
          aria-describedby="contact-message-count"
          .value=${this.message}
          @input=${(e: Event) => ((this.message = (e.target as HTMLTextAreaElement).value), this.host.requestUpdate())}
        ></textarea>
      </label>
      <span id="contact-message-count" class="count muted">${fill(s.left, { n: MESSAGE_MAX - this.message.length })}</span>
      ${this.problem
        ? html`<p id="contact-problem" part="error" class="problem" role="alert" tabindex="-1">${this.problem}</p>`
        : ''}
      <div class="actions">
        <button part="button" type="submit" ?disabled=${sending}>${sending ? s.sending : s.send}</button>
        <button part="button" type="button" @click=${this.onCancel}>${s.cancel}</button>
      </div>
    </form>`;
  }
}
