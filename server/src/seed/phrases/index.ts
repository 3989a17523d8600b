// Template phrases per language for the demo data, and the share of content written in each.
import type { UiLanguage } from '../../store/types.js';
import { ar } from './ar.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import type { Phrasebook } from './phrasebook.js';
import { ru } from './ru.js';
import { zh } from './zh.js';

export { ACTIONS_BY_OBJECTIVE } from './en.js';
export { fill, type Phrasebook } from './phrasebook.js';

export const PHRASEBOOKS: Record<UiLanguage, Phrasebook> = { ar, en, es, fr, ru, zh };

/** Most practices on the Hub are in English; the other UN languages each have a share. */
export const CONTENT_LANGUAGES: readonly (readonly [UiLanguage, number])[] = [
  ['en', 64],
  ['fr', 10],
  ['es', 10],
  ['ar', 6],
  ['ru', 5],
  ['zh', 5],
];
