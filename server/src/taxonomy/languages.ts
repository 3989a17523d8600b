// Content languages (ISO 639-1): the six UN languages and others common in migration material.
import { displayNames, type Labels } from './labels.js';

const CODES = [
  // The six UN languages first: they are what most practices are written in.
  'ar', 'en', 'es', 'fr', 'ru', 'zh',
  'am', 'bn', 'de', 'fa', 'ha', 'hi', 'id', 'it', 'ne', 'ps', 'pt', 'so', 'sw', 'tl', 'tr', 'uk', 'ur', 'vi',
] as const;

/** Labels come from CLDR through Intl.DisplayNames, so each language is named in every UI language. */
export const LANGUAGES: readonly { code: string; labels: Labels }[] = CODES.map((code) => ({
  code,
  labels: displayNames('language', code),
}));
