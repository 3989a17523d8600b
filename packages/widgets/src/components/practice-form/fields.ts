// The form's controls: labelled, hinted, with their problem beside them and tied to it for screen readers.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Me, SubmissionContent, Taxonomy } from '@mnh/sdk';
import { fill } from '../../internal/i18n.js';
import type { LocaleController } from '../../internal/locale.js';
import type { Draft } from './draft.js';
import { idOf } from './problems.js';
import type { FormText } from './strings/index.js';

/** What a step needs from the form. */
export interface FormView {
  s: FormText;
  draft: Draft;
  content: SubmissionContent;
  taxonomy: Taxonomy | undefined;
  me: Me | undefined;
  locale: LocaleController;
  /** The problem to show at a control: the hub's, or the form's own check. */
  error(pointer: string): string | undefined;
  /** Records the form's own check of a control; `undefined` when it passes. */
  check(pointer: string, message: string | undefined): void;
  /** The file being uploaded, while it is. */
  uploading: string | undefined;
  attach(file: File): void;
  go(step: number): void;
}

export type Option = readonly [value: string, label: string];

/** Labels of a taxonomy list as select options. */
export function options(list: readonly { key?: string; code?: string; label: string }[] | undefined): Option[] {
  return (list ?? []).map((item) => [item.key ?? item.code ?? '', item.label]);
}

/** The ids a control is described by: its hint and its problem, when it has them. */
function describedBy(id: string, hint: unknown, error: unknown): string | typeof nothing {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
}

function hintAndError(id: string, hint: string | undefined, error: string | undefined) {
  return html`${hint ? html`<p id="${id}-hint" class="hint">${hint}</p>` : nothing}
  ${error ? html`<p id="${id}-error" part="field-error" class="field-error" dir="auto">${error}</p>` : nothing}`;
}

export interface TextOptions {
  pointer: string;
  label: string;
  value: string | number | undefined;
  onInput: (value: string) => void;
  /** When the person leaves the field: the moment for checks that would nag while typing. */
  onChange?: (value: string) => void;
  hint?: string;
  /** Rows of a multi-line field. */
  rows?: number;
  max?: number;
  type?: 'text' | 'email' | 'url' | 'number';
  autocomplete?: string;
}

export function textField(v: FormView, o: TextOptions): TemplateResult {
  const id = idOf(o.pointer);
  const error = v.error(o.pointer);
  const input = (e: Event) => o.onInput((e.target as HTMLInputElement).value);
  const change = (e: Event) => o.onChange?.((e.target as HTMLInputElement).value);
  // Written text follows its own direction; an empty field follows the interface's.
  const common = { describe: describedBy(id, o.hint, error), invalid: error ? 'true' : 'false' };
  return html`<div part="field" class="field ${o.rows ? 'wide' : ''}">
    <label for=${id}>${o.label}</label>
    ${hintAndError(id, o.hint, error)}
    ${o.rows
      ? html`<textarea
          id=${id}
          rows=${o.rows}
          maxlength=${o.max ?? nothing}
          dir=${o.value ? 'auto' : nothing}
          .value=${String(o.value ?? '')}
          aria-describedby=${common.describe}
          aria-invalid=${common.invalid}
          @input=${input}
        ></textarea>`
      : html`<input
          id=${id}
          type=${o.type ?? 'text'}
          inputmode=${o.type === 'number' ? 'numeric' : nothing}
          maxlength=${o.type === 'number' ? nothing : (o.max ?? nothing)}
          autocomplete=${o.autocomplete ?? 'off'}
          dir=${(o.type ?? 'text') === 'text' && o.value ? 'auto' : nothing}
          .value=${String(o.value ?? '')}
          aria-describedby=${common.describe}
          aria-invalid=${common.invalid}
          @input=${input}
          @change=${change}
        />`}
  </div>`;
}

/** A free-text field of the content itself (title, summary, results…): cleared when emptied. */
export function contentText(
  v: FormView,
  key: 'title' | 'summary' | 'description' | 'results' | 'lessonsLearned' | 'replicability' | 'funding',
  label: string,
  extra: Partial<TextOptions> = {},
): TemplateResult {
  return textField(v, {
    pointer: `/${key}`,
    label,
    value: v.content[key] ?? undefined,
    onInput: (value) => v.draft.set(key, value.trim() ? value : undefined),
    ...extra,
  });
}

