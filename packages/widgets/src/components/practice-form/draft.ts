// Autosave for <mnh-practice-form>: the draft is created on its first change, then changes are PATCHed with If-Match.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { HubProblemError } from '@mnh/sdk';
import type { FieldError, Submission, SubmissionContent, SubmissionFile, SubmissionRevision, Submissions } from '@mnh/sdk';

/** `conflict`: the hub has a newer revision (412); nothing more is saved until it is loaded. */
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed' | 'conflict';
export type Key = keyof SubmissionContent;

/** How long typing must pause before a save. */
const PAUSE_MS = 1000;

/**
 * Whether a value may be sent yet: an organisation (or partner) needs its name and kind, a focal
 * point its name and a plausible address. Until then it stays in the working copy only.
 */
function complete(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return true;
  const { name, kind, email } = value as Record<string, unknown>;
  if ('kind' in value) return !!String(name).trim() && !!kind;
  if ('email' in value) return !!String(name).trim() && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(email));
  return true;
}

/** Whether the JSON pointer `field` is inside the content's `key`. */
const within = (field: string, key: string) => field === `/${key}` || field.startsWith(`/${key}/`);

export class Draft implements ReactiveController {
  /** The submission as last saved, once it exists on the hub. */
  submission: Submission | undefined;
  /** The working copy the form shows; ahead of `submission` while changes wait to be saved. */
  content: SubmissionContent = {};
  status: SaveStatus = 'idle';
  /**
   * What the hub said about fields: refused in a save (400; those fields wait until changed) or
   * missing from the checklist at submission (422). Each goes when its field is changed.
   */
  problems: FieldError[] = [];
  #etag = '';
  readonly #dirty = new Set<Key>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Requests run one at a time: each needs the ETag the one before it returned. */
  #lock: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly api: () => Submissions | undefined,
    private readonly onCreated: (submission: Submission) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#hidden);
  }

  /** Leaving the page's DOM: what is still waiting goes now rather than never. */
  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#hidden);
    if (this.#dirty.size) void this.save();
  }

  /** The tab hidden (switched away from, or closing): the pause in typing may never come. */
  readonly #hidden = (): void => {
    if (document.visibilityState === 'hidden' && this.#dirty.size) void this.save();
  };

  /** Shows `revision` (or a new, empty draft), forgetting unsaved changes. */
  start(revision?: SubmissionRevision): void {
    clearTimeout(this.#timer);
    this.#dirty.clear();
    this.problems = [];
    this.submission = revision?.submission;
    this.#etag = revision?.etag ?? '';
    this.content = structuredClone(revision?.submission.content ?? {});
    this.status = 'idle';
    this.host.requestUpdate();
  }

  /** Changes one field (`undefined` or `null` clears it); saved once typing pauses. */
  set<K extends Key>(key: K, value: SubmissionContent[K] | undefined): void {
    if (value === undefined || value === null || (Array.isArray(value) && !value.length)) delete this.content[key];
    else this.content[key] = value;
    this.#dirty.add(key);
    // Not "Saved" any more: this change isn't, yet.
    if (this.status === 'saved') this.status = 'idle';
    this.problems = this.problems.filter((e) => !within(e.field, key));
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.save(), PAUSE_MS);
    this.host.requestUpdate();
  }

  /** Saves what waits, now; true once everything is on the hub. `create` makes an empty draft exist. */
  save(create = false): Promise<boolean> {
    clearTimeout(this.#timer);
    return this.#exclusive(() => this.#saveWaiting(create));
  }

  /** The latest revision from the hub, after a conflict. */
  async reload(): Promise<void> {
    const api = this.api();
    const id = this.submission?.id;
    if (!api || !id) return;
    this.start(await this.#exclusive(() => api.get(id)));
  }

  /** Attaches a file, creating the draft first if need be. */
  async attach(file: File): Promise<SubmissionFile> {
    if (!(await this.save(true))) throw new Error('The draft could not be saved.');
    return this.#exclusive(async () => {
      const { file: attached, etag } = await this.#api().attach(this.#id(), file, file.name);
      this.#etag = etag;
      this.submission = { ...this.submission!, files: [...this.submission!.files, attached] };
      this.host.requestUpdate();
      return attached;
    });
  }

  /** Saves, then sends the submission to review; rejects with the hub's 422 when the checklist isn't met. */
  async submit(): Promise<Submission> {
    if (!(await this.save(true))) throw new Error('The draft could not be saved.');
    return this.#exclusive(async () => {
      try {
        const { submission, etag } = await this.#api().submit(this.#id(), this.#etag);
        this.submission = submission;
        this.#etag = etag;
        this.problems = [];
        return submission;
      } catch (error) {
        if (error instanceof HubProblemError && error.status === 422) this.problems = error.problem.errors ?? [];
        if (error instanceof HubProblemError && error.status === 412) this.status = 'conflict';
        throw error;
      } finally {
        this.host.requestUpdate();
      }
    });
  }

  #exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#lock.then(work);
    this.#lock = run.catch(() => undefined);
    return run;
  }

  #api(): Submissions {
    const api = this.api();
    if (!api) throw new Error('Nobody is signed in.');
    return api;
  }

  #id(): string {
    return this.submission!.id;
  }

  async #saveWaiting(create: boolean): Promise<boolean> {
    while ((this.#dirty.size || (create && !this.submission)) && this.status !== 'conflict') {
      const api = this.api();
      if (!api) return false;
      const keys = [...this.#dirty].filter((key) => complete(this.content[key]));
      this.#dirty.clear();
      if (!keys.length && this.submission) break;
      this.status = 'saving';
      this.host.requestUpdate();
      try {
        const revision = this.submission
          ? await api.save(this.#id(), Object.fromEntries(keys.map((key) => [key, this.content[key] ?? null])), this.#etag)
          : await api.create(Object.fromEntries(Object.entries(this.content).filter(([, value]) => complete(value))));
        const created = !this.submission;
        // The content stays the working copy: the person may have typed on meanwhile.
        this.submission = revision.submission;
        this.#etag = revision.etag;
        this.status = 'saved';
        if (created) this.onCreated(revision.submission);
      } catch (error) {
        keys.forEach((key) => this.#dirty.add(key));
        this.#refusedBy(error);
        this.host.requestUpdate();
        if (this.status !== 'saving') return false;
      }
    }
    this.host.requestUpdate();
    return !this.#dirty.size && this.status !== 'conflict' && !!(this.submission || !create);
  }

  /**
   * What a failed save means: a 412 is a conflict; fields the hub refused (400) wait until they
   * are changed, and the rest is tried again at once (status stays `saving`); anything else failed.
   */
  #refusedBy(error: unknown): void {
    const problem = error instanceof HubProblemError ? error : undefined;
    if (problem?.status === 412) {
      this.status = 'conflict';
      return;
    }
    const named = problem?.status === 400 ? (problem.problem.errors ?? []) : [];
    const keys = [...this.#dirty].filter((key) => named.some((e) => within(e.field, key)));
    if (!keys.length) {
      this.status = 'failed';
      return;
    }
    this.problems = [...this.problems.filter((e) => !keys.some((key) => within(e.field, key))), ...named];
    keys.forEach((key) => this.#dirty.delete(key));
    if (!this.#dirty.size) this.status = 'failed';
  }
}
