// <mnh-practice-detail>: one published practice, every public field, readable.
import { html } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { HubProblemError } from '@mnh/sdk';
import type { HubClient, Practice, UiLanguage } from '@mnh/sdk';
import { HubElement } from '../../internal/hub-element.js';
import { dirOf, languageSwitch, languageSwitchStyles } from '../../internal/content-language.js';
import { detailStyles } from '../../internal/detail.styles.js';
import { fact, isolate, linkList, prose, tags } from '../../internal/render.js';
import { RequestController } from '../../internal/request.js';
import { fill } from '../../internal/i18n.js';
import { hostStyles } from '../../internal/styles.js';
import { practiceDetailStrings } from './strings/index.js';

/**
 * Shows one published practice: title, summary and description, GCM objectives, guiding
 * principles, thematic areas, countries and regions as labels in the widget's language, the
 * implementing organisation and partners, implementation period and status, results, lessons
 * learned, replicability, funding, languages and links. Text from the hub is always shown as text.
 * When the practice has approved translations it is shown in the widget's language if there is
 * one, and a switch ("Also in: Français, العربية") changes the language of the content only.
 *
 * @fires mnh-content-language - The reader chose another language for the content; `detail.language`.
 * @summary One practice from the hub's repository, in full.
 *
 * @csspart base - The article holding the practice.
 * @csspart title - The practice's title.
 * @csspart summary - The summary under the title.
 * @csspart facts - The list of facts: objectives, countries, organisation, period…
 * @csspart section - Each block of text: description, results, lessons learned, links…
 * @csspart link - Each external link.
 * @csspart error - The error or not-found message.
 * @csspart button - The retry button.
 * @csspart languages - The group of buttons switching the content's language.
 * @csspart language - Each language button; the one shown has `aria-pressed="true"`.
 *
 * @example
 * <mnh-practice-detail api="https://hub.example.org" practice="community-sponsorship-for-refugees"></mnh-practice-detail>
 */
export class MnhPracticeDetail extends HubElement {
  static override styles = [hostStyles, detailStyles, languageSwitchStyles];

  static override properties: PropertyDeclarations = {
    practice: {},
    data: { state: true, attribute: false },
    contentLanguage: { state: true, attribute: false },
  };

  /** The practice to show: its id (`prc_…`) or its slug. */
  practice = '';

  /**
   * The practice as loaded, shown once it arrives.
   * @internal
   */
  private data: Practice | undefined;

  /**
   * The content language the reader chose; until then the widget's own, which the hub serves
   * when a translation into it exists and the original otherwise.
   * @internal
   */
  private contentLanguage: UiLanguage | undefined;

  private readonly request = new RequestController(this);
  #loaded: [HubClient, string, UiLanguage] | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const client = this.hubClient;
    const practice = this.practice.trim();
    if (changed.has('practice')) this.contentLanguage = undefined;
    const lang = this.contentLanguage ?? this.locale.lang;
    const loaded = this.#loaded;
    if (!client || !practice || (loaded?.[0] === client && loaded[1] === practice && loaded[2] === lang)) return;
    this.#loaded = [client, practice, lang];
    // Another language of the same practice keeps the one shown until it arrives, and with it the focus.
    if (loaded?.[0] !== client || loaded[1] !== practice) this.data = undefined;
    void this.request.run(async (signal) => {
      this.data = await client.getPractice(practice, { signal, lang });
    });
  }

  #chooseLanguage(language: UiLanguage): void {
    if (language === this.data?.language) return;
    this.contentLanguage = language;
    this.emit('mnh-content-language', { language });
  }

  /** Replicability and funding are not translated: always in the original's language. */
  #untranslated(heading: string, text: string, p: Practice) {
    const original = p.originalLanguage ?? p.language;
    return prose(heading, text, original, dirOf(original));
  }

  protected override render() {
    const s = this.text(practiceDetailStrings);
    if (!this.hubClient) return html`<p part="error" class="problem" role="alert">${s.noApi}</p>`;
    const { status, error } = this.request;
    if (status === 'error') {
      const missing = error instanceof HubProblemError && error.status === 404;
      return missing
        ? html`<p part="error" class="problem" role="alert">${s.notFound}</p>`
        : this.renderProblem(s, this.request);
    }
    const p = this.data;
    if (!p) {
      return html`<div part="base" aria-busy="true">
        <span class="vh" role="status">${s.loading}</span>
        <div class="skeleton title"></div>
        ${[1, 2, 3, 4].map(() => html`<p class="skeleton line"></p>`)}
      </div>`;
    }
    const l = this.labels;
    const period = p.implementation.endYear
      ? `${p.implementation.startYear}–${p.implementation.endYear}`
      : fill(s.since, { start: p.implementation.startYear });
    const organisation = (o: Practice['organisation']) => `${isolate(o.name)} (${l.of('organisationKinds', o.kind)})`;
    const [lang, dir] = [p.language, dirOf(p.language)];
    return html`<article part="base">
      <header>
        <h2 part="title" lang=${lang} dir=${dir}>${p.title}</h2>
        <p class="muted">${fill(s.published, { date: this.locale.date(p.publishedAt) })}</p>
        ${languageSwitch(p, s.alsoIn, (language) => this.#chooseLanguage(language))}
      </header>
      <p part="summary" class="lead prose" lang=${lang} dir=${dir}>${p.summary}</p>
      <dl part="facts">
        ${fact(s.objectives, tags(p.objectives.map((n) => `${n} · ${l.of('objectives', n)}`)))}
        ${fact(s.principles, tags(l.all('principles', p.principles)))}
        ${fact(s.themes, tags(l.all('themes', p.themes)))}
        ${fact(s.countries, this.locale.list(l.all('countries', p.countries)))}
        ${fact(s.regions, this.locale.list(l.all('regions', p.regions)))}
        ${fact(s.scope, l.of('scopes', p.scope))}
        ${fact(s.implementer, organisation(p.organisation))}
        ${fact(s.partners, this.locale.list(p.partners.map(organisation)))}
        ${fact(s.implementation, `${period} · ${l.of('statuses', p.implementation.status)}`)}
        ${fact(s.language, l.of('languages', p.originalLanguage ?? p.language))}
        ${fact(s.otherLanguages, this.locale.list(l.all('languages', p.otherLanguages)))}
      </dl>
      ${prose(s.description, p.description, lang, dir)} ${prose(s.results, p.results, lang, dir)}
      ${prose(s.lessons, p.lessonsLearned, lang, dir)}
      ${this.#untranslated(s.replicability, p.replicability, p)} ${this.#untranslated(s.funding, p.funding, p)}
      ${linkList(p.links, s)}
    </article>`;
  }
}

