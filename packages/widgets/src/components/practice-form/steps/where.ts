// Step 3 of <mnh-practice-form>: countries and scope; the implementing organisation, partners and, for someone else's practice, a focal point.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { SubmissionContent } from '@mnh/sdk';
import { isolate } from '../../../internal/render.js';
import { chosenList, options, pickList, selectField, textField } from '../fields.js';
import type { FormView, Option } from '../fields.js';

type Organisation = NonNullable<SubmissionContent['organisation']>;
type Kind = Organisation['kind'];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The hub's own rule (see its checklist): someone else's organisation, or none, needs a focal point. */
export function onBehalf(v: FormView): boolean {
  const implementer = v.content.organisation?.name ?? '';
  return !implementer.trim() || !same(implementer, v.me?.organisation?.name ?? '');
}

export function whereStep(v: FormView): TemplateResult {
  const { s, content, taxonomy, draft } = v;
  const kinds = options(taxonomy?.organisationKinds);
  const organisation = content.organisation ?? { name: '', kind: '' as Kind };
  const focal = content.focalPoint ?? { name: '', email: '' };
  // Kept whole in the working copy; the draft saves an organisation or focal point once it is complete.
  const setOrganisation = (change: Partial<Organisation>) => {
    const next = { ...organisation, ...change };
    draft.set('organisation', next.name.trim() || next.kind ? next : undefined);
  };
  const setFocal = (change: Partial<typeof focal>) => {
    const next = { ...focal, ...change };
    draft.set('focalPoint', next.name.trim() || next.email.trim() ? next : undefined);
  };
  return html`${pickList(v, {
    pointer: '/countries',
    label: s.countries,
    chosen: content.countries ?? [],
    options: options(taxonomy?.countries),
    onChange: (chosen) => draft.set('countries', chosen),
  })}
  ${selectField(v, {
    pointer: '/scope',
    label: s.scope,
    value: content.scope ?? undefined,
    options: options(taxonomy?.scopes),
    onChange: (value) => draft.set('scope', (value || undefined) as SubmissionContent['scope']),
  })}
  <fieldset class="wide group">
    <legend>${s.organisationName}</legend>
    ${textField(v, {
      pointer: '/organisation',
      label: s.name,
      value: organisation.name,
      max: 300,
      autocomplete: 'organization',
      onInput: (name) => setOrganisation({ name }),
    })}
    ${selectField(v, {
      pointer: '/organisation/kind',
      label: s.organisationKind,
      value: organisation.kind,
      options: kinds,
      onChange: (kind) => setOrganisation({ kind: kind as Kind }),
    })}
  </fieldset>
  ${partners(v, kinds)}
  ${onBehalf(v)
    ? html`<fieldset class="wide group">
        <legend>${s.focalPoint}</legend>
        <p class="hint wide">${s.focalHint}</p>
        ${textField(v, {
          pointer: '/focalPoint',
          label: s.name,
          value: focal.name,
          max: 200,
          onInput: (name) => setFocal({ name }),
        })}
        ${textField(v, {
          pointer: '/focalPoint/email',
          label: s.email,
          type: 'email',
          value: focal.email,
          max: 254,
          onInput: (email) => {
            v.check('/focalPoint/email', undefined);
            setFocal({ email: email.trim() });
          },
          onChange: (email) => v.check('/focalPoint/email', !email || EMAIL.test(email) ? undefined : s.emailInvalid),
        })}
      </fieldset>`
    : nothing}`;
}

/** Partners added one by one: a name and a kind, then Add. */
function partners(v: FormView, kinds: readonly Option[]): TemplateResult {
  const { s, draft } = v;
  const list = v.content.partners ?? [];
  const kindLabel = (kind: string) => kinds.find(([key]) => key === kind)?.[1] ?? kind;
  return html`<fieldset class="wide group">
    <legend>${s.partners}</legend>
    ${chosenList(
      s,
      list.map((p) => `${isolate(p.name)} (${kindLabel(p.kind)})`),
      (i) => draft.set('partners', list.filter((_, j) => j !== i)),
    )}
    <div class="field">
      <label for="f-partners">${s.partnerName}</label>
      <input id="f-partners" maxlength="300" dir="auto" autocomplete="off" />
    </div>
    <div class="field">
      <label for="f-partners-kind">${s.organisationKind}</label>
      <select id="f-partners-kind">
        <option value="">${s.choose}</option>
        ${kinds.map(([key, label]) => html`<option value=${key}>${label}</option>`)}
      </select>
    </div>
    <button
      type="button"
      class="quiet"
      @click=${(e: Event) => {
        const group = (e.currentTarget as HTMLElement).closest('fieldset')!;
        const name = group.querySelector<HTMLInputElement>('#f-partners')!;
        const kind = group.querySelector<HTMLSelectElement>('#f-partners-kind')!;
        const missing = !name.value.trim() ? name : !kind.value ? kind : undefined;
        if (missing) return missing.focus();
        draft.set('partners', [...list, { name: name.value.trim(), kind: kind.value as Kind }]);
        name.value = '';
        kind.value = '';
        name.focus();
      }}
    >
      ${s.add}
    </button>
  </fieldset>`;
}
