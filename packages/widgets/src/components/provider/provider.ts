// <mnh-provider>: one hub client, language and signed-in person for every widget inside it.
import { LitElement, css, html } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { clientFor } from '../../internal/client.js';
import { hubContext } from '../../internal/context.js';
import { sessionFor } from '../../internal/session.js';

/**
 * Shares one SDK client (and so one cache of taxonomy labels), a language and the sign-in session
 * with every hub widget inside it; widgets with their own `api` or `lang` keep theirs. Whoever signs
 * in through an `<mnh-sign-in>` inside is signed in for every widget inside; with one on the page,
 * `<mnh-practice-form>` and `<mnh-review-panel>` point to it instead of showing a second form.
 *
 * @summary Shares the hub's address, language and signed-in person with the widgets inside it.
 * @slot - The widgets, and any other content.
 *
 * @example
 * <mnh-provider api="https://hub.example.org" lang="fr">
 *   <mnh-practice-list region="africa"></mnh-practice-list>
 * </mnh-provider>
 */
export class MnhProvider extends LitElement {
  static override properties: PropertyDeclarations = { api: {}, lang: { reflect: true } };

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The hub's address, e.g. `https://hub.example.org`. */
  api = '';

  /** Interface language for the widgets inside: ar, en, es, fr, ru or zh. */
  override lang!: string;

  readonly #context = new ContextProvider(this, { context: hubContext });
  #unsubscribe: (() => void) | undefined;
  /** The page's own `<mnh-sign-in>` forms inside, as they registered. */
  readonly #signIns = new Set<HTMLElement>();
  readonly #registerSignIn = (form: HTMLElement): (() => void) => {
    this.#signIns.add(form);
    this.#publish();
    return () => {
      if (this.#signIns.delete(form)) this.#publish();
    };
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a move: listen to the session again.
    if (this.hasUpdated) this.#share();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') || changed.has('lang')) this.#share();
  }

  /** Follows the session for the current address, and shares what it knows now. */
  #share(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    if (!this.api) return this.#context.setValue(undefined);
    this.#unsubscribe = sessionFor(this.api).subscribe(() => this.#publish());
    this.#publish();
  }

  /** A new context value for the current address, language, person and sign-in form, so every consumer hears of it. */
  #publish(): void {
    if (!this.api) return;
    const session = sessionFor(this.api);
    this.#context.setValue({
      api: this.api,
      client: clientFor(this.api),
      lang: this.lang || undefined,
      session,
      user: session.user,
      signIn: this.#firstSignIn(),
      registerSignIn: this.#registerSignIn,
    });
  }

  /** The first registered form in page order: the one a prompt sends people to. */
  #firstSignIn(): HTMLElement | undefined {
    let first: HTMLElement | undefined;
    for (const form of this.#signIns) {
      if (!first || first.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_PRECEDING) first = form;
    }
    return first;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
