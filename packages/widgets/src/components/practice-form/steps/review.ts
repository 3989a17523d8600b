// Step 6 of <mnh-practice-form>: everything written, step by step, each with a way back to change it.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { fact } from '../../../internal/render.js';
import type { FormView } from '../fields.js';
import { onBehalf } from './where.js';

const prose = (text: string | null | undefined) => (text ? html`<span class="prose" dir="auto">${text}</span>` : undefined);

export function reviewStep(v: FormView): TemplateResult {
  const { s, content: c, taxonomy: t, locale, draft } = v;
  const labelOf = (list: readonly { key?: string; code?: string; label: string }[] | undefined, key: string) =>
    list?.find((item) => (item.key ?? item.code) === key)?.label ?? key;
  const listOf = (list: Parameters<typeof labelOf>[0], keys: readonly string[] | null | undefined) =>
    keys?.length ? locale.list(keys.map((key) => labelOf(list, key))) : undefined;
  const kind = (key: string) => labelOf(t?.organisationKinds, key);
  const impl = c.implementation ?? {};
  const sections: (TemplateResult | typeof nothing)[][] = [
    [
      fact(s.titleLabel, c.title ?? undefined),
      fact(s.summaryLabel, prose(c.summary)),
      fact(s.descriptionLabel, prose(c.description)),
      fact(s.languageLabel, c.language ? labelOf(t?.languages, c.language) : undefined),
      fact(s.otherLanguages, listOf(t?.languages, c.otherLanguages)),
    ],
    [
      fact(s.objectives, c.objectives?.map((n) => `${n} · ${labelOf(t?.objectives.map((o) => ({ key: String(o.number), label: o.label })), String(n))}`).join('; ')),
      fact(s.themes, listOf(t?.themes, c.themes)),
      ...(c.principles ?? []).map((p) => fact(labelOf(t?.principles, p.principle), prose(p.justification) ?? '—')),
    ],
    [
      fact(s.countries, listOf(t?.countries, c.countries)),
      fact(s.scope, c.scope ? labelOf(t?.scopes, c.scope) : undefined),
      fact(s.organisationName, c.organisation?.kind ? `${c.organisation.name} (${kind(c.organisation.kind)})` : undefined),
      fact(s.partners, c.partners?.map((p) => `${p.name} (${kind(p.kind)})`).join('; ')),
      onBehalf(v) ? fact(s.focalPoint, c.focalPoint ? `${c.focalPoint.name} <${c.focalPoint.email}>` : undefined) : nothing,
    ],
    [
      fact(s.startYear, impl.startYear ? String(impl.startYear) : undefined),
      fact(s.endYear, impl.endYear ? String(impl.endYear) : undefined),
      fact(s.status, impl.status ? labelOf(t?.statuses, impl.status) : undefined),
      fact(s.results, prose(c.results)),
      fact(s.lessons, prose(c.lessonsLearned)),
      fact(s.replicability, prose(c.replicability)),
      fact(s.funding, prose(c.funding)),
    ],
    [
      fact(s.links, c.links?.map((link) => `${link.title} – ${link.url}`).join('; ')),
      fact(s.files, draft.submission?.files.map((f) => f.filename).join('; ')),
    ],
  ];
  return html`<p class="hint">${s.reviewHint}</p>
    ${sections.map(
      (facts, step) => html`<section part="review-section" class="review-section" aria-labelledby="review-${step}">
        <div class="review-head">
          <h3 id="review-${step}">${s.steps[step]}</h3>
          <button type="button" class="quiet" aria-describedby="review-${step}" @click=${() => v.go(step)}>${s.change}</button>
        </div>
        <dl>${facts}</dl>
      </section>`,
    )}`;
}
