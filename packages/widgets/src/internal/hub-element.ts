// The base of every hub widget: its SDK client, language, taxonomy labels, events and error view.
import { LitElement, adoptStyles, html } from 'lit';
import type { CSSResult, PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { ContextConsumer, ContextRoot } from '@lit/context';
import { HubProblemError } from '@mnh/sdk';
import type { HubClient, Me, UiLanguage } from '@mnh/sdk';
import { clientFor } from './client.js';
import { hubContext } from './context.js';
import { LocaleController } from './locale.js';
import { textFor } from './i18n.js';
import type { Translations } from './i18n.js';
import { commonStrings } from './strings/index.js';
import type { CommonStrings } from './strings/index.js';
import { Labels, taxonomyFor } from './taxonomy.js';
import type { RequestController } from './request.js';

const contextRoot = Symbol.for('mnh-context-root');

/**
 * Widgets may upgrade before the <mnh-provider> around them; a context root on the document keeps
 * their requests and replays them once a provider connects. One per page, whatever the copies.
 */
function ensureContextRoot(): void {
  const registry = window as unknown as Record<symbol, ContextRoot | undefined>;
  if (registry[contextRoot]) return;
  const root = new ContextRoot();
  root.attach(document.documentElement);
  registry[contextRoot] = root;
}

const labelsByTaxonomy = new WeakMap<object, Labels>();

/**
 * @cssproperty --mnh-color-text - Text colour.
 * @cssproperty --mnh-color-muted - Secondary text (labels, dates); keep it ≥ 4.5:1 on the background.
 * @cssproperty --mnh-color-surface - The widget's background (transparent in the light scheme).
 * @cssproperty --mnh-color-raised - Cards, fields and dialogs.
 * @cssproperty --mnh-color-border - Borders of fields, and of cards at half strength; keep it ≥ 3:1 on the background.
 * @cssproperty --mnh-color-accent - Buttons and links; tags get a faint tint of it.
 * @cssproperty --mnh-color-on-accent - Text on accent-coloured buttons.
 * @cssproperty --mnh-color-focus - The focus ring.
 * @cssproperty --mnh-color-danger - Error messages.
 * @cssproperty --mnh-font - Font family; the page's by default.
 * @cssproperty --mnh-font-size - Base font size (default 1rem).
 * @cssproperty --mnh-radius - Corner radius (default 0.5rem).
 * @cssproperty --mnh-space - Base spacing unit (default 1rem).
 * @cssproperty --mnh-density - Multiplies spacing: 0.75 for compact, 1.25 for airy (default 1).
 */
export class HubElement extends LitElement {
  static override properties: PropertyDeclarations = {
    api: {},
    lang: { reflect: true },
    colorScheme: { attribute: 'color-scheme', reflect: true },
    client: { attribute: false },
    labels: { state: true, attribute: false },
  };

  /** The hub's address, e.g. `https://hub.example.org`; not needed inside `<mnh-provider>`. */
  api?: string;

  /** Interface language (ar, en, es, fr, ru, zh); else the provider's, else the page's. */
  override lang!: string;

  /** Colour scheme: `light` (default), `dark`, or `auto` to follow the visitor's system setting. */
  colorScheme?: 'light' | 'dark' | 'auto';

  /** An SDK client to use instead of one made from `api`, for apps that already have one. */
  client?: HubClient;

  /**
   * Taxonomy labels in the widget's language; keys stand in until they arrive.
   * @internal
   */
  protected labels = new Labels();

  /** Whether the widget shows taxonomy labels, and so fetches them. */
  protected needsLabels = true;

  protected readonly locale = new LocaleController(this);
  readonly #hub = new ContextConsumer(this, { context: hubContext, subscribe: true });
  #labelsFor: [HubClient, UiLanguage] | undefined;
  readonly #lateStyles = new Set<CSSResult>();

  /**
   * The language the surrounding `<mnh-provider>` asks for, if any; read by the locale controller.
   * @internal
   */
  get contextLang(): string | undefined {
    return this.#hub.value?.lang;
  }

  /**
   * Who is signed in, as the surrounding `<mnh-provider>` shares it.
   * @internal
   */
  get hubUser(): Me | undefined {
    return this.#hub.value?.user;
  }

  /**
   * The sign-in session the surrounding `<mnh-provider>` shares, if any.
   * @internal
   */
  protected get contextSession() {
    return this.#hub.value?.session;
  }

  /**
   * The client this widget talks through: its own `client`, else one for `api`, else the provider's.
   * @internal
   */
  get hubClient(): HubClient | undefined {
    return this.client ?? (this.api ? clientFor(this.api) : this.#hub.value?.client);
  }

  override connectedCallback(): void {
    ensureContextRoot();
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const client = this.hubClient;
    const lang = this.locale.lang;
    if (!client || !this.needsLabels || (this.#labelsFor?.[0] === client && this.#labelsFor[1] === lang)) return;
    const wanted: [HubClient, UiLanguage] = (this.#labelsFor = [client, lang]);
    taxonomyFor(client, lang).then(
      (taxonomy) => {
        if (this.#labelsFor !== wanted) return;
        let labels = labelsByTaxonomy.get(taxonomy);
        if (!labels) labelsByTaxonomy.set(taxonomy, (labels = new Labels(taxonomy)));
        this.labels = labels;
      },
      // Keys stand in for labels; the next retry asks again.
      () => {
        if (this.#labelsFor === wanted) this.#labelsFor = undefined;
      },
    );
  }

  /**
   * Adds styles for a part of the widget that loads later (a filter bar, a dialog), as
   * constructable stylesheets like the static ones, so a strict CSP still allows them.
   */
  protected useStyles(styles: CSSResult): void {
    if (this.#lateStyles.has(styles)) return;
    this.#lateStyles.add(styles);
    const own = (this.constructor as typeof LitElement).elementStyles;
    adoptStyles(this.renderRoot as ShadowRoot, [...own, ...this.#lateStyles]);
  }

  /** The shared and the component's interface text in the widget's language. */
  protected text<S>(own: Translations<S>): CommonStrings & S {
    return textFor(commonStrings, own, this.locale.lang, () => this.requestUpdate());
  }

  /** Dispatches a bubbling, composed event; returns false when a listener prevented it. */
  protected emit<T>(name: string, detail: T, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable }));
  }

  /** The error state: what went wrong in the widget's language, and a way to try again. */
  protected renderProblem(s: CommonStrings, request: RequestController, message?: string): TemplateResult {
    const error = request.error;
    const text =
      message ??
      (error instanceof HubProblemError
        ? error.status >= 500
          ? s.failed
          : error.message
        : s.unreachable);
    return html`<div part="error" class="problem" role="alert">
      <p>${text}</p>
      <button part="button" type="button" @click=${() => this.retry(request)}>${s.retry}</button>
    </div>`;
  }

  /** Tries a failed request again, and the labels with it if they failed too. */
  protected retry(request: RequestController): void {
    this.requestUpdate();
    void request.retry();
  }
}
