// The expert finder's detail view: an expert's public profile, never any contact details.
import { html } from 'lit';
import type { Expert } from '@mnh/sdk';
import type { LocaleController } from '../../internal/locale.js';
import { fact, isolate, linkList, prose, tags } from '../../internal/render.js';
import type { Labels } from '../../internal/taxonomy.js';
import type { ExpertFinderText } from './strings/index.js';

/** The labels of an expert's expertise: objectives first, then thematic areas. */
export function expertiseLabels(expertise: Expert['expertise'], labels: Labels): string[] {
  return [
    ...expertise.objectives.map((n) => `${n} · ${labels.of('objectives', n)}`),
    ...labels.all('themes', expertise.themes),
  ];
}

export function renderExpert(expert: Expert, labels: Labels, locale: LocaleController, s: ExpertFinderText) {
  const organisation = `${isolate(expert.organisation.name)} (${labels.of('organisationKinds', expert.organisation.kind)})`;
  return html`<article part="expert">
    <header>
      <h2 part="expert-name" dir="auto">${expert.name}</h2>
      <p class="muted" dir="auto">${expert.title}</p>
    </header>
    <dl>
      ${fact(s.organisation, organisation)} ${fact(s.expertise, tags(expertiseLabels(expert.expertise, labels)))}
      ${fact(s.regions, locale.list(labels.all('regions', expert.regions)))}
      ${fact(s.countries, locale.list(labels.all('countries', expert.countries)))}
      ${fact(s.languages, locale.list(labels.all('languages', expert.languages)))}
    </dl>
    ${prose(s.bio, expert.bio)} ${linkList(expert.links, s)}
  </article>`;
}
