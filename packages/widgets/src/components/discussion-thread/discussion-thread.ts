// <mnh-discussion-thread>: a discussion of a space, its questions and threaded comments, live, with posting and moderation in place.
import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import { HubProblemError } from '@mnh/sdk';
import type { HubSession } from '@mnh/sdk';
import { hubContext } from '../../internal/context.js';
import { HubElement } from '../../internal/hub-element.js';
import { RequestController } from '../../internal/request.js';
import { sessionFor } from '../../internal/session.js';
import { hostStyles } from '../../internal/styles.js';
import { TOP_PAGE, questionSection } from './comment-view.js';
import type { ThreadView } from './comment-view.js';
import { discussionApi } from './discussion-api.js';
import type { Comment, Discussion, DiscussionApi, ModerationAction, Space } from './discussion-api.js';
import { discussionThreadStyles } from './discussion-thread.styles.js';
import type { OpenForm } from './forms.js';
import { LiveThread } from './live-thread.js';
import { ThreadForms } from './thread-forms.js';
import { threadHeader } from './thread-header.js';
import { problemText, send } from './thread-actions.js';
import { discussionThreadStrings } from './strings/index.js';
import type { DiscussionThreadText } from './strings/index.js';
import { ThreadModel } from './thread-model.js';

/** What `mnh-comment-posted` carries: the comment as the hub stored it. */
export interface CommentPostedDetail {
  comment: Comment;
}
/** `mnh-comment-posted` from `<mnh-discussion-thread>`. */
export type CommentPostedEvent = CustomEvent<CommentPostedDetail>;

interface Loaded {
  space: Space;
  discussion: Discussion;
  model: ThreadModel;
  moderator: boolean;
}

/**
 * A discussion of the hub's discussion spaces: the space's welcome text and moderators, the
 * numbered questions and, under each, the threaded comments with author, organisation and date.
 * Anyone can read; replying, editing one's own comment (within the space's edit window), deleting
 * and reporting go through the sign-in session, offered in place when needed. Moderators approve,
 * hide and restore comments and lock the discussion from the same view. New comments arrive live
 * (Server-Sent Events, polling when the stream cannot be used) and are announced politely to
 * screen readers without moving focus. Comment text is drawn from the hub's block tree as text.
 *
 * @summary A live, threaded discussion with its questions, replies and moderation.
 *
 * @fires {CustomEvent<{comment: Comment}>} mnh-comment-posted - The reader posted a comment or reply (its `state` is `pending` in a pre-moderated space). Typed as `CommentPostedEvent` in `@mnh/widgets`.
 *
 * @csspart header - The space's and discussion's title, welcome text and facts.
 * @csspart welcome - The welcome text.
 * @csspart summary - The summary report, once published.
 * @csspart notice - Why posting is not possible (closed, not yet open, locked).
 * @csspart question - Each question with its comments.
 * @csspart comments - A question's list of top-level comments.
 * @csspart replies - A comment's list of replies.
 * @csspart comment-item - Each comment with its replies.
 * @csspart comment - Each comment itself.
 * @csspart author - A comment's author name.
 * @csspart organisation - The author's organisation.
 * @csspart body - A comment's text.
 * @csspart comment-link - A link in a comment.
 * @csspart badge - Marks: awaiting moderation, hidden, number of reports.
 * @csspart actions - A comment's action buttons.
 * @csspart action - Each action button (reply, edit, delete, report, approve, hide, restore).
 * @csspart form - An open reply, edit, report or delete form.
 * @csspart field - A form's label.
 * @csspart textarea - A form's text box.
 * @csspart field-error - What was wrong with the last attempt.
 * @csspart sign-in-box - The sign-in offered to someone not signed in.
 * @csspart sign-in - The `<mnh-sign-in>` inside it.
 * @csspart button - Other buttons (answer, show more, retry…).
 * @csspart empty - "No comments yet."
 * @csspart error - An error message.
 *
 * @example
 * <mnh-discussion-thread api="https://hub.example.org" discussion="dsc_…"></mnh-discussion-thread>
 */
