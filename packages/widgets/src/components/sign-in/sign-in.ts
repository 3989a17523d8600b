// <mnh-sign-in>: sign in with a one-time code sent by email, then show who is signed in, with a way out.
import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import type { HubSession, Me } from '@mnh/sdk';
import { hubContext } from '../../internal/context.js';
import { fieldStyles } from '../../internal/fields.styles.js';
import { HubElement } from '../../internal/hub-element.js';
import { fill } from '../../internal/i18n.js';
import { isolate } from '../../internal/render.js';
import { sessionFor } from '../../internal/session.js';
import { hostStyles } from '../../internal/styles.js';
import { Countdown } from './countdown.js';
import { messagesFor, waitAsked } from './problems.js';
import type { Field, Messages } from './problems.js';
import { signInStyles } from './sign-in.styles.js';
import { signInStrings } from './strings/index.js';
import type { SignInText } from './strings/index.js';

/** Seconds before another code may be asked for, so a visitor doesn't spend the hub's per-address limit. */
const RESEND_AFTER_S = 30;
/** What `mnh-signed-in` carries: the person now signed in. */
export interface SignedInDetail {
  user: Me;
}

/** `mnh-signed-in` from `<mnh-sign-in>`. */
export type SignedInEvent = CustomEvent<SignedInDetail>;

/**
 * Signs a person in with a 6-digit code the hub emails them, without passwords or cookies: the
 * session is kept in the page's own `sessionStorage`, so a reload keeps it and closing the tab ends
 * it. Inside `<mnh-provider>` the session is the provider's, and every widget inside knows who is
 * signed in. Once signed in, it shows the person's name and organisation and a sign-out button.
 * Widgets in the same provider that need someone signed in point to this form rather than
 * showing one of their own; its `focus()` moves focus to the field to fill in.
 *
 * @summary Sign in to the Migration Network Hub with a code sent by email.
 *
 * @fires {CustomEvent<{user: Me}>} mnh-signed-in - Someone signed in through this widget. Typed as `SignedInEvent` in `@mnh/widgets`.
 * @fires {CustomEvent<Record<string, never>>} mnh-signed-out - The person signed out through this widget.
 *
 * @csspart form - The email form, then the code form.
 * @csspart field - Each labelled field.
 * @csspart input - The email and code inputs.
 * @csspart field-error - The message under a field the hub refused.
 * @csspart button - The buttons.
 * @csspart resend - The button asking for a new code, with its countdown.
 * @csspart signed-in - Who is signed in, and the sign-out button.
 * @csspart user - The signed-in person's name.
 * @csspart organisation - Their organisation.
 * @csspart error - A message about the whole form (unreachable hub, too many attempts).
 *
 * @example
 * <mnh-sign-in api="https://hub.example.org"></mnh-sign-in>
 */
export class MnhSignIn extends HubElement {
  static override styles = [hostStyles, fieldStyles, signInStyles];

