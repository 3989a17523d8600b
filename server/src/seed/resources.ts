// Generates one realistic, fictional resource of the tools and library from its number: same number, same resource.
import type { ResourceRecord, ResourceType, Scope, UiLanguage } from '../store/types.js';
import { COUNTRIES, OBJECTIVES, PRINCIPLES, REGIONS, RESOURCE_TYPES } from '../taxonomy/index.js';
import { seededId, slugify } from './ids.js';
import { organisation } from './organisations.js';
import { ACTIONS_BY_OBJECTIVE, PHRASEBOOKS, fill } from './phrases/index.js';
import { LIBRARY_PHRASES } from './phrases/library.js';
import {
  FIRST_PUBLISHED,
  LAST_PUBLISHED,
  OTHER_LANGUAGES,
  REGION_CYCLE,
  capitalised,
  label,
  themesOf,
  where,
  type PracticeState,
} from './practices.js';
import { Random } from './random.js';

const DAY = 86_400_000;
/** Half in English, a tenth in each other UN language: a library of 120 has a dozen of each. */
const LANGUAGE_CYCLE: readonly UiLanguage[] = ['en', 'fr', 'en', 'es', 'en', 'ar', 'en', 'ru', 'en', 'zh'];
/** Where each type of resource lives, as a fictional address. */
const PATHS: Record<ResourceType, string> = {
  tool: 'tools/{slug}',
  guidance: 'guidance/{slug}.pdf',
  publication: 'publications/{slug}.pdf',
  training: 'training/{slug}',
  multimedia: 'videos/{slug}',
  dataset: 'data/{slug}.csv',
  other: 'library/{slug}',
};

/**
 * Resource number `n` of a seed of `published` resources. Type, primary objective, region and
 * language cycle with `n` (7, 23, 6 and 10 apart), so even a small library covers each of them.
 */
export function resourceRecord(n: number, published: number, state: PracticeState, writtenIn?: UiLanguage): ResourceRecord {
  const random = new Random(0x11b7a000 ^ Math.imul(n + 1, 2246822519));
  const lang = writtenIn ?? (LANGUAGE_CYCLE[n % LANGUAGE_CYCLE.length] as UiLanguage);
  const words = PHRASEBOOKS[lang];
  const library = LIBRARY_PHRASES[lang];
  const type = RESOURCE_TYPES[n % RESOURCE_TYPES.length]?.key ?? 'other';
  const primary = (n % OBJECTIVES.length) + 1;
  const objectives = [...new Set([primary, ...random.some(OBJECTIVES, random.int(0, 2)).map((o) => o.number)])].sort((a, b) => a - b);
  const region = REGION_CYCLE[n % REGION_CYCLE.length] ?? 'global';
  const scope: Scope = region === 'global' ? 'global' : random.weighted([['national', 40], ['regional', 60]] as const);
  const { countries, regions } = where(random, region, scope);
  const regionLabels = REGIONS.find((r) => r.key === region)?.labels ?? { en: region };
  const only = countries.length === 1 ? countries[0] : undefined;
  const place = only ? label(only.labels, lang) : region === 'global' ? words.everywhere : label(regionLabels, lang);
  // Publishers sit somewhere even when the resource is global: in its lead's home country.
  const home = only ?? countries[0] ?? random.pick(COUNTRIES);
  const publisher = organisation(random, { place: home.labels.en, region: REGIONS.find((r) => r.key === home.region)?.labels.en ?? '' });
  const objective = OBJECTIVES[primary - 1] ?? OBJECTIVES[0];
  const action =
    lang === 'en' && random.chance(0.7) ? random.pick(ACTIONS_BY_OBJECTIVE[primary] ?? words.actions) : random.pick(words.actions);
  const year = random.int(2019, 2025);
  const values = {
    kind: library.kinds[type],
    org: publisher.name,
    group: random.pick(words.groups),
    place,
    action: lang === 'en' || lang === 'fr' || lang === 'es' ? action.charAt(0).toLowerCase() + action.slice(1) : action,
    objective: primary,
    objectiveLabel: label(objective?.labels ?? { en: '' }, lang),
    year,
    number: random.int(2, 40) * 10,
  };
  const title = capitalised(fill(random.pick(library.titles), values));
  const latin = slugify(title);
  const slug = `${latin.length >= 12 ? latin : slugify(`${type} ${objective?.labels.en ?? ''}`)}-r${n.toString(36)}`;
  const publishedMs = FIRST_PUBLISHED + Math.floor(((LAST_PUBLISHED - FIRST_PUBLISHED) * n) / Math.max(published, 1));
  const translations = random.chance(0.4) ? random.some(OTHER_LANGUAGES.filter((l) => l !== lang), random.int(1, 3)) : [];
  return {
    id: seededId('res', n),
    slug,
    state,
    type,
    title,
    summary: fill(random.pick(library.summaries), values),
    description: random.some(library.description, random.int(2, 4)).map((s) => fill(s, values)).join(lang === 'zh' ? '' : ' '),
    objectives,
    principles: random.some(PRINCIPLES, random.int(1, 3)).map((p) => p.key),
    themes: themesOf(objectives),
    countries: countries.map((c) => c.code),
    regions,
    scope,
    publisher,
    year,
    language: lang,
    resourceLanguages: [lang, ...translations],
    url: `https://example.org/${PATHS[type].replace('{slug}', slug)}`,
    createdAt: new Date(publishedMs - random.int(20, 120) * DAY).toISOString(),
    updatedAt: new Date(publishedMs + random.int(0, 90) * DAY).toISOString(),
    publishedAt: new Date(publishedMs).toISOString(),
  };
}