export class MnhDiscussionThread extends HubElement {
  static override styles = [hostStyles, discussionThreadStyles];

  static override properties: PropertyDeclarations = {
    space: {},
    discussion: {},
    live: {},
    session: { attribute: false },
    data: { state: true, attribute: false },
    notice: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** The space's id or slug; the discussion's own space when unset. */
  space = '';
  /** The discussion's id (`dsc_…`); when unset, the space's first discussion. */
  discussion = '';
  /** Live updates: `auto` (a stream, polling when it fails; the default), `poll`, or `off`. */
  live: 'auto' | 'poll' | 'off' = 'auto';
  /** A sign-in session to use instead of the provider's or the one for `api`, for apps that have one. */
  session?: HubSession;

  /** @internal */ private data: Loaded | undefined;
  /** @internal A moderation or lock that failed, shown above the questions. */ private notice = '';
  /** @internal */ private announcement = '';

  protected override needsLabels = false;
  readonly #context = new ContextConsumer(this, { context: hubContext, subscribe: true });
  readonly #load = new RequestController(this);
  #loadedFor = '';
  readonly #live = new LiveThread(this);
  #listening: [HubSession, () => void] | undefined;
  #api: [string, HubSession | undefined, DiscussionApi] | undefined;
  readonly #unfolded = new Set<string>();
  readonly #shownTop = new Map<number, number>();
  readonly #forms = new ThreadForms(this);

  /** The session the thread posts with: its own, else the one for `api`, else the provider's. */
  get hubSession(): HubSession | undefined {
    return this.session ?? (this.api ? sessionFor(this.api) : this.contextSession);
  }

  get #baseUrl(): string {
    return (this.api || this.#context.value?.api || '').replace(/\/+$/, '');
  }

  get #calls(): DiscussionApi {
    const session = this.hubSession;
    if (this.#api?.[0] !== this.#baseUrl || this.#api[1] !== session) {
      this.#api = [this.#baseUrl, session, discussionApi(this.#baseUrl, session?.fetch ?? ((r) => fetch(r)))];
    }
    return this.#api[2];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#listening?.[1]();
    this.#listening = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page: follow the discussion again.
    if (this.hasUpdated) this.#loadedFor = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const session = this.hubSession;
    if (this.#listening?.[0] !== session) {
      this.#listening?.[1]();
      this.#listening = session ? [session, session.subscribe(() => this.#signedInOrOut())] : undefined;
    }
    const key = `${this.#baseUrl} ${this.space} ${this.discussion} ${session?.user?.id ?? ''}`;
    if (this.#baseUrl && (this.discussion || this.space) && key !== this.#loadedFor) {
      this.#loadedFor = key;
      void this.#load.run((signal) => this.#fetch(signal));
    }
  }

  #signedInOrOut(): void {
    // Whoever is now signed in sees their own pending comments and their controls; the open form asks for its text.
    if (this.#forms.open) this.#forms.focus('form');
    this.requestUpdate();
  }

