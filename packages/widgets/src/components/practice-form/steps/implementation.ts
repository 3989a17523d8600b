// Step 4 of <mnh-practice-form>: when it ran and how far it got; results, lessons learned, replicability, funding.
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { SubmissionContent } from '@mnh/sdk';
import { contentText, options, selectField, textField } from '../fields.js';
import type { FormView } from '../fields.js';

type Implementation = NonNullable<SubmissionContent['implementation']>;

/** A year the hub takes, or `undefined`. */
const yearOf = (text: string): number | undefined => {
  const year = Number(text.trim());
  return text.trim() && Number.isInteger(year) && year >= 1900 && year <= 2100 ? year : undefined;
};

export function implementationStep(v: FormView): TemplateResult {
  const { s, content, taxonomy, draft } = v;
  const implementation: Implementation = content.implementation ?? {};
  const change = (next: Implementation) => {
    const kept = Object.fromEntries(Object.entries(next).filter(([, value]) => value !== undefined && value !== null));
    draft.set('implementation', Object.keys(kept).length ? kept : undefined);
  };
  const year = (key: 'startYear' | 'endYear', label: string, hint?: string) => {
    const pointer = `/implementation/${key}`;
    return textField(v, {
      pointer,
      label,
      hint,
      type: 'number',
      value: implementation[key] ?? undefined,
      onInput: (text) => {
        v.check(pointer, undefined);
        // A year half typed ("20") is not saved; a cleared field is.
        if (!text.trim() || yearOf(text)) change({ ...implementation, [key]: yearOf(text) });
      },
      onChange: (text) => v.check(pointer, !text.trim() || yearOf(text) ? undefined : s.yearInvalid),
    });
  };
  return html`${year('startYear', s.startYear)} ${year('endYear', s.endYear, s.endHint)}
  ${selectField(v, {
    pointer: '/implementation/status',
    label: s.status,
    value: implementation.status,
    options: options(taxonomy?.statuses),
    onChange: (status) => change({ ...implementation, status: (status || undefined) as Implementation['status'] }),
  })}
  ${contentText(v, 'results', s.results, { rows: 5, max: 20000 })}
  ${contentText(v, 'lessonsLearned', s.lessons, { rows: 5, max: 20000 })}
  ${contentText(v, 'replicability', s.replicability, { rows: 4, max: 20000 })}
  ${contentText(v, 'funding', s.funding, { rows: 3, max: 20000 })}`;
}
