// Form fields the filter bars share: a labelled search box and labelled single-choice selects.
// Their look is in fields.styles.ts, which a host needs up front while these templates may load later.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';

export type Option = readonly [value: string, label: string];

/** A labelled `<select>` whose first option means "no filter". */
export function selectField(
  label: string,
  value: string,
  options: readonly Option[],
  any: string,
  onChange: (value: string) => void,
): TemplateResult {
  // Several values given by attribute ("5,6") have no single option: keep them selectable as they are.
  const unknown = value && !options.some(([v]) => v === value);
  return html`<label part="field"
    >${label}
    <select part="select" @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!value}>${any}</option>
      ${unknown ? html`<option value=${value} selected>${value}</option>` : nothing}
      ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
    </select></label
  >`;
}

/** A labelled search box named `q`; `onInput` fires on every keystroke. */
export function searchField(label: string, value: string, onInput: (value: string) => void): TemplateResult {
  return html`<label part="field" class="wide"
    >${label}
    <input
      part="search"
      type="search"
      name="q"
      maxlength="200"
      autocomplete="off"
      .value=${value}
      @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
  /></label>`;
}