export function selectField(
  v: FormView,
  o: { pointer: string; label: string; value: string | undefined; options: readonly Option[]; onChange: (value: string) => void },
): TemplateResult {
  const id = idOf(o.pointer);
  const error = v.error(o.pointer);
  return html`<div part="field" class="field">
    <label for=${id}>${o.label}</label>
    ${hintAndError(id, undefined, error)}
    <select
      id=${id}
      aria-describedby=${describedBy(id, undefined, error)}
      aria-invalid=${error ? 'true' : 'false'}
      @change=${(e: Event) => o.onChange((e.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${!o.value}>${v.s.choose}</option>
      ${o.options.map(([value, label]) => html`<option value=${value} ?selected=${value === o.value}>${label}</option>`)}
    </select>
  </div>`;
}

/** A fieldset of checkboxes; the first box carries the id a problem links to. */
export function checkboxes(
  v: FormView,
  o: { pointer: string; legend: string; hint?: string; options: readonly Option[]; chosen: readonly string[]; onChange: (chosen: string[]) => void },
  extra?: (value: string) => unknown,
): TemplateResult {
  const id = idOf(o.pointer);
  const error = v.error(o.pointer);
  const toggle = (value: string, on: boolean) =>
    o.onChange(o.options.map(([key]) => key).filter((key) => (key === value ? on : o.chosen.includes(key))));
  return html`<fieldset part="field" class="wide" aria-describedby=${describedBy(id, o.hint, error)}>
    <legend>${o.legend}</legend>
    ${hintAndError(id, o.hint, error)}
    <ul class="choices">
      ${o.options.map(
        ([value, label], i) => html`<li>
          <label class="check"
            ><input
              type="checkbox"
              id=${i === 0 ? id : nothing}
              .checked=${o.chosen.includes(value)}
              @change=${(e: Event) => toggle(value, (e.target as HTMLInputElement).checked)}
            />
            ${label}</label
          >
          ${extra && o.chosen.includes(value) ? extra(value) : nothing}
        </li>`,
      )}
    </ul>
  </fieldset>`;
}

/** Chosen values, each with a button removing it, and a select with a button adding one more. */
export function pickList(
  v: FormView,
  o: { pointer: string; label: string; chosen: readonly string[]; options: readonly Option[]; onChange: (chosen: string[]) => void },
): TemplateResult {
  const id = idOf(o.pointer);
  const error = v.error(o.pointer);
  const nameOf = (value: string) => o.options.find(([key]) => key === value)?.[1] ?? value;
  return html`<div part="field" class="field wide">
    <label for=${id}>${o.label}</label>
    ${hintAndError(id, undefined, error)} ${chosenList(v.s, o.chosen.map(nameOf), (i) => o.onChange(o.chosen.filter((_, j) => j !== i)))}
    <div class="adder">
      <select id=${id} aria-describedby=${describedBy(id, undefined, error)} aria-invalid=${error ? 'true' : 'false'}>
        <option value="">${v.s.choose}</option>
        ${o.options.filter(([key]) => !o.chosen.includes(key)).map(([key, label]) => html`<option value=${key}>${label}</option>`)}
      </select>
      <button
        type="button"
        class="quiet"
        @click=${(e: Event) => {
          const select = (e.currentTarget as HTMLElement).previousElementSibling as HTMLSelectElement;
          if (select.value) o.onChange([...o.chosen, select.value]);
          select.value = '';
        }}
      >
        ${v.s.add}
      </button>
    </div>
  </div>`;
}

/** What has been added to a list, each with its own remove button (named, for screen readers). */
export function chosenList(s: FormText, names: readonly string[], remove: (index: number) => void): TemplateResult | typeof nothing {
  if (!names.length) return nothing;
  return html`<ul part="chosen" class="chosen">
    ${names.map(
      (name, i) => html`<li>
        <span dir="auto">${name}</span>
        <button
          type="button"
          class="quiet"
          aria-label=${fill(s.remove, { name })}
          @click=${(e: Event) => {
            // Focus would be lost with the button: it goes to the list's field instead.
            (e.currentTarget as HTMLElement).closest('.field')?.querySelector<HTMLElement>('input, select')?.focus();
            remove(i);
          }}
        >
          ×
        </button>
      </li>`,
    )}
  </ul>`;
}
