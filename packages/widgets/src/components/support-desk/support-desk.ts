// <mnh-support-desk>: the curators' queue of capacity-building requests; its body loads once a curator is signed in.
import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import type { HubSession } from '@mnh/sdk';
import { hubContext } from '../../internal/context.js';
import { HubElement } from '../../internal/hub-element.js';
import { RequestController } from '../../internal/request.js';
import { sessionFor } from '../../internal/session.js';
import { hostStyles } from '../../internal/styles.js';
import { supportStrings } from '../support-request/strings/index.js';
import { supportApiFor } from '../support-request/support-api.js';
import type { SupportRequest, SupportState } from '../support-request/support-api.js';
import { supportStyles } from '../support-request/support-request.styles.js';
import type { SupportDeskView } from './desk-view.js';

/** What `mnh-support-moved` carries: the request and the state it moved to. */
export interface SupportMovedDetail {
  requestId: string;
  state: SupportState;
}
/** `mnh-support-moved` from `<mnh-support-desk>`. */
export type SupportMovedEvent = CustomEvent<SupportMovedDetail>;

const CURATING: readonly string[] = ['curator', 'admin'];

/**
 * The hub's support desk for curators (and admins): every capacity-building request, filtered by
 * state; for a chosen request its content and status timeline, suggested experts (by objective,
 * region, language and availability) to assign with one button, similar published practices, a
 * form to move it on (only the moves the hub allows; a reason to decline, what was agreed) and the
 * messages with the requester. The desk's code loads only when a curator is signed in; anyone
 * else is told the desk is not for them, or pointed to sign-in. Text from the hub is shown as text.
 *
 * @summary The curators' queue of capacity-building support requests.
 *
 * @fires {CustomEvent<{requestId: string, state: string}>} mnh-support-moved - A curator moved a request to a new state. Typed as `SupportMovedEvent` in `@mnh/widgets`.
 *
 * @csspart queue - The list of requests.
 * @csspart item - Each request in the queue.
 * @csspart state - A state's name.
 * @csspart detail - The chosen request.
 * @csspart back - The button back to the queue.
 * @csspart timeline - The request's status timeline.
 * @csspart agreement - What was agreed.
 * @csspart experts - The experts assigned.
 * @csspart suggestions - Suggested experts and practices.
 * @csspart suggestion - Each suggested expert.
 * @csspart move - The form moving the request on.
 * @csspart messages - The messages with the requester.
 * @csspart message - Each message.
 * @csspart button - The buttons.
 * @csspart error - An error message.
 *
 * @example
 * <mnh-provider api="https://hub.example.org">
 *   <mnh-sign-in></mnh-sign-in>
 *   <mnh-support-desk></mnh-support-desk>
 * </mnh-provider>
 */
export class MnhSupportDesk extends HubElement {
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
  readonly #load = new RequestController(this);
  #View: typeof SupportDeskView | undefined;
  #view: [key: string, view: SupportDeskView] | undefined;
  #listening: [HubSession, () => void] | undefined;

  /** @internal */
  get hubSession(): HubSession | undefined {
    return this.session ?? (this.api ? sessionFor(this.api) : this.contextSession);
  }

  get #baseUrl(): string {
    return (this.api || this.#context.value?.api || '').replace(/\/+$/, '');
  }

  /** @internal */
  announce(message: string): void {
    this.announcement = message === this.announcement ? `${message}\u00a0` : message;
  }

  /** @internal */
  moved(request: SupportRequest): void {
    this.emit<SupportMovedDetail>('mnh-support-moved', { requestId: request.id, state: request.state });
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
    const user = session?.user;
    const curating = !!user && user.roles.some((role) => CURATING.includes(role));
    const key = session && curating && this.#baseUrl ? `${this.#baseUrl} ${user.id}` : '';
    if (this.#view?.[0] === key) return;
    this.#view = undefined;
    if (!key || !session) return;
    const View = this.#View;
    if (!View) {
      if (this.#load.status === 'idle') {
        void this.#load.run(async () => {
          this.#View = (await import('./desk-view.js')).SupportDeskView;
        });
      }
      return;
    }
    this.#view = [key, new View(this, supportApiFor(session, this.#baseUrl))];
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#view?.[1].focus();
  }

  protected override render() {
    const s = this.text(supportStrings);
    const session = this.hubSession;
    if (!session || !this.#baseUrl) return html`<p part="error" class="problem" role="alert">${s.noApi}</p>`;
    let body;
    if (!session.user) {
      const pageSignIn = this.#context.value?.session === session ? this.#context.value.signIn : undefined;
      if (!pageSignIn) void import('../sign-in/define.js');
      body = pageSignIn
        ? html`<p>${s.notCurator}</p>
            <button part="button" type="button" @click=${() => pageSignIn.focus()}>${s.goToSignIn}</button>`
        : html`<p>${s.notCurator}</p>
            <mnh-sign-in .session=${session} lang=${this.locale.lang}></mnh-sign-in>`;
    } else if (this.#view) {
      body = this.#view[1].render({ s, locale: this.locale, labels: this.labels });
    } else if (this.#load.status === 'error') {
      body = this.renderProblem(s, this.#load);
    } else if (!session.user.roles.some((role) => CURATING.includes(role))) {
      body = html`<p>${s.notCurator}</p>`;
    } else {
      body = html`<p class="muted" aria-busy="true">${s.loading}</p>`;
    }
    return html`<section aria-labelledby="desk-title">
        <h2 id="desk-title">${s.deskTitle}</h2>
        ${body}
      </section>
      <p class="vh" role="status">${this.announcement}</p>${nothing}`;
  }
}
