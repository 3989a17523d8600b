// The parts of a request on the support desk: assigned and suggested experts, similar practices, and the form moving it on.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { fill } from '../../internal/i18n.js';
import type { SupportAssignment, Suggestions, Transition } from '../support-request/support-api.js';
import type { SupportText } from '../support-request/thread.js';

/** What the curator is about to send: the move, its reason and agreement, and the hub's refusal of the last try. */
export interface MoveDraft {
  to: Transition['to'] | '';
  reason: string;
  agreement: string;
  error: string;
}

export function expertsSection(
  s: SupportText,
  assignments: readonly SupportAssignment[],
  suggestions: Suggestions | undefined,
  assign: (expertId: string, name: string) => void,
): TemplateResult {
  return html`<section aria-labelledby="assigned-title">
      <h4 id="assigned-title">${s.assignedExperts}</h4>
      ${assignments.length === 0
        ? html`<p class="muted">${s.noneAssigned}</p>`
        : html`<ul>
            ${assignments.map((a) => html`<li>${a.expert.name}${a.note ? html` — <span dir="auto">${a.note}</span>` : nothing}</li>`)}
          </ul>`}
    </section>
    <section part="suggestions" aria-labelledby="suggested-title">
      <h4 id="suggested-title">${s.suggestedExperts}</h4>
      ${!suggestions || suggestions.experts.length === 0
        ? html`<p class="muted">${s.noSuggestions}</p>`
        : html`<ul class="suggested">
            ${suggestions.experts.map((e) => {
              const why = [e.objectives.join(', '), e.inRegion ? s.inRegion : '', e.languages.join(', '), fill(s.openAssignments, { n: e.openAssignments })];
              return html`<li part="suggestion">
                <span
                  ><strong>${e.name}</strong> — <span dir="auto">${e.title}</span>, <span dir="auto">${e.organisation}</span>
                  <span class="muted">(${why.filter(Boolean).join(' · ')})</span></span
                >
                <button part="button" type="button" @click=${() => assign(e.id, e.name)}>${fill(s.assign, { name: e.name })}</button>
              </li>`;
            })}
          </ul>`}
      <h4>${s.similarPractices}</h4>
      ${!suggestions || suggestions.practices.length === 0
        ? html`<p class="muted">${s.noSuggestions}</p>`
        : html`<ul>
            ${suggestions.practices.map((p) => html`<li dir="auto">${p.title}</li>`)}
          </ul>`}
    </section>`;
}

export function moveForm(
  s: SupportText,
  next: readonly Transition['to'][],
  m: MoveDraft,
  set: (change: Partial<MoveDraft>) => void,
  send: () => void,
): TemplateResult {
  // Typing only records the text: a re-render per keystroke would gain nothing.
  const typed = (key: 'reason' | 'agreement') => (e: Event) => (m[key] = (e.target as HTMLTextAreaElement).value);
  return html`<form part="move" class="panel" novalidate aria-labelledby="move-title" @submit=${(e: Event) => (e.preventDefault(), send())}>
    <h4 id="move-title">${s.moveTitle}</h4>
    ${m.error ? html`<p id="move-error" part="error" class="field-error" role="alert">${m.error}</p>` : nothing}
    <div class="field">
      <label for="move-to">${s.moveTo}</label>
      <select
        id="move-to"
        aria-describedby=${m.error ? 'move-error' : nothing}
        @change=${(e: Event) => set({ to: (e.target as HTMLSelectElement).value as Transition['to'] })}
      >
        ${next.map((state) => html`<option value=${state} ?selected=${state === m.to}>${s.stateLabels[state]}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="move-reason">${s.reason}</label>
      <textarea id="move-reason" rows="2" maxlength="2000" dir="auto" .value=${m.reason} @input=${typed('reason')}></textarea>
    </div>
    <div class="field">
      <label for="move-agreement">${s.agreementLabel}</label>
      <textarea id="move-agreement" rows="2" maxlength="4000" dir="auto" .value=${m.agreement} @input=${typed('agreement')}></textarea>
    </div>
    <div class="actions"><button part="button" type="submit">${s.move}</button></div>
  </form>`;
}
