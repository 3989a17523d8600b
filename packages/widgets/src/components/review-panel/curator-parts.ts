// The curator's pieces: progress and balance of a submission, its reviewers, and the suggested ones.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { fill } from '../../internal/i18n.js';
import { isolate, tags } from '../../internal/render.js';
import { due } from './desk.js';
import type { DeskView } from './desk.js';
import type { Assignment, Balance, BoardItem, ReviewerRef, Suggestion } from './review-api.js';

/** Verdicts k of n, the UN / non-UN balance and what it lacks, the next deadline and who is late. */
export function renderProgress(view: DeskView, item: BoardItem): TemplateResult {
  const { s, locale } = view;
  return html`<p>${fill(s.progress, { given: locale.number(item.verdicts.given), required: locale.number(item.verdicts.required) })}</p>
    ${renderBalance(view, item.balance)}
    <p>
      ${item.nextDueAt ? fill(s.nextDue, { date: locale.date(item.nextDueAt) }) : nothing}
      ${item.overdue ? html`<strong part="overdue" class="flag">${s.overdue}: ${locale.number(item.overdue)}</strong>` : nothing}
    </p>`;
}

/** "UN entity: 1 · Other organisation: 0. Missing: another organisation". */
function renderBalance(view: DeskView, b: Balance): TemplateResult {
  const { s, locale } = view;
  const state = b.complete ? s.balanced : fill(s.missing, { list: locale.list(b.missing.map((gap) => s.gaps[gap])) });
  return html`<p part="balance" class=${b.complete ? '' : 'gap'}>
    ${s.unEntity}: ${locale.number(b.unEntity)} · ${s.nonUn}: ${locale.number(b.nonUn)}. <strong>${state}</strong>
  </p>`;
}

/** "Rosa Ramírez · Regional UN Migration Working Group · UN entity". */
function reviewer(view: DeskView, who: ReviewerRef): TemplateResult {
  const org = who.organisation;
  return html`<p class="name"><bdi>${who.name}</bdi></p>
    <p class="meta">
      ${org ? html`<bdi>${org.name}</bdi>` : nothing}
      <span>${org?.unEntity ? view.s.unEntity : view.s.nonUn}</span>
    </p>`;
}

export function renderAssignment(
  view: DeskView,
  assignment: Assignment,
  replace: ((trigger: HTMLElement) => void) | undefined,
): TemplateResult {
  const { s } = view;
  const active = assignment.state === 'active';
  const late = active && !assignment.reviewed && Date.parse(assignment.dueAt) < Date.now();
  return html`<li part="assignment" class="card ${active ? '' : 'replaced'}">
    ${reviewer(view, assignment.reviewer)}
    <p class="meta">
      ${!active
        ? html`<span>${s.replaced}</span>`
        : assignment.reviewed
          ? html`<span>${s.reviewed}</span>`
          : due(view, assignment.dueAt, late)}
    </p>
    ${replace && active && !assignment.reviewed
      ? html`<button
          part="button replace"
          class="quiet"
          type="button"
          @click=${(e: Event) => replace(e.currentTarget as HTMLElement)}
        >
          ${s.replace}<span class="vh"> ${isolate(assignment.reviewer.name)}</span>
        </button>`
      : nothing}
  </li>`;
}

/** A suggested reviewer: why they fit, and either an Assign button or why they cannot be assigned. */
export function renderSuggestion(
  view: DeskView,
  suggestion: Suggestion,
  selectable: boolean,
  busy: boolean,
  problem: string | undefined,
  assign: () => void,
): TemplateResult {
  const { s, labels: l, locale } = view;
  const { reviewer: who, matches } = suggestion;
  const fits = [
    ...matches.objectives.map((n) => `${n} · ${l.of('objectives', n)}`),
    ...l.all('themes', matches.themes),
    ...l.all('languages', matches.languages),
  ];
  return html`<li part="suggestion" class="card" data-reviewer=${who.id}>
    ${reviewer(view, who)}
    <p class="meta">${fill(s.load, { n: locale.number(suggestion.load) })}</p>
    ${tags(fits) ?? nothing}
    ${selectable
      ? html`<button part="button assign" type="button" ?disabled=${busy} @click=${assign}>
          ${s.assign}<span class="vh"> ${isolate(who.name)}</span>
        </button>`
      : html`<p part="conflict" class="conflict">
          ${fill(s.notSelectable, { reason: s.conflicts[suggestion.conflict ?? 'balance'] })}
        </p>`}
    ${problem ? html`<p part="field-error" class="field-error" role="alert" dir="auto">${problem}</p>` : nothing}
  </li>`;
}