  static override properties: PropertyDeclarations = {
    session: { attribute: false },
    step: { state: true, attribute: false },
    email: { state: true, attribute: false },
    busy: { state: true, attribute: false },
    errors: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** A sign-in session to use instead of the provider's or the one for `api`, for apps that have one. */
  session?: HubSession;

  /** @internal */
  private step: Field = 'email';
  /** @internal */
  private email = '';
  /** @internal */
  private busy = false;
  /**
   * What the hub (or the form) said about each field, and about the whole form under `form`.
   * @internal
   */
  private errors: Messages = {};
  /**
   * The last change worth announcing to screen readers.
   * @internal
   */
  private announcement = '';

  protected override needsLabels = false;
  readonly #wait = new Countdown(this);
  #listening: [HubSession, () => void] | undefined;
  // The base class keeps the provider's value to itself; this form registers with the provider through it.
  readonly #context = new ContextConsumer(this, { context: hubContext, subscribe: true });
  #registered: [register: (form: HTMLElement) => () => void, unregister: () => void] | undefined;

  /** The session this widget signs in to: its own, else the one for `api`, else the provider's. */
  get hubSession(): HubSession | undefined {
    return this.session ?? (this.api ? sessionFor(this.api) : this.contextSession);
  }

  /** Moves focus into the form: to the field to fill in now, or to who is signed in. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('input, [part="user"]')?.focus(options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a move: register with the provider there.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#listening?.[1]();
    this.#listening = undefined;
    this.#registered?.[1]();
    this.#registered = undefined;
  }

  /**
   * A form of the page's own, in the provider's session, tells the provider it is there. One that a
   * widget shows in its own shadow root does not: that widget would then point to itself.
   */
  #register(): void {
    const hub = this.#context.value;
    const root = this.getRootNode();
    const embedded = root instanceof ShadowRoot && root.host.localName.startsWith('mnh-');
    // An update can still run just after the form left the page: it must not register again then.
    const ours = this.isConnected && !embedded && hub?.session && hub.session === this.hubSession;
    const register = ours ? hub.registerSignIn : undefined;
    if (this.#registered?.[0] === register) return;
    this.#registered?.[1]();
    this.#registered = register ? [register, register(this)] : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#register();
    const session = this.hubSession;
    if (this.#listening?.[0] === session) return;
    this.#listening?.[1]();
    // Signed in from anywhere (another widget, the app): a half-done code step here is moot.
    const heard = (user: Me | undefined) => {
      if (user) this.step = 'email';
      this.requestUpdate();
    };
    this.#listening = session ? [session, session.subscribe(heard)] : undefined;
  }

  /** Runs one step against the hub: busy meanwhile, the hub's objections shown where they belong. */
  async #attempt(work: (session: HubSession) => Promise<void>): Promise<void> {
    const session = this.hubSession;
    if (!session || this.busy) return;
    this.busy = true;
    this.errors = {};
    try {
      await work(session);
    } catch (error) {
      this.errors = this.#explain(error);
    } finally {
      this.busy = false;
    }
  }

  #explain(error: unknown): Messages {
    const s = this.text(signInStrings);
    const wait = waitAsked(error);
    if (wait !== undefined) {
      this.#wait.start(wait);
      this.announcement = fill(s.tooMany, { time: this.#time(wait) });
    }
    return messagesFor(error, s, this.step);
  }

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #sendCode(email: string): Promise<void> {
    const s = this.text(signInStrings);
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      this.errors = { email: s.emailInvalid };
      return this.#focus('input[name="email"]');
    }
    return this.#attempt(async (session) => {
      await session.requestSignInCode(email);
      this.email = email;
      this.step = 'code';
      this.#wait.start(RESEND_AFTER_S);
      this.announcement = fill(s.codeSent, { email });
      await this.#focus('input[name="code"]');
    });
  }

  #signIn(code: string): Promise<void> {
    if (!/^\d{6}$/.test(code)) {
      this.errors = { code: this.text(signInStrings).codeInvalid };
      return this.#focus('input[name="code"]');
    }
    return this.#attempt(async (session) => {
      const user = await session.signIn(this.email, code);
      this.step = 'email';
      this.announcement = fill(this.text(signInStrings).signedInAs, { name: user.name });
      this.emit<SignedInDetail>('mnh-signed-in', { user });
      await this.updateComplete;
      // A widget that sent the person here may already have taken focus to what they came for.
      const active = document.activeElement;
      if (!active || active === document.body || this.matches(':focus-within')) await this.#focus('[part="user"]');
    });
  }

  async #signOut(): Promise<void> {
    const session = this.hubSession;
    if (!session) return;
    // Forgotten here even when the hub can't be told; nothing more the visitor can do about it.
    await session.signOut().catch(() => undefined);
    this.errors = {};
    this.announcement = this.text(signInStrings).signedOut;
    this.emit('mnh-signed-out', {});
    await this.#focus('input[name="email"]');
  }

  protected override render() {
    const s = this.text(signInStrings);
    const session = this.hubSession;
    if (!session) return html`<p part="error" class="problem" role="alert">${s.noApi}</p>`;
    const user = session.user;
    return html`${user ? this.#renderUser(s, user) : this.step === 'code' ? this.#renderCode(s) : this.#renderEmail(s)}
      <p class="vh" role="status">${this.announcement}</p>`;
  }

  #renderUser(s: SignInText, user: Me): TemplateResult {
    return html`<div part="signed-in" class="signed-in">
      <p part="user" class="user" tabindex="-1">${fill(s.signedInAs, { name: isolate(user.name) })}</p>
      ${user.organisation
        ? html`<p part="organisation" class="muted" dir="auto">${user.organisation.name}</p>`
        : nothing}
      <button part="button" type="button" @click=${() => this.#signOut()}>${s.signOut}</button>
    </div>`;
  }

  #renderEmail(s: SignInText): TemplateResult {
    const waiting = this.#wait.seconds > 0 && this.errors.form === 'tooMany';
    return html`<form
      part="form"
      aria-label=${s.title}
      novalidate
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        void this.#sendCode(String(new FormData(e.target as HTMLFormElement).get('email') ?? '').trim());
      }}
    >
      ${this.#field(s.emailLabel, 'email', html`<input
        part="input"
        name="email"
        type="email"
        autocomplete="email"
        maxlength="254"
        spellcheck="false"
        .value=${this.email}
        aria-describedby="email-hint email-error"
        aria-invalid=${this.errors.email ? 'true' : 'false'}
      />`)}
      <p id="email-hint" class="muted">${s.emailHint}</p>
      ${this.#formError(s)}
      <button part="button" type="submit" ?disabled=${this.busy || waiting}>
        ${this.busy ? s.working : s.sendCode}
      </button>
    </form>`;
  }

  #renderCode(s: SignInText): TemplateResult {
    const wait = this.#wait.seconds;
    return html`<form
      part="form"
      aria-label=${s.title}
      novalidate
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        void this.#signIn(String(new FormData(e.target as HTMLFormElement).get('code') ?? '').replace(/\s/g, ''));
      }}
    >
      <p dir="auto">${fill(s.codeSent, { email: isolate(this.email) })}</p>
      ${this.#field(s.codeLabel, 'code', html`<input
        part="input"
        class="code"
        dir="ltr"
        name="code"
        type="text"
        inputmode="numeric"
        autocomplete="one-time-code"
        pattern="[0-9]*"
        maxlength="6"
        aria-describedby="code-error"
        aria-invalid=${this.errors.code ? 'true' : 'false'}
      />`)}
      ${this.#formError(s)}
      <div class="actions">
        <button part="button" type="submit" ?disabled=${this.busy}>${this.busy ? s.working : s.signIn}</button>
        <button
          part="button resend"
          class="quiet"
          type="button"
          ?disabled=${this.busy || wait > 0}
          @click=${() => this.#sendCode(this.email)}
        >
          ${wait > 0 ? fill(s.resendIn, { time: this.#time(wait) }) : s.resend}
        </button>
        <button
          part="button"
          class="quiet"
          type="button"
          @click=${() => {
            this.step = 'email';
            this.errors = {};
            void this.#focus('input[name="email"]');
          }}
        >
          ${s.otherEmail}
        </button>
      </div>
    </form>`;
  }

  #field(label: string, name: Field, input: TemplateResult): TemplateResult {
    const error = this.errors[name];
    return html`<label part="field">${label} ${input}</label>
      <p id="${name}-error" part="field-error" class="field-error" dir="auto">${error ?? nothing}</p>`;
  }

  #formError(s: SignInText): TemplateResult | typeof nothing {
    const error = this.errors.form;
    if (!error) return nothing;
    const wait = this.#wait.seconds;
    // The countdown ticks every second: announce the message once, not each tick.
    if (error === 'tooMany') {
      return wait > 0
        ? html`<p part="error" class="form-error">${fill(s.tooMany, { time: this.#time(wait) })}</p>`
        : nothing;
    }
    return html`<p part="error" class="form-error" role="alert" dir="auto">${error}</p>`;
  }

  /** `m:ss` in the widget's language. */
  #time(seconds: number): string {
    const two = (n: number) => n.toLocaleString(this.locale.lang, { minimumIntegerDigits: 2 });
    return `${this.locale.number(Math.floor(seconds / 60))}:${two(seconds % 60)}`;
  }
}
