// <mnh-review-panel>: a reviewer's queue and review form, or a curator's board of every submission in review.
import { html } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import type { HubSession, Me } from '@mnh/sdk';
import { hubContext } from '../../internal/context.js';
import { detailStyles } from '../../internal/detail.styles.js';
import { HubElement } from '../../internal/hub-element.js';
import { RequestController } from '../../internal/request.js';
import { sessionFor } from '../../internal/session.js';
import { hostStyles } from '../../internal/styles.js';
import { practiceDetailStrings } from '../practice-detail/strings/index.js';
import type { CuratorDesk } from './curator-desk.js';
import type { Desk, DeskHost } from './desk.js';
import { download, reviewApiFor } from './review-api.js';
import type { Verdict } from './review-api.js';
import { reviewPanelStyles } from './review-panel.styles.js';
import { ReviewerDesk } from './reviewer-desk.js';
import { reviewPanelStrings } from './strings/index.js';
import type { ReviewPanelText } from './strings/index.js';


/** What `mnh-review-sent` carries: the submission reviewed, and the verdict sent. */
export interface ReviewSentDetail {
  submissionId: string;
  verdict: Verdict;
}
/** `mnh-review-sent` from `<mnh-review-panel>`. */
export type ReviewSentEvent = CustomEvent<ReviewSentDetail>;

/** What `mnh-reviewer-assigned` carries: the submission, and the reviewer now assigned to it. */
export interface ReviewerAssignedDetail {
  submissionId: string;
  reviewerId: string;
}
/** `mnh-reviewer-assigned` from `<mnh-review-panel>`. */
export type ReviewerAssignedEvent = CustomEvent<ReviewerAssignedDetail>;

const CURATING: readonly string[] = ['curator', 'admin'];

/**
 * The hub's peer review, for the person signed in. A reviewer sees their queue with due dates
 * (overdue ones marked) and, for a chosen submission, its full content beside the review form: a
 * verdict, a comment on each of the Hub's criteria and an overall comment, confirmed before it is
 * sent. The other reviewers' verdicts appear only once the reviewer has given their own. A curator
 * (or admin) sees the board instead: every submission in review with its reviewers, the UN / non-UN
 * balance and what it lacks, deadlines and progress, and for each one the suggested reviewers
 * (conflicts of interest shown, not selectable), to assign or to replace one who does not answer.
 * Someone not signed in is pointed to the page's `<mnh-sign-in>` inside the same `<mnh-provider>`,
 * or offered one of the panel's own when the page has none. Text from the hub is always shown as text.
 *
 * @summary A reviewer's queue and review form, or a curator's review board.
 *
 * @fires {CustomEvent<{submissionId: string, verdict: string}>} mnh-review-sent - The reviewer sent their verdict. Typed as `ReviewSentEvent` in `@mnh/widgets`.
 * @fires {CustomEvent<{submissionId: string, reviewerId: string}>} mnh-reviewer-assigned - The curator assigned (or swapped in) a reviewer. Typed as `ReviewerAssignedEvent` in `@mnh/widgets`.
 *
 * @csspart sign-in - The `<mnh-sign-in>` shown to someone not signed in, when the page has none of its own.
 * @csspart sign-in-prompt - What someone not signed in sees instead, when the page has its own `<mnh-sign-in>`: a button moves focus to it.
 * @csspart queue - The reviewer's queue.
 * @csspart board - The curator's board.
 * @csspart list - A list of queue items, board items.
 * @csspart item - Each queue or board item.
 * @csspart empty - The message for an empty queue or board.
 * @csspart overdue - The "Overdue" flag.
 * @csspart detail - A chosen submission.
 * @csspart back - The button back to the queue or the board.
 * @csspart submission - The submission's content.
 * @csspart facts - Its list of facts.
 * @csspart section - Each block of its text: description, links, files…
 * @csspart link - Each external link.
 * @csspart file - Each file to download.
 * @csspart review-side - The review form, or the verdicts once given.
 * @csspart review-form - The review form.
 * @csspart verdict - The verdict's radio group.
 * @csspart field - Each labelled comment field.
 * @csspart textarea - Each comment box.
 * @csspart field-error - A message under a field, or beside a reviewer the hub refused.
 * @csspart confirm - The confirmation dialog.
 * @csspart review - Each review shown.
 * @csspart others - The other reviewers' verdicts.
 * @csspart balance - The UN / non-UN balance of a submission's reviewers.
 * @csspart state - A submission's state on the board.
 * @csspart assignment - Each assigned reviewer.
 * @csspart suggestions - The suggested reviewers.
 * @csspart suggestion - Each suggested reviewer.
 * @csspart conflict - Why a suggested reviewer cannot be assigned.
 * @csspart button - The buttons (send, assign, replace, retry…).
 * @csspart error - An error message.
 *
 * @example
 * <mnh-provider api="https://hub.example.org">
 *   <mnh-review-panel></mnh-review-panel>
 * </mnh-provider>
 */
export class MnhReviewPanel extends HubElement implements DeskHost {
  static override styles = [hostStyles, detailStyles, reviewPanelStyles];

