// Generates one realistic, fictional practice from its number: same number, same practice, every run.
import type { PracticeRecord, PrincipleKey, RegionKey, Scope, UiLanguage } from '../store/types.js';
import { COUNTRIES, OBJECTIVES, PRINCIPLES, REGIONS, THEMES, type Labels } from '../taxonomy/index.js';
import { seededId, slugify } from './ids.js';
import { organisation } from './organisations.js';
import { fictionalEmail, fictionalName, fictionalPhone } from './people.js';
import { ACTIONS_BY_OBJECTIVE, CONTENT_LANGUAGES, PHRASEBOOKS, fill } from './phrases/index.js';
import { Random } from './random.js';

const DAY = 86_400_000;
/** Publication dates run from the Hub's launch to a fixed end, so the data never depends on today. */
export const FIRST_PUBLISHED = Date.UTC(2021, 2, 15);
export const LAST_PUBLISHED = Date.UTC(2025, 9, 31);
export const REGION_CYCLE: readonly RegionKey[] = ['africa', 'americas', 'asia', 'europe', 'oceania', 'global'];
export const OTHER_LANGUAGES = ['ar', 'en', 'es', 'fr', 'ru', 'zh', 'pt', 'sw', 'de', 'tr', 'hi', 'uk'];

export type PracticeState = PracticeRecord['state'];

export function label(labels: Labels, lang: keyof Labels): string {
  return labels[lang] ?? labels.en;
}

export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function themesOf(objectives: number[]): string[] {
  return THEMES.filter((t) => t.objectives.some((o) => objectives.includes(o))).map((t) => t.key);
}

export function where(random: Random, region: RegionKey, scope: Scope) {
  if (region === 'global') return { countries: [], regions: ['global' as const] };
  const candidates = COUNTRIES.filter((c) => c.region === region);
  const countries = random.some(candidates, scope === 'regional' ? random.int(2, 4) : 1);
  return { countries, regions: [region] };
}

function implementation(random: Random): PracticeRecord['implementation'] {
  const startYear = random.chance(0.8) ? random.int(2019, 2025) : random.int(2015, 2018);
  const status = startYear >= 2024 ? 'ongoing' : random.weighted([['completed', 50], ['mostly-completed', 25], ['ongoing', 25]] as const);
  if (status === 'ongoing') return { startYear, endYear: null, status };
  const endYear = Math.min(startYear + random.int(1, 4), status === 'completed' ? 2025 : 2027);
  return { startYear, endYear, status };
}

/**
 * Practice number `n` of a seed of `published` practices. Publication dates grow with `n`, so the
 * order of insertion (rowid) follows the order of publication, as it does on a live hub.
 * `writtenIn` makes the same practice in another language: the demo's translations.
 */
export function practiceRecord(n: number, published: number, state: PracticeState, writtenIn?: UiLanguage): PracticeRecord {
  const random = new Random(0x5eed0000 ^ Math.imul(n + 1, 2654435761));
  // Drawn even when `writtenIn` is given (seeded translations), so the draws after it stay the same.
  const drawn = random.weighted(CONTENT_LANGUAGES);
  const lang = writtenIn ?? drawn;
  const words = PHRASEBOOKS[lang];
  const primary = (n % OBJECTIVES.length) + 1;
  const objectives = [...new Set([primary, ...random.some(OBJECTIVES, random.int(0, 2)).map((o) => o.number)])].sort((a, b) => a - b);
  const region = REGION_CYCLE[n % REGION_CYCLE.length] as RegionKey;
  const scope: Scope = region === 'global' ? 'global' : random.weighted([['local', 25], ['national', 45], ['regional', 30]] as const);
  const { countries, regions } = where(random, region, scope);
  const regionLabels = REGIONS.find((r) => r.key === region)?.labels ?? { en: region };
  const only = countries.length === 1 ? countries[0] : undefined;
  const place = only ? label(only.labels, lang) : region === 'global' ? words.everywhere : label(regionLabels, lang);
  // Organisations sit somewhere even when the practice is global: its lead's home country.
  const home = only ?? countries[0] ?? random.pick(COUNTRIES);
  const base = { place: home.labels.en, region: REGIONS.find((r) => r.key === home.region)?.labels.en ?? '' };
  const objective = OBJECTIVES[primary - 1] ?? OBJECTIVES[0];
  const org = organisation(random, base);
  const partners = Array.from({ length: random.int(0, 3) }, () => organisation(random, base));
  const action =
    lang === 'en' && random.chance(0.7) ? random.pick(ACTIONS_BY_OBJECTIVE[primary] ?? words.actions) : random.pick(words.actions);
  const startedIn = implementation(random);
  const values = {
    org: org.name,
    partner: partners[0]?.name ?? words.groups[0] ?? '',
    group: random.pick(words.groups),
    place,
    action: lang === 'en' || lang === 'fr' || lang === 'es' ? action.charAt(0).toLowerCase() + action.slice(1) : action,
    objective: primary,
    objectiveLabel: label(objective?.labels ?? { en: '' }, lang),
    year: startedIn.startYear,
    year2: Math.min(startedIn.startYear + random.int(1, 3), 2025),
    number: random.int(3, 60) * 10,
    percent: random.int(55, 92),
    days: random.int(3, 14),
  };
  const title = capitalised(fill(random.pick(words.titles), { ...values, action }));
  const latin = slugify(title);
  const slug = `${latin.length >= 12 ? latin : slugify(`${objective?.labels.en ?? ''} ${only?.labels.en ?? region}`)}-${n.toString(36)}`;
  const publishedMs = FIRST_PUBLISHED + Math.floor(((LAST_PUBLISHED - FIRST_PUBLISHED) * n) / Math.max(published, 1));
  const sentences = (pool: readonly string[], count: number) => random.some(pool, count).map((s) => fill(s, values)).join(' ');
  const focal = random.chance(0.4) ? fictionalName(100_000 + n) : null;
  return {
    id: seededId('prc', n),
    slug,
    state,
    title,
    summary: fill(random.pick(words.summaries), values),
    description: sentences(words.description, random.int(3, 5)),
    objectives,
    principles: random.some(PRINCIPLES, random.int(2, 4)).map((p): PrincipleKey => p.key),
    themes: themesOf(objectives),
    countries: countries.map((c) => c.code),
    regions,
    scope,
    organisation: org,
    partners,
    implementation: startedIn,
    results: sentences(words.results, 2),
    lessonsLearned: sentences(words.lessons, 2),
    replicability: sentences(words.replicability, 1),
    funding: random.pick(words.funding),
    language: lang,
    otherLanguages: random.chance(0.45) ? random.some(OTHER_LANGUAGES.filter((l) => l !== lang), random.int(1, 2)) : [],
    links: [
      { title: 'Practice page', url: `https://example.org/practices/${slug}` },
      ...(random.chance(0.5) ? [{ title: 'Evaluation report', url: `https://example.org/reports/${slug}.pdf` }] : []),
    ],
    createdAt: new Date(publishedMs - random.int(20, 200) * DAY).toISOString(),
    updatedAt: new Date(publishedMs + random.int(0, 120) * DAY).toISOString(),
    publishedAt: new Date(publishedMs).toISOString(),
    focalPoint: focal && {
      name: focal.full,
      email: fictionalEmail(focal, 100_000 + n),
      ...(random.chance(0.5) ? { phone: fictionalPhone(n) } : {}),
    },
  };
}
