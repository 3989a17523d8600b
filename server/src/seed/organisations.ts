// Fictional organisations of every kind, named after the country or region they work in.
import type { Practice } from '../store/types.js';
import type { Random } from './random.js';

type Organisation = Practice['organisation'];
type Kind = Organisation['kind'];

/** Patterns per kind; {place} is a country name, {region} a region name, both in English. */
const NAMES: Record<Kind, readonly string[]> = {
  'un-entity': ['UN Country Team, {place}', 'UN Network on Migration, {place} country network', 'Regional UN Migration Working Group, {region}'],
  'member-state': ['Ministry of Labour and Migration, {place}', 'National Migration Office, {place}', 'Ministry of Foreign Affairs, {place}', 'Municipal Council, {place}'],
  'regional-body': ['Regional Consultative Process on Migration, {region}', 'Intergovernmental Forum on Labour Mobility, {region}'],
  'civil-society': ['Safe Passage Alliance', 'Open Doors Migrant Support', 'Harbour Light Foundation', 'Bridges Community Network', 'Lantern Legal Aid', 'Welcome Neighbours Association'],
  academia: ['Institute for Mobility Studies', 'Centre for Migration and Development Research', 'Migration Law Clinic, National University of {place}'],
  'private-sector': ['FairHire Recruitment Partners', 'RemitTogether', 'Horizon Logistics Cooperative', 'Chamber of Commerce of {place}'],
  'trade-union': ['Federation of Domestic Workers', 'Seafarers and Transport Workers Union', 'Agricultural Workers Union of {place}'],
  'migrant-organisation': ['Diaspora Development Council', "Migrant Women's Voice", 'Returnees Solidarity Network of {place}'],
  other: ['Interfaith Council on Human Mobility', 'Media Hub on Migration', 'Foundation for Local Integration'],
};

const KIND_WEIGHTS: readonly (readonly [Kind, number])[] = [
  ['un-entity', 18],
  ['member-state', 22],
  ['regional-body', 6],
  ['civil-society', 22],
  ['academia', 10],
  ['private-sector', 5],
  ['trade-union', 5],
  ['migrant-organisation', 8],
  ['other', 4],
];

export const ORGANISATION_KIND_KEYS = KIND_WEIGHTS.map(([kind]) => kind);

export function organisation(random: Random, where: { place: string; region: string }, kind?: Kind): Organisation {
  const chosen = kind ?? random.weighted(KIND_WEIGHTS);
  const name = random.pick(NAMES[chosen]).replace('{place}', where.place).replace('{region}', where.region);
  return { name, kind: chosen };
}
