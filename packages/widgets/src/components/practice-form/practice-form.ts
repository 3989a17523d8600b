// <mnh-practice-form>: submit a practice in six steps, saved as you go; follow and answer your submissions.
import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { HubProblemError } from '@mnh/sdk';
import type { HubSession, Me, ReviewList, Submission, SubmissionRevision, Submissions } from '@mnh/sdk';
import { HubElement } from '../../internal/hub-element.js';
import { fill } from '../../internal/i18n.js';
import { hostStyles } from '../../internal/styles.js';
import { Draft } from './draft.js';
import { MySubmissions } from './my-submissions.js';
import { practiceFormStyles } from './practice-form.styles.js';
import { SignedIn } from './signed-in.js';
import type * as Frame from './frame.js';
import { practiceFormStrings } from './strings/index.js';
import type { FormText } from './strings/index.js';
import { renderSignedOut, renderStart } from './views.js';

type View = 'start' | 'offer' | 'form' | 'done' | 'mine';
/** The form's frame and steps, once loaded (shared by every form on the page). */
let frame: typeof Frame | undefined;
const loadFrame = async (): Promise<typeof Frame> => (frame ??= await import('./frame.js'));

/** What `mnh-submitted` and `mnh-draft-created` carry. */
export interface SubmissionDetail {
  /** The submission's id (`sub_…`). */
  id: string;
}

/**
 * A multi-step form for submitting a practice to the hub's repository, for the signed-in person
 * (anyone else is pointed to the page's `<mnh-sign-in>` inside the same `<mnh-provider>`, or shown
 * one of the form's own when the page has none). The draft is created on the first change and saved as
 * they go, so they can come back to it; on submission the hub's checklist is applied and each gap
 * is shown at its field. "My submissions" lists their submissions with their state and history,
 * and a submission the reviewers sent back is edited beside their comments and submitted again.
 *
 * @summary Submit a practice for peer review, and follow your submissions.
 *
 * @fires {CustomEvent<{id: string}>} mnh-draft-created - The draft was saved for the first time. Typed as `CustomEvent<SubmissionDetail>`.
 * @fires {CustomEvent<{id: string}>} mnh-submitted - The submission was sent to review. Typed as `CustomEvent<SubmissionDetail>`.
 *
 * @csspart sign-in - The `<mnh-sign-in>` shown to someone not signed in, when the page has none of its own.
 * @csspart sign-in-prompt - What someone not signed in sees instead, when the page has its own `<mnh-sign-in>`: a button moves focus to it.
 * @csspart steps - The list of steps; the current one has `aria-current="step"`.
 * @csspart step-heading - The current step's heading, focused on each step change.
 * @csspart field - Each labelled field.
 * @csspart field-error - The problem shown at a field.
 * @csspart error-summary - The list of problems at the top after a refused submission.
 * @csspart save-status - Saving…, Saved or Could not save (a polite live region).
 * @csspart conflict - The message about a newer version saved elsewhere, with a reload button.
 * @csspart chosen - Countries, languages, partners or links added to the practice.
 * @csspart files - The files attached.
 * @csspart review-section - Each section of the last step's summary.
 * @csspart reviews - The reviewers' comments beside a submission sent back to its submitter.
 * @csspart submissions - The list under My submissions; `submission` each item, `state` its state badge, `history` its history.
 * @csspart confirm - The question before a withdrawal.
 * @csspart error - A message about the whole widget.
 *
 * @example
 * <mnh-provider api="https://hub.example.org">
 *   <mnh-practice-form></mnh-practice-form>
 * </mnh-provider>
 */
export class MnhPracticeForm extends HubElement {
  static override styles = [hostStyles, practiceFormStyles];

  static override properties: PropertyDeclarations = {
    submission: {},
    session: { attribute: false },
    view: { state: true, attribute: false },
    step: { state: true, attribute: false },
  };

  /** A submission (`sub_…`) to open: a draft, or one the reviewers sent back. */
  submission = '';

  /** A sign-in session to use instead of the provider's or the one for `api`. */
  session?: HubSession;

  /** @internal */
  view: View = 'start';
  /** @internal */
  step = 0;

