// <mnh-support-request>: the capacity-building request form, and the requester's requests with their status and messages.
import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import type { HubSession } from '@mnh/sdk';
import { hubContext } from '../../internal/context.js';
import { HubElement } from '../../internal/hub-element.js';
import { RequestController } from '../../internal/request.js';
import { sessionFor } from '../../internal/session.js';
import { hostStyles } from '../../internal/styles.js';
import { RequestForm } from './request-form.js';
import { supportStrings } from './strings/index.js';
import { supportApiFor } from './support-api.js';
import type { SupportApi, SupportRequest } from './support-api.js';
import { supportStyles } from './support-request.styles.js';
import { Thread, statusTimeline } from './thread.js';
import type { SupportText } from './thread.js';

/** What `mnh-support-requested` carries: the new request's id. */
export interface SupportRequestedDetail {
  requestId: string;
}
/** `mnh-support-requested` from `<mnh-support-request>`. */
export type SupportRequestedEvent = CustomEvent<SupportRequestedDetail>;

/**
 * A Member State or partner asks the hub for capacity-building support (training, technical
 * advice, policy development, data, peer exchange…): requesting entity, country, GCM objectives,
 * kind of support, description, desired timeline, languages and a contact person. The hub checks
 * the request; each problem is shown beside its field and in a summary that takes focus. Below the
 * form, the signed-in person's own requests, each with its status timeline, what was agreed, the
 * experts assigned and the messages with the hub's curators. Someone not signed in is pointed to
 * the page's `<mnh-sign-in>` (or offered one). Text from the hub is always shown as text.
 *
 * @summary The capacity-building request form and the requester's own requests.
 *
 * @fires {CustomEvent<{requestId: string}>} mnh-support-requested - A request was sent. Typed as `SupportRequestedEvent` in `@mnh/widgets`.
 *
 * @csspart form - The request form.
 * @csspart field - Each labelled field or group of choices.
 * @csspart field-error - The hub's problem with a field, beside it.
 * @csspart error-summary - The list of problems above the form.
 * @csspart button - The buttons.
 * @csspart submit - The form's send button.
 * @csspart requests - The list of the person's requests.
 * @csspart request - Each request.
 * @csspart state - A state's name.
 * @csspart timeline - A request's status timeline.
 * @csspart agreement - What was agreed.
 * @csspart experts - The experts assigned.
 * @csspart messages - A request's messages and the form to write one.
 * @csspart message - Each message.
 * @csspart sign-in - The `<mnh-sign-in>` shown to someone not signed in, when the page has none.
 * @csspart sign-in-prompt - What someone not signed in sees when the page has its own `<mnh-sign-in>`.
 * @csspart error - An error message.
 *
 * @example
 * <mnh-provider api="https://hub.example.org">
 *   <mnh-sign-in></mnh-sign-in>
 *   <mnh-support-request></mnh-support-request>
 * </mnh-provider>
 */
export class MnhSupportRequest extends HubElement {
  static override styles = [hostStyles, supportStyles];

