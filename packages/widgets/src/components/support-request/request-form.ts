// The request form: labelled controls, the hub's field problems beside each and in a summary first, sending.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { HubProblemError } from '@mnh/sdk';
import type { Taxonomy } from '@mnh/sdk';
import { fill } from '../../internal/i18n.js';
import { KINDS } from './support-api.js';
import type { NewSupportRequest, SupportApi, SupportKind, SupportRequest } from './support-api.js';
import type { SupportText } from './thread.js';

/** The six UN languages, offered as the languages the work can be done in. */
const UN_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
type Group = 'objectives' | 'kinds' | 'languages';

export interface FormHost {
  requestUpdate(): void;
  readonly renderRoot: HTMLElement | DocumentFragment;
  announce(message: string): void;
  sent(request: SupportRequest): void;
}

/** Where a problem is shown: a list's problem at its group, a contact field at its own control. */
function shownAt(pointer: string): string {
  const [first = '', second] = pointer.split('/').slice(1);
  if (first === 'contact') return `/contact/${second ?? 'name'}`;
  return `/${first}`;
}
const idOf = (pointer: string) => `f-${pointer.split('/').slice(1).join('-')}`;

function empty(): NewSupportRequest {
  return { requestingEntity: '', country: '', objectives: [], kinds: [], description: '', timeline: '', languages: [], contact: { name: '' } };
}

export class RequestForm {
  value = empty();
  /** Problems by the pointer they are shown at, in the hub's order. */
  errors = new Map<string, string>();
  busy = false;
  #summaryFocus = false;

  constructor(private readonly host: FormHost) {}

