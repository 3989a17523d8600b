// <mnh-expert-finder>: search the experts directory as you type, narrow by facets, read a profile.
import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { HubProblemError } from '@mnh/sdk';
import type { Expert, ExpertQuery, ExpertSummary, HubClient } from '@mnh/sdk';
import { detailStyles } from '../../internal/detail.styles.js';
import { DetailDialog, dialogStyles } from '../../internal/dialog.js';
import { Debouncer } from '../../internal/debounce.js';
import { searchField, selectField } from '../../internal/fields.js';
import { fieldStyles } from '../../internal/fields.styles.js';
import type { Option } from '../../internal/fields.js';
import { many } from '../../internal/attributes.js';
import { HubElement } from '../../internal/hub-element.js';
import { PagesController } from '../../internal/pages.js';
import { tags } from '../../internal/render.js';
import { RequestController } from '../../internal/request.js';
import { loadMore, renderCount, renderResults, resultsStyles } from '../../internal/results.js';
import { hostStyles } from '../../internal/styles.js';
import type { ContactForm } from './contact-form.js';
import { expertiseLabels, renderExpert } from './expert-detail.js';
import { expertFinderStyles } from './expert-finder.styles.js';
import { expertFinderStrings } from './strings/index.js';
import type { ExpertFinderText } from './strings/index.js';

/** How long typing must pause before the directory is asked. */
const TYPING_PAUSE_MS = 250;

/** What `mnh-select` from `<mnh-expert-finder>` carries: the chosen expert. */
export interface ExpertSelectDetail {
  /** The expert's id. */
  id: string;
}

/** `mnh-select` from `<mnh-expert-finder>`; cancel it to show the profile yourself. */
export type ExpertSelectEvent = CustomEvent<ExpertSelectDetail>;

/**
 * Searches the hub's directory of migration experts as the visitor types (stale requests are
 * cancelled), with facets for expertise (GCM objectives and thematic areas), region and language.
 * Choosing an expert shows their public profile; contact details are never shown or fetched.
 * When the expert accepts messages, "Contact" opens a form (loaded on first use) that sends a
 * message through the hub, signing in first (inline, through the provider's session) if needed.
 *
 * @summary Search the Migration Network Hub's experts directory.
 *
 * @fires {CustomEvent<{id: string}>} mnh-select - An expert was chosen (click or Enter). Cancelable: call `preventDefault()` to show the profile yourself. Typed as `ExpertSelectEvent` in `@mnh/widgets`.
 *
 * @csspart filters - The search box and facets.
 * @csspart field - Each labelled field.
 * @csspart search - The search box.
 * @csspart select - Each facet select.
 * @csspart count - The number of matching experts (a polite live region).
 * @csspart list - The list of experts.
 * @csspart item - Each expert.
 * @csspart item-name - The expert's name, the button that opens the profile.
 * @csspart item-meta - Title and organisation.
 * @csspart load-more - The "Load more" button.
 * @csspart empty - The message shown when nothing matches.
 * @csspart error - The error message.
 * @csspart button - The retry button.
 * @csspart dialog - The dialog showing a profile.
 * @csspart close-button - The dialog's close button.
 * @csspart expert - The profile in the dialog.
 * @csspart expert-name - The expert's name in the profile.
 * @csspart section - Each block of the profile: about, links.
 * @csspart link - Each external link.
 * @csspart contact-button - The "Contact" button in a profile.
 * @csspart contact - The contact form (or the sign-in it asks for first).
 * @csspart contact-sent - The confirmation once a message is queued.
 * @csspart sign-in - The `<mnh-sign-in>` shown in the contact form to someone not signed in.
 *
 * @example
 * <mnh-expert-finder api="https://hub.example.org" expertise="6" region="asia"></mnh-expert-finder>
 */
export class MnhExpertFinder extends HubElement {
  static override styles = [
    hostStyles,
    fieldStyles,
    resultsStyles,
    dialogStyles,
    detailStyles,
    expertFinderStyles,
  ];

  static override properties: PropertyDeclarations = {
    q: {},
    expertise: {},
    region: {},
    language: {},
    limit: { type: Number },
    chosen: { state: true, attribute: false },
    profile: { state: true, attribute: false },
  };

  /** Search terms: name, organisation, topic. */
  q = '';
  /** GCM objective numbers or thematic cluster keys, comma-separated for several. */
  expertise = '';
  /** Region keys, comma-separated for several. */
  region = '';
  /** ISO 639-1 codes of languages the expert works in, comma-separated for several. */
  language = '';
  /** Experts per page, 1–100. */
  limit = 20;

  /**
   * The expert whose profile the dialog shows.
   * @internal
   */
  private chosen: ExpertSummary | undefined;
  /**
   * The chosen expert's full profile, once it arrives.
   * @internal
   */
  private profile: Expert | undefined;