  static override properties: PropertyDeclarations = {
    session: { attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** A sign-in session to use instead of the provider's or the one for `api`, for apps that have one. */
  session?: HubSession;

  /**
   * The last change worth announcing to screen readers.
   * @internal
   */
  private announcement = '';

  readonly #context = new ContextConsumer(this, { context: hubContext, subscribe: true });
  readonly #list = new RequestController(this);
  readonly #form = new RequestForm(this);
  #requests: SupportRequest[] = [];
  readonly #threads = new Map<string, Thread>();
  #listening: [HubSession, () => void] | undefined;
  #loadedFor = '';

  /** @internal */
  get hubSession(): HubSession | undefined {
    return this.session ?? (this.api ? sessionFor(this.api) : this.contextSession);
  }

  get #baseUrl(): string {
    return (this.api || this.#context.value?.api || '').replace(/\/+$/, '');
  }

  get #api(): SupportApi | undefined {
    const session = this.hubSession;
    return session?.user && this.#baseUrl ? supportApiFor(session, this.#baseUrl) : undefined;
  }

  /** @internal */
  announce(message: string): void {
    this.announcement = message === this.announcement ? `${message}\u00a0` : message;
  }

  /** @internal */
  sent(request: SupportRequest): void {
    this.#requests = [request, ...this.#requests];
    this.emit<SupportRequestedDetail>('mnh-support-requested', { requestId: request.id });
    void this.#reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#listening?.[1]();
    this.#listening = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const session = this.hubSession;
    if (this.#listening?.[0] !== session) {
      this.#listening?.[1]();
      this.#listening = session ? [session, session.subscribe(() => this.requestUpdate())] : undefined;
    }
    const key = session?.user ? `${this.#baseUrl} ${session.user.id}` : '';
    if (key !== this.#loadedFor) {
      this.#loadedFor = key;
      this.#requests = [];
      this.#threads.clear();
      if (key) void this.#reload();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#form.focusSummary();
  }

  #reload(): Promise<void> {
    return this.#list.run(async (signal) => {
      const api = this.#api;
      if (api) this.#requests = (await api.list('', signal)).items;
    });
  }

  #thread(api: SupportApi, id: string): Thread {
    let thread = this.#threads.get(id);
    if (!thread) this.#threads.set(id, (thread = new Thread(this, api, id)));
    return thread;
  }

  #signIn(s: SupportText, session: HubSession) {
    const pageSignIn = this.#context.value?.session === session ? this.#context.value.signIn : undefined;
    if (pageSignIn) {
      return html`<div part="sign-in-prompt">
        <p>${s.signInOnPage}</p>
        <button part="button" type="button" @click=${() => pageSignIn.focus()}>${s.goToSignIn}</button>
      </div>`;
    }
    void import('../sign-in/define.js');
    return html`<p>${s.signInFirst}</p>
      <mnh-sign-in part="sign-in" .session=${session} lang=${this.locale.lang}></mnh-sign-in>`;
  }

  #mine(s: SupportText, api: SupportApi) {
    if (this.#list.status === 'error') return this.renderProblem(s, this.#list);
    if (this.#list.status === 'loading' && this.#requests.length === 0) return html`<p class="muted" aria-busy="true">${s.loading}</p>`;
    if (this.#requests.length === 0) return html`<p class="muted">${s.noRequests}</p>`;
    return html`<ul part="requests" class="requests">
      ${this.#requests.map((r) => {
        const thread = this.#thread(api, r.id);
        return html`<li part="request" class="request">
          <article aria-labelledby="req-${r.id}">
            <h4 id="req-${r.id}" dir="auto">${r.requestingEntity}</h4>
            <p class="facts">
              <span part="state" class="state ${r.state}">${s.stateLabels[r.state]}</span> · ${this.labels.of('countries', r.country)} ·
              ${this.locale.list(r.kinds.map((k) => s.kindLabels[k]))}
            </p>
            ${statusTimeline(s, this.locale, r)}
            <details @toggle=${(e: Event) => (e.target as HTMLDetailsElement).open && thread.messages === undefined && void thread.load()}>
              <summary>${s.messagesTitle}</summary>
              ${thread.render(s, this.locale)}
            </details>
          </article>
        </li>`;
      })}
    </ul>`;
  }

  protected override render() {
    const s = this.text(supportStrings);
    const session = this.hubSession;
    if (!session || !this.#baseUrl) return html`<p part="error" class="problem" role="alert">${s.noApi}</p>`;
    const api = this.#api;
    const body = !api
      ? this.#signIn(s, session)
      : html`${this.#form.render(
            s,
            this.labels.taxonomy,
            (code) => this.labels.of('languages', code),
            () => void this.#form.submit(api, s).catch(() => this.announce(s.unreachable)),
          )}
          <section aria-labelledby="mine-title" class="mine">
            <h3 id="mine-title">${s.mineTitle}</h3>
            ${this.#mine(s, api)}
          </section>`;
    return html`<section aria-labelledby="support-title">
        <h2 id="support-title">${s.title}</h2>
        <p class="intro">${s.intro}</p>
        ${body}
      </section>
      <p class="vh" role="status">${this.announcement}</p>${nothing}`;
  }
}
