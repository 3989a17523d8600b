// Which of a thread's forms is open, whether it is sending, what went wrong, and where focus goes next.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { OpenForm } from './forms.js';

interface FormsHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * One form open at a time. Opening one moves focus into it; closing it moves focus to what the
 * action left (the comment posted or edited, the question of a deleted comment), else back to the
 * button that opened it, so keyboard users never land at the top of the page.
 */
export class ThreadForms implements ReactiveController {
  open: OpenForm | undefined;
  busy = false;
  error = '';
  #trigger: HTMLElement | undefined;
  /** An element id, `form` for the open form's first field, or `trigger` for the button that opened it. */
  #focus: string | undefined;

  constructor(private readonly host: FormsHost) {
    host.addController(this);
  }

  show(form: OpenForm, trigger: HTMLElement | undefined): void {
    this.open = form;
    this.error = '';
    this.#trigger = trigger;
    this.focus('form');
  }

  /** Closes the open form; focus goes to the element with id `to`, else back to the button that opened it. */
  close(to?: string): void {
    this.open = undefined;
    this.error = '';
    this.focus(to ?? 'trigger');
  }

  /** Moves focus once the next render is done. */
  focus(to: string): void {
    this.#focus = to;
    this.host.requestUpdate();
  }

  /** Runs a form's job once at a time; its error message shows in the form. */
  async send(job: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.host.requestUpdate();
    try {
      await job();
    } catch (error) {
      this.error = (error as Error).message;
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  hostUpdated(): void {
    const to = this.#focus;
    if (!to) return;
    this.#focus = undefined;
    const root = this.host.renderRoot as ShadowRoot;
    const target =
      to === 'form'
        ? root.querySelector<HTMLElement>('.inline-form textarea, .inline-form button[type=submit]')
        : to === 'trigger'
          ? this.#trigger?.isConnected
            ? this.#trigger
            : null
          : root.getElementById(to);
    target?.focus();
  }
}