  static override properties: PropertyDeclarations = {
    view: {},
    session: { attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** `reviewer` or `curator`; when unset, a curator or admin gets the board and anyone else their queue. */
  view: '' | 'reviewer' | 'curator' = '';

  /** A sign-in session to use instead of the provider's or the one for `api`, for apps that have one. */
  session?: HubSession;

  /**
   * The last change worth announcing to screen readers.
   * @internal
   */
  private announcement = '';

  // The base class keeps the provider's value to itself; the panel needs its address for its signed client.
  readonly #context = new ContextConsumer(this, { context: hubContext, subscribe: true });
  /** The curator's desk loads when first needed: most people who review never see it. */
  readonly #curatorLoad = new RequestController(this);
  #CuratorDesk: typeof CuratorDesk | undefined;
  #desk: [key: string, desk: Desk] | undefined;
  #listening: [HubSession, () => void] | undefined;
  #merged: [object, object, ReviewPanelText] | undefined;
  /** Set while the sign-in form shows, so the desk's heading takes focus once someone signs in. */
  #arriving = false;
  /** Set once the prompt sent the person to the page's sign-in form. */
  #sentToSignIn = false;

  /** The session the panel works in: its own, else the one for `api`, else the provider's. */
  get hubSession(): HubSession | undefined {
    return this.session ?? (this.api ? sessionFor(this.api) : this.contextSession);
  }

  /** The page's own `<mnh-sign-in>`, when it signs in to this panel's session: pointed to rather than shown twice. */
  get #pageSignIn(): HTMLElement | undefined {
    const hub = this.#context.value;
    return hub?.session && hub.session === this.hubSession ? hub.signIn : undefined;
  }

  get #baseUrl(): string {
    return (this.api || this.#context.value?.api || '').replace(/\/+$/, '');
  }

  /** @internal */
  get strings(): ReviewPanelText {
    const detail = this.text(practiceDetailStrings);
    const own = this.text(reviewPanelStrings);
    if (this.#merged?.[0] !== detail || this.#merged[1] !== own) this.#merged = [detail, own, { ...detail, ...own }];
    return this.#merged[2];
  }

  /** @internal */
  announce(message: string): void {
    // The same words again must still change the region's text, or they would not be read out.
    this.announcement = message === this.announcement ? `${message}\u00a0` : message;
  }

  /** @internal */
  notify(name: string, detail: object): void {
    this.emit(name, detail);
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
    this.#deskFor(session);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const title = this.#arriving && this.#desk ? this.renderRoot.querySelector('h2') : null;
    if (title) {
      this.#arriving = this.#sentToSignIn = false;
      title.focus();
    }
  }

  #mode(user: Me): 'reviewer' | 'curator' {
    if (this.view === 'reviewer' || this.view === 'curator') return this.view;
    return user.roles.some((role) => CURATING.includes(role)) ? 'curator' : 'reviewer';
  }

  /** The desk for who is signed in and the view they get; a new one whenever either changes. */
  #deskFor(session: HubSession | undefined): void {
    const user = session?.user;
    const baseUrl = this.#baseUrl;
    const mode = user ? this.#mode(user) : undefined;
    const key = session && user && baseUrl ? `${baseUrl} ${user.id} ${mode}` : '';
    if (this.#desk?.[0] === key) return;
    this.#desk?.[1].dispose();
    this.#desk = undefined;
    if (!session || !user || !key) return;
    const Curator = this.#CuratorDesk;
    if (mode === 'curator' && !Curator) {
      if (this.#curatorLoad.status === 'idle') {
        void this.#curatorLoad.run(async () => {
          this.#CuratorDesk = (await import('./curator-desk.js')).CuratorDesk;
        });
      }
      return;
    }
    const deps = {
      host: this,
      api: reviewApiFor(session, baseUrl),
      userId: user.id,
      baseUrl,
      download: (url: string, filename: string) => download(session, url, filename),
    };
    this.#desk = [key, Curator && mode === 'curator' ? new Curator(deps) : new ReviewerDesk(deps)];
  }

  protected override render() {
    const s = this.strings;
    const session = this.hubSession;
    if (!session || !this.#baseUrl) return html`<p part="error" class="problem" role="alert">${s.noApi}</p>`;
    let body;
    const pageSignIn = this.#pageSignIn;
    if (!session.user && pageSignIn) {
      this.#arriving = this.#sentToSignIn;
      body = html`<div part="sign-in-prompt">
        <p>${s.signInOnPage}</p>
        <button
          part="button"
          type="button"
          @click=${() => {
            this.#arriving = this.#sentToSignIn = true;
            pageSignIn.focus();
          }}
        >
          ${s.goToSignIn}
        </button>
      </div>`;
    } else if (!session.user) {
      this.#arriving = true;
      body = html`<mnh-sign-in part="sign-in" .session=${session} lang=${this.locale.lang}></mnh-sign-in>`;
    } else if (this.#desk) {
      body = this.#desk[1].render({ s, locale: this.locale, labels: this.labels, problem: (r) => this.renderProblem(s, r) });
    } else if (this.#curatorLoad.status === 'error') {
      body = this.renderProblem(s, this.#curatorLoad);
    } else {
      body = html`<p class="muted" aria-busy="true">${s.loading}</p>`;
    }
    return html`${body}
      <p class="vh" role="status">${this.announcement}</p>`;
  }
}