  private readonly pages = new PagesController<ExpertSummary>(this);
  private readonly profileRequest = new RequestController(this);
  readonly #dialog = new DetailDialog(() => this.renderRoot.querySelector('dialog'));
  readonly #typing = new Debouncer();
  #loaded: [HubClient, string] | undefined;
  /** The open contact form, for the chosen expert only. */
  #contact: ContactForm | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#typing.cancel();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const client = this.hubClient;
    if (!client) return;
    const query: ExpertQuery = {
      q: this.q.trim() || undefined,
      expertise: many(this.expertise),
      region: many(this.region) as ExpertQuery['region'],
      language: many(this.language),
      limit: this.limit,
    };
    const key = JSON.stringify(query);
    if (this.#loaded?.[0] === client && this.#loaded[1] === key) return;
    this.#loaded = [client, key];
    void this.pages.reset((cursor, signal) => client.listExperts({ ...query, cursor }, { signal }));
  }

  async #open(expert: ExpertSummary, trigger: HTMLElement): Promise<void> {
    const client = this.hubClient;
    if (!client || !this.emit<ExpertSelectDetail>('mnh-select', { id: expert.id }, true)) return;
    this.#closeContact();
    this.chosen = expert;
    this.profile = undefined;
    void this.profileRequest.run(async (signal) => {
      this.profile = await client.getExpert(expert.id, { signal });
    });
    await this.updateComplete;
    this.#dialog.open(trigger);
  }

  protected override render() {
    const s = this.text(expertFinderStrings);
    if (!this.hubClient) return html`<p part="error" class="problem" role="alert">${s.noApi}</p>`;
    const pages = this.pages;
    return html`${this.#renderFacets(s)} ${renderCount(pages, this.locale, s.count)}
    ${renderResults({
      pages,
      s,
      locale: this.locale,
      skeletons: this.limit,
      skeleton: html`<div class="card-title"></div>
        <p class="meta"></p>
        <ul class="tags"></ul>`,
      empty: html`<p>${s.empty}</p>`,
      item: (expert) => this.#renderItem(expert),
      problem: () => this.renderProblem(s, pages),
      more: () => loadMore(pages, this),
    })}
    ${this.#dialog.render(
      this.chosen?.name ?? '',
      s.close,
      () => {
        this.#closeContact();
        this.chosen = undefined;
      },
      this.chosen ? this.#renderProfile(s) : nothing,
    )}`;
  }

  #renderItem(expert: ExpertSummary) {
    return html`<li part="item" class="card">
      <h3 class="card-title">
        <button
          part="item-name"
          type="button"
          dir="auto"
          @click=${(e: Event) => this.#open(expert, e.currentTarget as HTMLElement)}
        >
          ${expert.name}
        </button>
      </h3>
      <p part="item-meta" class="meta muted" dir="auto">${expert.title} · ${expert.organisation.name}</p>
      ${tags(expertiseLabels(expert.expertise, this.labels)) ?? html`<ul class="tags"></ul>`}
    </li>`;
  }

  #renderProfile(s: ExpertFinderText) {
    const request = this.profileRequest;
    if (request.status === 'error') {
      return request.error instanceof HubProblemError && request.error.status === 404
        ? html`<p part="error" class="problem" role="alert">${s.notFound}</p>`
        : this.renderProblem(s, request);
    }
    if (!this.profile) {
      return html`<div aria-busy="true">
        <span class="vh" role="status">${s.loading}</span>
        <div class="skeleton title"></div>
        ${[1, 2, 3].map(() => html`<p class="skeleton line"></p>`)}
      </div>`;
    }
    const profile = this.profile;
    return html`${renderExpert(profile, this.labels, this.locale, s)}
    ${!profile.contactable
      ? nothing
      : this.#contact?.expertId === profile.id
        ? this.#contact.render(profile.name, this.locale.lang)
        : html`<p>
            <button part="contact-button button" id="contact-button" type="button" @click=${() => this.#openContact(profile.id)}>
              ${s.contact}
            </button>
          </p>`}`;
  }

  async #openContact(expertId: string): Promise<void> {
    const { ContactForm, contactStyles } = await import('./contact-form.js');
    if (this.chosen?.id !== expertId) return;
    this.useStyles(contactStyles);
    this.#contact = new ContactForm(this, expertId, () => {
      this.#closeContact();
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#contact-button')?.focus());
    });
    this.requestUpdate();
  }

  #closeContact(): void {
    this.#contact?.dispose();
    this.#contact = undefined;
    this.requestUpdate();
  }

  #renderFacets(s: ExpertFinderText) {
    const t = this.labels.taxonomy;
    const expertise: Option[] = [
      ...(t?.objectives ?? []).map((o): Option => [String(o.number), `${o.number} · ${o.label}`]),
      ...(t?.themes ?? []).map((theme): Option => [theme.key, theme.label]),
    ];
    const select = (key: 'expertise' | 'region' | 'language', label: string, options: readonly Option[]) =>
      selectField(label, this[key], options, s.any, (value) => (this[key] = value));
    return html`<form
      part="filters"
      class="fields"
      role="search"
      aria-label=${s.facets}
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        this.#typing.cancel();
        this.q = String(new FormData(e.target as HTMLFormElement).get('q') ?? '');
      }}
    >
      ${searchField(s.searchLabel, this.q, (value) => this.#typing.run(TYPING_PAUSE_MS, () => (this.q = value)))}
      ${select('expertise', s.expertise, expertise)}
      ${select('region', s.regions, (t?.regions ?? []).map((r): Option => [r.key, r.label]))}
      ${select('language', s.languages, (t?.languages ?? []).map((l): Option => [l.code, l.label]))}
    </form>`;
  }
}
