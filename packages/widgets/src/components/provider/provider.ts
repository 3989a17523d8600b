// <mnh-provider>: one hub client and language for every widget inside it.
import { LitElement, css, html } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { clientFor } from '../../internal/client.js';
import { hubContext } from '../../internal/context.js';

/**
 * Shares one SDK client (and so one cache of taxonomy labels) and a language with every hub
 * widget inside it; widgets with their own `api` or `lang` keep theirs.
 *
 * @summary Shares the hub's address and language with the widgets inside it.
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') || changed.has('lang')) {
      this.#context.setValue(
        this.api ? { api: this.api, client: clientFor(this.api), lang: this.lang || undefined } : undefined,
      );
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
