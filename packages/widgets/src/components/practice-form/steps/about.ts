// Steps 1 and 2 of <mnh-practice-form>: the practice itself; its GCM objectives, themes and guiding principles.
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { SubmissionContent } from '@mnh/sdk';
import { fill } from '../../../internal/i18n.js';
import { checkboxes, contentText, options, pickList, selectField, textField } from '../fields.js';
import type { FormView } from '../fields.js';

type Claims = NonNullable<SubmissionContent['principles']>;
type Principle = Claims[number]['principle'];

export function practiceStep(v: FormView): TemplateResult {
  const { s, content, taxonomy } = v;
  const languages = options(taxonomy?.languages);
  return html`${contentText(v, 'title', s.titleLabel, { max: 300 })}
  ${contentText(v, 'summary', s.summaryLabel, { rows: 3, max: 1000 })}
  ${contentText(v, 'description', s.descriptionLabel, { rows: 8, max: 20000 })}
  ${selectField(v, {
    pointer: '/language',
    label: s.languageLabel,
    value: content.language ?? undefined,
    options: languages,
    onChange: (value) => v.draft.set('language', value || undefined),
  })}
  ${pickList(v, {
    pointer: '/otherLanguages',
    label: s.otherLanguages,
    chosen: content.otherLanguages ?? [],
    options: languages,
    onChange: (chosen) => v.draft.set('otherLanguages', chosen),
  })}`;
}

export function objectivesStep(v: FormView): TemplateResult {
  const { s, content, taxonomy, draft } = v;
  const claims: Claims = content.principles ?? [];
  const justify = (principle: string) => {
    const i = claims.findIndex((c) => c.principle === principle);
    const label = taxonomy?.principles.find((p) => p.key === principle)?.label ?? principle;
    return textField(v, {
      pointer: `/principles/${i}/justification`,
      label: fill(s.justification, { label }),
      value: claims[i]?.justification,
      rows: 3,
      max: 2000,
      onInput: (justification) =>
        draft.set(
          'principles',
          claims.map((c, j) => (j === i ? { ...c, justification } : c)),
        ),
    });
  };
  return html`${checkboxes(v, {
    pointer: '/objectives',
    legend: s.objectives,
    options: (taxonomy?.objectives ?? []).map((o) => [String(o.number), `${o.number} · ${o.label}`]),
    chosen: (content.objectives ?? []).map(String),
    onChange: (chosen) => draft.set('objectives', chosen.map(Number)),
  })}
  ${checkboxes(v, {
    pointer: '/themes',
    legend: s.themes,
    options: options(taxonomy?.themes),
    chosen: content.themes ?? [],
    onChange: (chosen) => draft.set('themes', chosen),
  })}
  ${checkboxes(
    v,
    {
      pointer: '/principles',
      legend: s.principles,
      hint: s.principlesHint,
      options: options(taxonomy?.principles),
      chosen: claims.map((c) => c.principle),
      // In the taxonomy's order, each keeping what was written for it.
      onChange: (chosen) =>
        draft.set(
          'principles',
          chosen.map((key) => claims.find((c) => c.principle === key) ?? { principle: key as Principle, justification: '' }),
        ),
    },
    justify,
  )}`;
}
