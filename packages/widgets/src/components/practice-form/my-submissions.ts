// The state behind "My submissions": the signed-in person's submissions, histories opened, a withdrawal being confirmed.
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { AuditEntry, Submission, Submissions } from '@mnh/sdk';
import { fill } from '../../internal/i18n.js';
import type { LocaleController } from '../../internal/locale.js';
import { renderMine } from './mine.js';
import type { FormText } from './strings/index.js';

/** What the list needs of the form around it. */
export interface MySubmissionsHooks {
  /** Runs a request, showing a message about the whole widget if it fails. */
  attempt(work: () => Promise<void>): Promise<void>;
  focusOn(selector: string): Promise<void>;
  announce(message: string): void;
  /** Opens a submission in the form. */
  edit(id: string): void;
  withdrawn(id: string): void;
}

export class MySubmissions implements ReactiveController {
  /** `undefined` while loading. */
  items: Submission[] | undefined;
  readonly #histories = new Map<string, readonly AuditEntry[] | null | undefined>();
  #confirming: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly hooks: MySubmissionsHooks,
    private readonly api: () => Submissions | undefined,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#confirming = undefined;
  }

  clear(): void {
    this.items = undefined;
    this.#histories.clear();
    this.#confirming = undefined;
  }

  async load(): Promise<void> {
    const api = this.api();
    if (!api) return;
    this.clear();
    this.host.requestUpdate();
    await this.hooks.attempt(async () => {
      this.items = await api.list({ limit: 100 });
    });
    this.host.requestUpdate();
  }

  #toggleHistory(api: Submissions, id: string): void {
    if (this.#histories.has(id)) this.#histories.delete(id);
    else {
      this.#histories.set(id, undefined);
      // A hub without histories (or one failing) leaves the place empty rather than in the way.
      void api
        .history(id)
        .then(
          (entries) => this.#histories.set(id, entries),
          () => this.#histories.set(id, null),
        )
        .finally(() => this.host.requestUpdate());
    }
    this.host.requestUpdate();
  }

  #ask(id: string | undefined): void {
    const asked = this.#confirming;
    this.#confirming = id;
    this.host.requestUpdate();
    // Into the question's buttons, and back to the submission's title when kept.
    void this.hooks.focusOn(id ? '[part="confirm"] button' : `#sub-${asked}`);
  }

  async #withdraw(api: Submissions, id: string, s: FormText): Promise<void> {
    await this.hooks.attempt(async () => {
      const { submission } = await api.withdraw(id);
      this.items = this.items?.map((item) => (item.id === id ? submission : item));
      this.#confirming = undefined;
      this.hooks.withdrawn(id);
      this.hooks.announce(fill(s.withdrawn, { title: submission.content.title ?? '' }));
      await this.hooks.focusOn(`#sub-${id}`);
    });
    this.host.requestUpdate();
  }

  render(s: FormText, locale: LocaleController): TemplateResult | string {
    const api = this.api();
    if (!this.items || !api) return s.loading;
    return renderMine({
      s,
      locale,
      items: this.items,
      histories: this.#histories,
      confirming: this.#confirming,
      edit: (id) => this.hooks.edit(id),
      toggleHistory: (id) => this.#toggleHistory(api, id),
      askWithdraw: (id) => this.#ask(id),
      withdraw: (id) => void this.#withdraw(api, id, s),
    });
  }
}