  async #fetch(signal: AbortSignal): Promise<void> {
    const api = this.#calls;
    // A space alone shows its first discussion.
    const first = this.discussion || (await api.space(this.space, signal)).discussions[0]?.id;
    if (!first) throw new HubProblemError({ type: 'about:blank', title: 'Not Found', status: 404, detail: this.strings.noDiscussion });
    const discussion = await api.discussion(first, signal);
    const [space, comments] = await Promise.all([api.space(this.space || discussion.spaceId, signal), api.comments(discussion.id, signal)]);
    const user = this.hubSession?.user;
    const moderator = !!user && (user.roles.some((r) => r === 'moderator' || r === 'admin') || space.moderators.some((m) => m.id === user.id));
    this.data = { space, discussion, model: new ThreadModel(comments, moderator), moderator };
    this.#live.follow(this.#calls, this.#baseUrl, discussion.id, discussion.lastEventId, this.live);
  }

  /** @internal */
  get model(): ThreadModel | undefined {
    return this.data?.model;
  }

  /** @internal */
  arrived(count: number): void {
    this.#announce(this.locale.count(this.strings.newComments, count));
  }

  #announce(message: string): void {
    // The same words again must still change the region's text, or they would not be read out.
    this.announcement = message === this.announcement ? `${message}\u00a0` : message;
  }

  /** @internal */
  get strings(): DiscussionThreadText {
    return this.text(discussionThreadStrings);
  }

  #submit(form: OpenForm, text: string): Promise<void> {
    const data = this.data;
    if (!data) return Promise.resolve();
    return this.#forms.send(async () => {
      const outcome = await send(this.#calls, data.discussion.id, data.model, form, text, this.strings);
      if ((form.kind === 'answer' || form.kind === 'reply') && outcome.focus) this.emit<CommentPostedDetail>('mnh-comment-posted', { comment: outcome.focus });
      // A deleted comment leaves nothing to focus but its question.
      this.#forms.close(outcome.focus ? `c-${outcome.focus.id}` : form.kind === 'remove' ? `q-${form.comment.question}` : undefined);
      this.#announce(outcome.announce);
    });
  }

  async #act(job: (api: DiscussionApi, data: Loaded) => Promise<void>): Promise<void> {
    const data = this.data;
    if (!data) return;
    this.notice = '';
    try {
      await job(this.#calls, data);
      this.#announce(this.strings.moderated);
    } catch (error) {
      this.notice = problemText(this.strings, error);
    }
    this.requestUpdate();
  }

  #moderate(comment: Comment, action: ModerationAction): void {
    void this.#act(async (api, data) => {
      data.model.put(await api.moderate(comment.id, action));
      // The button pressed gives way to its opposite (hide, restore): keep the keyboard on the comment.
      this.#forms.focus(`c-${comment.id}`);
    });
  }

  #lock(): void {
    void this.#act(async (api, data) => {
      this.data = { ...data, discussion: { ...data.discussion, ...(await api.lock(data.discussion.id, !data.discussion.locked)) } };
    });
  }

  #view(data: Loaded): ThreadView {
    const { space, discussion, model, moderator } = data;
    return {
      s: this.strings,
      locale: this.locale,
      lang: this.locale.lang,
      session: this.hubSession,
      busy: this.#forms.busy,
      error: this.#forms.error,
      model,
      moderator,
      canPost: space.state === 'open' && !discussion.locked,
      editWindowMs: (space.settings?.editWindowMinutes ?? 15) * 60_000,
      open: this.#forms.open,
      unfolded: this.#unfolded,
      shownTop: this.#shownTop,
      submit: (form, text) => void this.#submit(form, text),
      cancel: () => this.#forms.close(),
      openForm: (form, trigger) => this.#forms.show(form, trigger),
      moderate: (comment, action) => this.#moderate(comment, action),
      unfold: (comment) => {
        this.#unfolded.add(comment.id);
        this.requestUpdate();
      },
      showMore: (question) => {
        this.#shownTop.set(question, (this.#shownTop.get(question) ?? TOP_PAGE) + TOP_PAGE);
        this.requestUpdate();
      },
    };
  }

  protected override render() {
    const s = this.strings;
    if (!this.#baseUrl) return html`<p part="error" class="problem" role="alert">${s.noApi}</p>`;
    if (!this.discussion && !this.space) return html`<p part="error" class="problem" role="alert">${s.noDiscussion}</p>`;
    const data = this.data;
    if (!data) {
      if (this.#load.status === 'error') return this.renderProblem(s, this.#load);
      return html`<div class="thread" aria-busy="true"><span class="vh">${s.loading}</span>
        <div class="skeleton title"></div><div class="skeleton line"></div><div class="skeleton line"></div></div>`;
    }
    const view = this.#view(data);
    return html`<div class="thread">
      ${threadHeader({ s, locale: this.locale, ...data, toggleLock: () => this.#lock() })}
      ${this.notice ? html`<p part="error" class="problem" role="alert">${this.notice}</p>` : nothing}
      ${data.discussion.questions.map((q) => questionSection(view, q))}
      <p class="vh" role="status" aria-live="polite">${this.announcement}</p>
    </div>`;
  }
}
