// <mnh-discussion-list>: the hub's discussion spaces and their discussions, for an entry page.
import { css, html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import { hubContext } from '../../internal/context.js';
import { HubElement } from '../../internal/hub-element.js';
import { fill } from '../../internal/i18n.js';
import { RequestController } from '../../internal/request.js';
import { hostStyles } from '../../internal/styles.js';
import { discussionApi } from '../discussion-thread/discussion-api.js';
import type { DiscussionSummary, SpaceState, SpaceSummary } from '../discussion-thread/discussion-api.js';
import { discussionListStrings } from './strings/index.js';

/** What `mnh-discussion-select` carries: the space and the discussion chosen. */
export interface DiscussionSelectDetail {
  space: string;
  spaceSlug: string;
  discussion: string;
}
/** `mnh-discussion-select` from `<mnh-discussion-list>`. */
export type DiscussionSelectEvent = CustomEvent<DiscussionSelectDetail>;

/**
 * The hub's discussion spaces in one state (open ones by default), soonest to close first, each
 * with its kind, dates, audience and discussions with their comment counts. Each discussion is a
 * link when `href-template` is given (`{space}`, `{slug}` and `{discussion}` are filled in), else a
 * button; either way choosing one fires `mnh-discussion-select`.
 *
 * @summary Discussion spaces and their discussions, to pick one.
 *
 * @fires {CustomEvent<{space: string, spaceSlug: string, discussion: string}>} mnh-discussion-select - A discussion was chosen. Cancelable: `preventDefault()` keeps a link from being followed. Typed as `DiscussionSelectEvent` in `@mnh/widgets`.
 *
 * @csspart list - The list of spaces.
 * @csspart space - Each space.
 * @csspart discussion - Each discussion's link or button.
 * @csspart empty - The message when there is no space.
 * @csspart error - An error message.
 *
 * @example
 * <mnh-discussion-list api="https://hub.example.org" href-template="/discussions/{slug}/{discussion}"></mnh-discussion-list>
 */
export class MnhDiscussionList extends HubElement {
  static override styles = [
    hostStyles,
    css`
      .spaces {
        display: grid;
        gap: var(--_space);
      }
      .space {
        display: grid;
        gap: 0.375rem;
        padding: var(--_space);
        border: 1px solid color-mix(in srgb, var(--_border) 50%, transparent);
        border-radius: var(--_radius);
        background: var(--_raised);
      }
      h2 {
        font-size: 1.375em;
        margin-block-end: var(--_space);
      }
      h3 {
        font-size: 1.125em;
        margin: 0;
      }
      .discussions {
        display: grid;
        gap: 0.25rem;
      }
      .discussion {
        color: var(--_accent);
        background: transparent;
        border: 0;
        padding: 0;
        min-block-size: 24px;
        text-align: start;
        text-decoration: underline;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    state: {},
    hrefTemplate: { attribute: 'href-template' },
    spaces: { state: true, attribute: false },
  };

  /** Which spaces: `open` (default), `upcoming` or `closed`. */
  state: SpaceState = 'open';
  /** A link for each discussion, e.g. `/discussions/{slug}/{discussion}`; without it, discussions are buttons. */
  hrefTemplate = '';

  /** @internal */ private spaces: SpaceSummary[] | undefined;
  protected override needsLabels = false;
  // The base class keeps the provider's value to itself; the list needs its address.
  readonly #context = new ContextConsumer(this, { context: hubContext, subscribe: true });
  readonly #load = new RequestController(this);
  #loadedFor = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const base = this.#baseUrl;
    const key = `${base} ${this.state}`;
    if (!base || key === this.#loadedFor) return;
    this.#loadedFor = key;
    void this.#load.run(async (signal) => {
      this.spaces = (await discussionApi(base, (r) => fetch(r)).spaces(this.state, signal)).items;
    });
  }

  get #baseUrl(): string {
    return (this.api || this.#context.value?.api || '').replace(/\/+$/, '');
  }

  #select(event: Event, space: SpaceSummary, discussion: DiscussionSummary): void {
    const detail = { space: space.id, spaceSlug: space.slug, discussion: discussion.id };
    if (!this.emit<DiscussionSelectDetail>('mnh-discussion-select', detail, true)) event.preventDefault();
  }

  #discussion(space: SpaceSummary, d: DiscussionSummary) {
    const s = this.text(discussionListStrings);
    const href = this.hrefTemplate
      ? this.hrefTemplate
          .replaceAll('{space}', encodeURIComponent(space.id))
          .replaceAll('{slug}', encodeURIComponent(space.slug))
          .replaceAll('{discussion}', encodeURIComponent(d.id))
      : '';
    const label = html`<bdi>${d.title}</bdi>`;
    const facts = `${this.locale.count(s.comments, d.commentCount)}${d.locked ? ` · ${s.locked}` : ''}`;
    return html`<li>
      ${href
        ? html`<a part="discussion" class="discussion" href=${href} @click=${(e: Event) => this.#select(e, space, d)}>${label}</a>`
        : html`<button part="discussion" class="discussion" type="button" @click=${(e: Event) => this.#select(e, space, d)}>${label}</button>`}
      <span class="muted"> (${facts})</span>
    </li>`;
  }

  protected override render() {
    const s = this.text(discussionListStrings);
    if (!this.#baseUrl) return html`<p part="error" class="problem" role="alert">${s.noApi}</p>`;
    const spaces = this.spaces;
    if (!spaces) {
      if (this.#load.status === 'error') return this.renderProblem(s, this.#load);
      return html`<p class="muted" aria-busy="true">${s.loading}</p>`;
    }
    return html`<section aria-labelledby="title">
      <h2 id="title">${s.title}</h2>
      ${spaces.length
        ? html`<ul class="spaces plain" part="list">
            ${spaces.map(
              (space) => html`<li class="space" part="space">
                <h3 dir="auto">${space.title}</h3>
                <p class="muted">
                  ${s.kinds[space.kind]} · ${s.states[space.state]}
                  ${space.state === 'upcoming'
                    ? html` · ${fill(s.opens, { date: this.locale.date(space.opensAt) })}`
                    : space.closesAt && space.state === 'open'
                      ? html` · ${fill(s.until, { date: this.locale.date(space.closesAt) })}`
                      : nothing}
                </p>
                ${space.audience ? html`<p dir="auto">${space.audience}</p>` : nothing}
                ${space.discussions.length
                  ? html`<ul class="discussions plain">${space.discussions.map((d) => this.#discussion(space, d))}</ul>`
                  : html`<p class="muted">${s.noDiscussions}</p>`}
              </li>`,
            )}
          </ul>`
        : html`<p class="muted" part="empty">${s.empty}</p>`}
    </section>`;
  }
}
