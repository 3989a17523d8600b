// A submission's full content as a reviewer reads it: every field, links only when safe, files as downloads.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { fill } from '../../internal/i18n.js';
import { fact, isolate, linkList, prose, tags } from '../../internal/render.js';
import type { LabelKind } from '../../internal/taxonomy.js';
import type { DeskView } from './desk.js';
import type { Submission } from './review-api.js';

type Organisation = { name: string; kind: string } | null | undefined;
type File = Submission['files'][number];

/** Labels for `keys`, as one phrase in the widget's language; nothing when there are none. */
function listOf(view: DeskView, kind: LabelKind, keys: readonly (string | number)[] | null | undefined) {
  return keys?.length ? view.locale.list(view.labels.all(kind, keys)) : undefined;
}

function organisation(view: DeskView, o: Organisation): string | undefined {
  return o ? `${isolate(o.name)} (${view.labels.of('organisationKinds', o.kind)})` : undefined;
}

/** The taxonomy's label for a kind of resource (the shared labels don't know that kind yet). */
function resourceType(view: DeskView, key: string | null | undefined): string | undefined {
  return key ? (view.labels.taxonomy?.resourceTypes.find((type) => type.key === key)?.label ?? key) : undefined;
}

function size(view: DeskView, bytes: number): string {
  const mb = bytes >= 1e6;
  return new Intl.NumberFormat(view.locale.lang, {
    style: 'unit',
    unit: mb ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(mb ? bytes / 1e6 : Math.max(bytes / 1e3, 0.1));
}

/**
 * Everything the submitter wrote, for reviewing it. `fileUrl` is where a file downloads from;
 * `onDownload` fetches it with the session's token, which a plain link could not send.
 */
export function renderSubmission(
  view: DeskView,
  submission: Submission,
  fileUrl: (file: File) => string,
  onDownload: (event: Event, file: File) => void,
): TemplateResult {
  const { s, labels: l } = view;
  const c = submission.content;
  const lang = c.language ?? undefined;
  const impl = c.implementation;
  const start = impl?.startYear;
  const period = start ? (impl.endYear ? `${start}–${impl.endYear}` : fill(s.since, { start })) : '';
  const status = impl?.status ? l.of('statuses', impl.status) : '';
  const resource = c.kind === 'resource';
  return html`<div part="submission" class="submission">
    <p class="lead prose" lang=${lang ?? nothing} dir="auto">${c.summary}</p>
    <dl part="facts">
      ${fact(s.objectives, tags((c.objectives ?? []).map((n) => `${n} · ${l.of('objectives', n)}`)))}
      ${fact(s.themes, tags(l.all('themes', c.themes ?? [])))}
      ${fact(s.countries, listOf(view, 'countries', c.countries))}
      ${fact(s.regions, listOf(view, 'regions', c.regions))}
      ${fact(s.scope, c.scope ? l.of('scopes', c.scope) : undefined)}
      ${fact(s.implementer, organisation(view, c.organisation))}
      ${fact(s.partners, c.partners?.length ? view.locale.list(c.partners.map((p) => organisation(view, p) ?? '')) : undefined)}
      ${fact(s.implementation, [period, status].filter(Boolean).join(' · '))}
      ${fact(s.language, c.language ? l.of('languages', c.language) : undefined)}
      ${fact(s.otherLanguages, listOf(view, 'languages', c.otherLanguages))}
      ${resource
        ? html`${fact(s.resourceType, resourceType(view, c.resourceType))}
          ${fact(s.publisher, [organisation(view, c.publisher), c.year].filter(Boolean).join(' · '))}
          ${fact(s.languages, listOf(view, 'languages', c.resourceLanguages))}`
        : nothing}
    </dl>
    ${prose(s.description, c.description ?? '', lang)}
    ${c.principles?.length
      ? html`<section part="section">
          <h3>${s.principles}</h3>
          <dl class="claims">
            ${c.principles.map(
              (claim) => html`<dt>${l.of('principles', claim.principle)}</dt>
                <dd class="prose" lang=${lang ?? nothing} dir="auto">${claim.justification}</dd>`,
            )}
          </dl>
        </section>`
      : nothing}
    ${prose(s.results, c.results ?? '', lang)} ${prose(s.lessons, c.lessonsLearned ?? '', lang)}
    ${prose(s.replicability, c.replicability ?? '', lang)} ${prose(s.funding, c.funding ?? '', lang)}
    ${linkList(resource && c.url ? [{ title: c.url, url: c.url }, ...(c.links ?? [])] : (c.links ?? []), s)}
    ${submission.files.length
      ? html`<section part="section">
          <h3>${s.files}</h3>
          <ul class="links">
            ${submission.files.map(
              (file) => html`<li>
                <a part="file" href=${fileUrl(file)} download=${file.filename} @click=${(e: Event) => onDownload(e, file)}
                  ><bdi>${file.filename}</bdi></a
                >
                <span class="muted">(${size(view, file.size)})</span>
              </li>`,
            )}
          </ul>
        </section>`
      : nothing}
  </div>`;
}
