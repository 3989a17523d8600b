// <mnh-practice-detail>: one published practice, every public field, readable.
import { html } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { HubProblemError } from '@mnh/sdk';
import type { HubClient, Practice } from '@mnh/sdk';
import { HubElement } from '../../internal/hub-element.js';
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
 *
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
 *
 * @example
 * <mnh-practice-detail api="https://hub.example.org" practice="community-sponsorship-for-refugees"></mnh-practice-detail>
 */
export class MnhPracticeDetail extends HubElement {
  static override styles = [hostStyles, detailStyles];

  static override properties: PropertyDeclarations = { practice: {}, data: { state: true, attribute: false } };

  /** The practice to show: its id (`prc_…`) or its slug. */
  practice = '';

  /**
   * The practice as loaded, shown once it arrives.
   * @internal
   */
  private data: Practice | undefined;

  private readonly request = new RequestController(this);
  #loaded: [HubClient, string] | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const client = this.hubClient;
    const practice = this.practice.trim();
    if (!client || !practice || (this.#loaded?.[0] === client && this.#loaded[1] === practice)) return;
    this.#loaded = [client, practice];
    this.data = undefined;
    void this.request.run(async (signal) => {
      this.data = await client.getPractice(practice, { signal });
    });
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
    return html`<article part="base">
      <header>
        <h2 part="title" lang=${p.language} dir="auto">${p.title}</h2>
        <p class="muted">${fill(s.published, { date: this.locale.date(p.publishedAt) })}</p>
      </header>
      <p part="summary" class="lead prose" lang=${p.language} dir="auto">${p.summary}</p>
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
        ${fact(s.language, l.of('languages', p.language))}
        ${fact(s.otherLanguages, this.locale.list(l.all('languages', p.otherLanguages)))}
      </dl>
      ${prose(s.description, p.description, p.language)} ${prose(s.results, p.results, p.language)}
      ${prose(s.lessons, p.lessonsLearned, p.language)} ${prose(s.replicability, p.replicability, p.language)}
      ${prose(s.funding, p.funding, p.language)} ${linkList(p.links, s)}
    </article>`;
  }
}

