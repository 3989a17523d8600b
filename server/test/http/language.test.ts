// Choosing one of the six UN languages from Accept-Language.
import { describe, expect, it } from 'vitest';
import { negotiateLanguage } from '../../src/http/language.js';

describe('negotiateLanguage', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['fr', 'fr'],
    ['fr-CA,fr;q=0.9,en;q=0.8', 'fr'],
    ['de-DE,de;q=0.9,es;q=0.5,en;q=0.4', 'es'],
    ['en;q=0.3, ar;q=0.7', 'ar'],
    ['zh-Hans-CN', 'zh'],
    ['RU', 'ru'],
    ['de, ja', 'en'],
    ['*', 'en'],
    ['fr;q=0, es;q=0.1', 'es'],
    ['fr;q=0', 'en'],
    ['fr;q=abc, es;q=0.2', 'es'],
    ['fr;q=7, es;q=0.2', 'es'],
    ['ar;q=0.5, fr;q=0.5', 'ar'],
  ])('Accept-Language %j chooses %s', (header, expected) => {
    expect(negotiateLanguage(header)).toBe(expected);
  });
});