  readonly #draft = new Draft(
    this,
    () => this.#submissions(),
    (created) => this.emit<SubmissionDetail>('mnh-draft-created', { id: created.id }),
  );
  readonly #mine = new MySubmissions(
    this,
    {
      attempt: (work) => this.#attempt(work),
      focusOn: (selector) => this.#focusOn(selector),
      announce: (message) => this.#announce(message),
      edit: (id) => void this.#open(id),
      withdrawn: (id) => {
        if (this.#draft.submission?.id === id) this.#draft.start();
      },
    },
    () => this.#submissions(),
  );
  readonly #signedIn = new SignedIn(this);
  /** The form's own checks of what was typed, by control. */
  readonly #checks = new Map<string, string>();
  #offer: Submission | undefined;
  #reviews: ReviewList | undefined;
  #summaryShown = false;
  #uploading: string | undefined;
  #failure = '';
  #announcement = '';
  #busy = false;
  #startedFor: string | undefined;
  /** Whether the person may sign in from here: through the form shown here, or the page's one they were sent to. */
  #signInShown = false;
  #sentToSignIn = false;

  /** The session this form works in: its own, else the one for `api`, else the provider's. */
  get hubSession(): HubSession | undefined {
    return this.#signedIn.session;
  }

  #submissions(): Submissions | undefined {
    return this.#signedIn.submissions;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const user = this.hubSession?.user;
    if (!user) {
      // Signed out, here or elsewhere: nothing of the last person's stays on screen.
      if (this.#startedFor) this.#reset();
    } else if (this.#startedFor !== user.id || (changed.has('submission') && changed.get('submission') !== undefined)) {
      // Focus moves only when the person acted here (signed in through this form), never on page load.
      void this.#begin(this.#startedFor === undefined && this.#signInShown);
      this.#startedFor = user.id;
    }
  }

  #reset(): void {
    this.#startedFor = this.#offer = this.#reviews = undefined;
    this.#draft.start();
    this.#mine.clear();
    this.#checks.clear();
    this.view = 'start';
  }

  /** After sign-in: the submission asked for, else an offer to continue the newest draft, else a new one. */
  async #begin(focus = true): Promise<void> {
    const api = this.#submissions();
    if (!api) return;
    if (this.submission) return this.#open(this.submission, focus);
    this.view = 'start';
    await this.#attempt(async () => {
      // Drafts of resources for the library are not this form's to continue.
      const latest = (await api.list({ state: ['draft'], limit: 20 })).find((draft) => draft.content.kind !== 'resource');
      this.#offer = latest;
      if (!latest) return this.#edit(undefined, undefined, focus);
      this.view = 'offer';
      if (focus) await this.#focusOn('h2');
    });
  }

  /** Runs a request, showing a message about the whole widget if it fails. */
  async #attempt(work: () => Promise<void>): Promise<void> {
    this.#failure = '';
    try {
      await work();
    } catch (error) {
      const s = this.#text();
      this.#failure = error instanceof HubProblemError ? (error.status >= 500 ? s.failed : error.problem.detail) : s.unreachable;
    }
    this.requestUpdate();
  }

  async #focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #announce(message: string): void {
    this.#announcement = message;
    this.requestUpdate();
  }

  /** Shows the form on a new draft, or on `revision` beside the reviewers' comments when it has them. */
  #edit(revision?: SubmissionRevision, reviews?: ReviewList, focus = true): Promise<void> {
    this.#draft.start(revision);
    this.#reviews = reviews;
    this.#summaryShown = false;
    this.#checks.clear();
    this.view = 'form';
    return this.#go(0, focus);
  }

  /** Opens a submission: a draft or one sent back is edited (beside the reviews); others are listed. */
  async #open(id: string, focus = true): Promise<void> {
    const api = this.#submissions();
    if (!api) return;
    await this.#attempt(async () => {
      const revision = await api.get(id);
      const { state, content } = revision.submission;
      if ((state !== 'draft' && state !== 'changes-requested') || content.kind === 'resource') return this.#showMine();
      const reviews = state === 'changes-requested' ? await api.reviews(id).catch(() => undefined) : undefined;
      await this.#edit(revision, reviews, focus);
    });
  }

  /** Moves to a step, saving on the way, and focuses its heading (or the control `pointer` names). */
  async #go(step: number, focus = true, pointer?: string): Promise<void> {
    if (this.step !== step) void this.#draft.save();
    this.step = step;
    if (!focus) return;
    // The first time, the steps' module is still on its way.
    const { controlFor } = await loadFrame();
    await this.updateComplete;
    const target = pointer ? controlFor(this.renderRoot, pointer) : null;
    (target ?? this.renderRoot.querySelector<HTMLElement>('[part="step-heading"]'))?.focus();
  }

  async #submit(): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    await this.#attempt(async () => {
      try {
        const submitted = await this.#draft.submit();
        this.view = 'done';
        this.emit<SubmissionDetail>('mnh-submitted', { id: submitted.id });
        await this.#focusOn('h2');
      } catch (error) {
        if (!(error instanceof HubProblemError) || (error.status !== 422 && error.status !== 412)) throw error;
        this.#summaryShown = error.status === 422;
        this.requestUpdate();
        await this.#focusOn(error.status === 422 ? '[part="error-summary"]' : '[part="conflict"] button');
      }
    });
    this.#busy = false;
  }

  #showMine(): Promise<void> {
    void this.#draft.save();
    this.view = 'mine';
    return this.#mine.load();
  }

  async #upload(file: File): Promise<void> {
    const s = this.#text();
    this.#uploading = file.name;
    this.#announce(fill(s.uploading, { name: file.name }));
    try {
      await this.#draft.attach(file);
      this.#announce(fill(s.uploaded, { name: file.name }));
    } catch (error) {
      const message = error instanceof HubProblemError ? error.problem.detail : s.saveFailed;
      this.#checks.set('/files', message);
      this.#announce(message);
    } finally {
      this.#uploading = undefined;
      this.requestUpdate();
    }
  }

  #text(): FormText {
    return this.text(practiceFormStrings);
  }

  protected override render() {
    const s = this.#text();
    const session = this.hubSession;
    if (!session) return html`<p part="error" class="problem" role="alert">${s.noApi}</p>`;
    const user = session.user;
    const pageSignIn = this.#signedIn.pageSignIn;
    this.#signInShown = !user && (!pageSignIn || this.#sentToSignIn);
    if (!user) {
      return renderSignedOut(s, session, this.locale.lang, pageSignIn, () => {
        this.#sentToSignIn = this.#signInShown = true;
        pageSignIn?.focus();
      });
    }
    this.#sentToSignIn = false;
    const mine = this.view === 'mine';
    return html`<div class="tabs">
        <button type="button" class="quiet" aria-pressed=${mine ? 'false' : 'true'} @click=${() => mine && this.#begin()}>
          ${s.title}
        </button>
        <button type="button" class="quiet" aria-pressed=${mine ? 'true' : 'false'} @click=${() => this.#showMine()}>
          ${s.mine}
        </button>
      </div>
      ${this.#failure ? html`<p part="error" class="problem" role="alert">${this.#failure}</p>` : nothing}
      ${mine ? this.#mine.render(s, this.locale) : this.#renderView(s, user)}
      <p class="vh" role="status">${this.#announcement}</p>`;
  }

  #renderView(s: FormText, user: Me): TemplateResult {
    if (this.view !== 'form') {
      const view = this.view === 'mine' ? 'start' : this.view;
      return renderStart(s, this.locale, view, this.#offer, this.#draft.submission, {
        resume: (id) => this.#open(id),
        fresh: () => void this.#edit(),
        mine: () => this.#showMine(),
      });
    }
    const f = frame;
    if (!f) {
      void loadFrame().then(() => this.requestUpdate());
      return html`<p class="muted">${s.loading}</p>`;
    }
    return f.renderFormFor({
      s,
      draft: this.#draft,
      taxonomy: this.labels.taxonomy,
      me: user,
      locale: this.locale,
      step: this.step,
      checks: this.#checks,
      summaryShown: this.#summaryShown,
      reviews: this.#reviews,
      uploading: this.#uploading,
      busy: this.#busy,
      requestUpdate: () => this.requestUpdate(),
      go: (step, focus, pointer) => void this.#go(step, focus, pointer),
      upload: (file) => void this.#upload(file),
      submit: () => void this.#submit(),
      reload: () => void this.#draft.reload().then(() => this.#go(this.step)),
    });
  }
}
