// A modal dialog for a detail view, shared by the lists: focus moves in, Escape closes, focus returns.
import { css, html } from 'lit';
import type { TemplateResult } from 'lit';

export const dialogStyles = css`
  dialog {
    inline-size: min(48rem, 100vw - 2rem);
    max-block-size: calc(100dvh - 2rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
    color: var(--_text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  .dialog-bar {
    position: sticky;
    inset-block-start: 0;
    display: flex;
    justify-content: flex-end;
    padding: calc(var(--_space) * 0.5);
    background: var(--_raised);
    z-index: 1;
  }
  .dialog-body {
    padding: 0 calc(var(--_space) * 1.5) calc(var(--_space) * 1.5);
  }
`;

/** Opens a detail dialog and gives focus back to `trigger` when it closes. */
export class DetailDialog {
  #trigger: HTMLElement | undefined;

  constructor(private readonly find: () => HTMLDialogElement | null | undefined) {}

  open(trigger: HTMLElement | undefined): void {
    const dialog = this.find();
    // The widget may have left the page while the dialog's code was loading.
    if (!dialog?.isConnected || dialog.open) return;
    this.#trigger = trigger;
    dialog.showModal();
  }

  close(): void {
    this.find()?.close();
  }

  /** Called from the dialog's `close` event, whatever closed it (button, Escape, backdrop). */
  closed(): void {
    this.#trigger?.focus();
    this.#trigger = undefined;
  }

  render(label: string, closeText: string, onClose: () => void, body: unknown): TemplateResult {
    return html`<dialog
      part="dialog"
      aria-label=${label}
      @close=${() => {
        this.closed();
        onClose();
      }}
      @click=${(event: MouseEvent) => {
        // A click on the backdrop lands on the dialog itself; its content fills the box.
        if (event.target === event.currentTarget) this.close();
      }}
    >
      <div class="dialog-bar">
        <button part="close-button" class="quiet" type="button" @click=${() => this.close()}>${closeText}</button>
      </div>
      <div class="dialog-body">${body}</div>
    </dialog>`;
  }
}
