// Generates one clearly fictional expert from their number: same number, same person, every run.
import type { ExpertRecord, RegionKey, UiLanguage } from '../store/types.js';
import { COUNTRIES, OBJECTIVES, REGIONS, THEMES } from '../taxonomy/index.js';
import { seededId } from './ids.js';
import { organisation } from './organisations.js';
import { fictionalEmail, fictionalName, fictionalPhone } from './people.js';
import { PHRASEBOOKS, fill } from './phrases/index.js';
import { Random } from './random.js';

const TITLES = [
  'Migration policy adviser',
  'Senior researcher, labour migration',
  'Programme manager, return and reintegration',
  'Legal officer, migrant rights',
  'Data analyst, migration statistics',
  'Professor of migration studies',
  'Protection specialist',
  'Diaspora engagement officer',
  'Consultant on remittances and financial inclusion',
  'Border management specialist',
  'Psychosocial support coordinator',
  'Labour mobility specialist',
];
const HOME_REGIONS: readonly Exclude<RegionKey, 'global'>[] = ['africa', 'americas', 'asia', 'europe', 'oceania'];
const SPOKEN = ['fr', 'es', 'ar', 'ru', 'zh', 'pt', 'sw', 'de', 'hi', 'tr'];
const UPDATED_FROM = Date.UTC(2023, 0, 1);

export function expertRecord(n: number): ExpertRecord {
  const random = new Random(0xe4be0000 ^ Math.imul(n + 1, 2246822519));
  const name = fictionalName(n);
  const home = HOME_REGIONS[n % HOME_REGIONS.length] as Exclude<RegionKey, 'global'>;
  const countries = random.some(COUNTRIES.filter((c) => c.region === home), random.int(1, 3));
  const primary = (n % OBJECTIVES.length) + 1;
  const objectives = [...new Set([primary, ...random.some(OBJECTIVES, random.int(0, 3)).map((o) => o.number)])].sort((a, b) => a - b);
  const themes = THEMES.filter((t) => t.objectives.some((o) => objectives.includes(o)) && random.chance(0.6)).map((t) => t.key);
  const bioLang: UiLanguage = random.weighted([['en', 80], ['fr', 10], ['es', 10]] as const);
  const words = PHRASEBOOKS[bioLang];
  const objective = OBJECTIVES[primary - 1];
  const values = {
    objectiveLabel: objective?.labels[bioLang] ?? objective?.labels.en ?? '',
    place: countries[0]?.labels[bioLang] ?? countries[0]?.labels.en ?? '',
    number: random.int(5, 25),
    group: random.pick(words.groups),
  };
  const id = seededId('exp', n);
  return {
    id,
    name: name.full,
    title: random.pick(TITLES),
    organisation: organisation(random, {
      place: countries[0]?.labels.en ?? '',
      region: REGIONS.find((r) => r.key === home)?.labels.en ?? home,
    }),
    expertise: { objectives, themes },
    regions: random.chance(0.15) ? [home, 'global'] : [home],
    countries: countries.map((c) => c.code),
    languages: [...new Set([bioLang, ...(random.chance(0.85) ? ['en'] : []), ...random.some(SPOKEN, random.int(0, 2))])],
    bio: [words.bio.fictional, ...random.some(words.bio.sentences, 2).map((s) => fill(s, values))].join(' '),
    links: [{ title: 'Profile', url: `https://example.org/experts/${id}` }],
    updatedAt: new Date(UPDATED_FROM + random.int(0, 1000) * 86_400_000).toISOString(),
    email: fictionalEmail(name, n),
    phone: random.chance(0.5) ? fictionalPhone(n) : null,
  };
}
