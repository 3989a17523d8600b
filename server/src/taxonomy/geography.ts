// Regions as the Hub shows them, and ISO 3166-1 countries with their region, from the world-countries data set.
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import type { RegionKey } from '../store/types.js';
import { displayNames, type Labels } from './labels.js';

export const REGIONS: readonly { key: RegionKey; labels: Labels }[] = [
  { key: 'africa', labels: { en: 'Africa', fr: 'Afrique', es: 'África', ar: 'أفريقيا', ru: 'Африка', zh: '非洲' } },
  { key: 'americas', labels: { en: 'Americas', fr: 'Amériques', es: 'Américas', ar: 'الأمريكتان', ru: 'Америка', zh: '美洲' } },
  { key: 'asia', labels: { en: 'Asia', fr: 'Asie', es: 'Asia', ar: 'آسيا', ru: 'Азия', zh: '亚洲' } },
  { key: 'europe', labels: { en: 'Europe', fr: 'Europe', es: 'Europa', ar: 'أوروبا', ru: 'Европа', zh: '欧洲' } },
  { key: 'oceania', labels: { en: 'Oceania', fr: 'Océanie', es: 'Oceanía', ar: 'أوقيانوسيا', ru: 'Океания', zh: '大洋洲' } },
  { key: 'global', labels: { en: 'Global', fr: 'Mondial', es: 'Mundial', ar: 'عالمي', ru: 'Глобальный', zh: '全球' } },
];

export interface Country {
  /** ISO 3166-1 alpha-3, the usual key in UN data. */
  code: string;
  /** ISO 3166-1 alpha-2, which CLDR names are keyed by. */
  alpha2: string;
  region: Exclude<RegionKey, 'global'>;
  labels: Labels;
}

const REGION_OF: Record<string, Country['region'] | undefined> = {
  Africa: 'africa',
  Americas: 'americas',
  Asia: 'asia',
  Europe: 'europe',
  Oceania: 'oceania',
};

// The package is CommonJS exporting an array, while its types claim an ES default export; require()
// gives the array the same way under Node, vitest and the tsup bundle.
const countries = createRequire(import.meta.url)('world-countries') as Countries;

/**
 * Every ISO 3166-1 entry of world-countries that sits in one of the Hub's regions. The uninhabited
 * Antarctic territories have no region on the Hub, and Kosovo's "UNK"/"XK" are user-assigned
 * codes rather than ISO 3166-1 ones, so both are left out.
 */
export const COUNTRIES: readonly Country[] = countries
  .filter((country) => country.cca3 !== 'UNK')
  .flatMap((country): Country[] => {
    const region = REGION_OF[country.region];
    if (!region) return [];
    return [{ code: country.cca3, alpha2: country.cca2, region, labels: displayNames('region', country.cca2) }];
  })
  .sort((a, b) => a.code.localeCompare(b.code));