  #label(s: SupportText, pointer: string): string {
    const labels: Record<string, string> = {
      '/requestingEntity': s.entity,
      '/country': s.country,
      '/objectives': s.objectives,
      '/kinds': s.kindsLegend,
      '/description': s.description,
      '/timeline': s.timeline,
      '/languages': s.languagesLegend,
      '/contact': s.contactName,
      '/contact/name': s.contactName,
      '/contact/position': s.contactPosition,
    };
    return labels[pointer] ?? pointer;
  }

  async submit(api: SupportApi, s: SupportText): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.host.requestUpdate();
    // Empty fields are left out, so the hub answers "is required" rather than "too short".
    const filled = (value: unknown) => (Array.isArray(value) ? value.length > 0 : typeof value === 'string' ? value.trim() !== '' : true);
    const contact = Object.fromEntries(Object.entries(this.value.contact).filter(([, v]) => filled(v)));
    const rest = Object.entries({ ...this.value, contact: undefined }).filter(([, v]) => v !== undefined && filled(v));
    const body = Object.fromEntries(Object.keys(contact).length > 0 ? [...rest, ['contact', contact]] : rest) as NewSupportRequest;
    try {
      const created = await api.create(body);
      this.value = empty();
      this.errors = new Map();
      this.host.announce(s.sent);
      this.host.sent(created);
    } catch (error) {
      const problems = error instanceof HubProblemError ? (error.problem.errors ?? []) : [];
      if (problems.length === 0) throw error;
      this.errors = new Map();
      for (const { field, message } of problems) {
        const at = shownAt(field);
        if (this.errors.has(at)) continue;
        const label = this.#label(s, at);
        this.errors.set(at, message.includes('required') ? fill(s.errRequired, { label }) : `${label}: ${message}`);
      }
      this.#summaryFocus = true;
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  /** After a render with new problems: the summary takes focus, so screen readers read it first. */
  focusSummary(): void {
    if (!this.#summaryFocus) return;
    this.#summaryFocus = false;
    this.host.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  #go(pointer: string): void {
    const target = this.host.renderRoot.querySelector<HTMLElement>(`#${idOf(pointer)}`);
    (target?.matches('fieldset') ? target.querySelector<HTMLElement>('input') : target)?.focus();
  }

  #set(change: Partial<NewSupportRequest>): void {
    this.value = { ...this.value, ...change };
    this.host.requestUpdate();
  }

  #text(pointer: string, label: string, value: string, set: (v: string) => void, o: { hint?: string; rows?: number; max: number; auto?: string }) {
    const id = idOf(pointer);
    const error = this.errors.get(pointer);
    const describedBy = [o.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
    const input = (e: Event) => set((e.target as HTMLInputElement).value);
    return html`<div part="field" class="field">
      <label for=${id}>${label}</label>
      ${o.hint ? html`<p id="${id}-hint" class="hint">${o.hint}</p>` : nothing}
      ${error ? html`<p id="${id}-error" part="field-error" class="field-error">${error}</p>` : nothing}
      ${o.rows
        ? html`<textarea id=${id} rows=${o.rows} maxlength=${o.max} dir="auto" .value=${value} aria-describedby=${describedBy}
            aria-invalid=${error ? 'true' : 'false'} @input=${input}></textarea>`
        : html`<input id=${id} type="text" maxlength=${o.max} dir="auto" autocomplete=${o.auto ?? nothing} .value=${value}
            aria-describedby=${describedBy} aria-invalid=${error ? 'true' : 'false'} @input=${input} />`}
    </div>`;
  }

  #group<K extends Group>(name: K, legend: string, options: readonly (readonly [NewSupportRequest[K][number], string])[]) {
    const id = idOf(`/${name}`);
    const error = this.errors.get(`/${name}`);
    const chosen = this.value[name] as readonly unknown[];
    const toggle = (key: NewSupportRequest[K][number], on: boolean) => {
      const next = on ? [...chosen, key] : chosen.filter((k) => k !== key);
      this.#set({ [name]: next } as Partial<NewSupportRequest>);
    };
    return html`<fieldset id=${id} part="field" class="field group ${name}" aria-describedby=${error ? `${id}-error` : nothing}>
      <legend>${legend}</legend>
      ${error ? html`<p id="${id}-error" part="field-error" class="field-error">${error}</p>` : nothing}
      ${options.map(
        ([key, label]) => html`<label class="choice"
          ><input type="checkbox" .checked=${chosen.includes(key)} @change=${(e: Event) => toggle(key, (e.target as HTMLInputElement).checked)} />
          <span>${label}</span></label
        >`,
      )}
    </fieldset>`;
  }

  render(s: SupportText, taxonomy: Taxonomy | undefined, languageName: (code: string) => string, onSubmit: () => void): TemplateResult {
    const v = this.value;
    const countries = [...(taxonomy?.countries ?? [])].sort((a, b) => a.label.localeCompare(b.label));
    const objectives = (taxonomy?.objectives ?? Array.from({ length: 23 }, (_, n) => ({ number: n + 1, label: String(n + 1) }))).map(
      (o) => [o.number, `${o.number}. ${o.label}`] as const,
    );
    const countryError = this.errors.get('/country');
    return html`<form part="form" novalidate aria-labelledby="form-title" @submit=${(e: Event) => (e.preventDefault(), onSubmit())}>
      <h3 id="form-title">${s.formTitle}</h3>
      ${this.errors.size > 0
        ? html`<div part="error-summary" class="error-summary" tabindex="-1" aria-labelledby="summary-title">
            <h4 id="summary-title">${s.problemTitle}</h4>
            <ul>
              ${[...this.errors].map(
                ([pointer, text]) => html`<li>
                  <a href="#${idOf(pointer)}" @click=${(e: Event) => (e.preventDefault(), this.#go(pointer))}>${text}</a>
                </li>`,
              )}
            </ul>
          </div>`
        : nothing}
      ${this.#text('/requestingEntity', s.entity, v.requestingEntity, (x) => this.#set({ requestingEntity: x }), { hint: s.entityHint, max: 300, auto: 'organization' })}
      <div part="field" class="field">
        <label for="f-country">${s.country}</label>
        ${countryError ? html`<p id="f-country-error" part="field-error" class="field-error">${countryError}</p>` : nothing}
        <select id="f-country" aria-describedby=${countryError ? 'f-country-error' : nothing} aria-invalid=${countryError ? 'true' : 'false'}
          @change=${(e: Event) => this.#set({ country: (e.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${!v.country}>${s.chooseCountry}</option>
          ${countries.map((c) => html`<option value=${c.code} ?selected=${c.code === v.country}>${c.label}</option>`)}
        </select>
      </div>
      ${this.#group('objectives', s.objectives, objectives)}
      ${this.#group('kinds', s.kindsLegend, KINDS.map((k): readonly [SupportKind, string] => [k, s.kindLabels[k]]))}
      ${this.#text('/description', s.description, v.description, (x) => this.#set({ description: x }), { hint: s.descriptionHint, rows: 6, max: 5000 })}
      ${this.#text('/timeline', s.timeline, v.timeline, (x) => this.#set({ timeline: x }), { hint: s.timelineHint, max: 300 })}
      ${this.#group('languages', s.languagesLegend, UN_LANGUAGES.map((code) => [code, languageName(code)] as const))}
      ${this.#text('/contact/name', s.contactName, v.contact.name, (x) => this.#set({ contact: { ...v.contact, name: x } }), { max: 200, auto: 'name' })}
      ${this.#text('/contact/position', s.contactPosition, v.contact.position ?? '', (x) => this.#set({ contact: { ...v.contact, position: x } }), {
        max: 200,
        auto: 'organization-title',
      })}
      <div class="actions">
        <button part="button submit" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${this.busy ? s.sending : s.submit}</button>
      </div>
    </form>`;
  }
}
