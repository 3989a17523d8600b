// Chooses the interface language of a response from `lang` or `Accept-Language`, English by default.
import type { MiddlewareHandler } from 'hono';
import type { UiLanguage } from '../store/types.js';
import type { HubEnv } from './env.js';

export const UI_LANGUAGES: readonly UiLanguage[] = ['ar', 'en', 'es', 'fr', 'ru', 'zh'];
export const DEFAULT_LANGUAGE: UiLanguage = 'en';

function asUiLanguage(tag: string): UiLanguage | undefined {
  // "fr-CA", "zh-Hans-CN" and "ar-EG" all fall back to their primary language.
  const primary = tag.trim().toLowerCase().split('-')[0] ?? '';
  return UI_LANGUAGES.find((lang) => lang === primary);
}

/**
 * The best of the six UN languages for an `Accept-Language` header, honouring q-values;
 * languages with q=0 are refused, and English answers when nothing else fits.
 */
export function negotiateLanguage(acceptLanguage: string | undefined): UiLanguage {
  if (!acceptLanguage) return DEFAULT_LANGUAGE;
  let best: UiLanguage = DEFAULT_LANGUAGE;
  let bestQ = 0;
  for (const range of acceptLanguage.split(',').slice(0, 32)) {
    const [tag = '', ...params] = range.split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!(q > bestQ) || q > 1) continue; // NaN, 0 and out-of-range weights never win
    const lang = tag.trim() === '*' ? DEFAULT_LANGUAGE : asUiLanguage(tag);
    if (lang) {
      best = lang;
      bestQ = q;
    }
  }
  return best;
}

/**
 * The language of a request: the `lang` query parameter when it names one of the six, else the
 * best match for `Accept-Language`. An invalid `lang` gets the header's language here only so
 * later middleware has a value; parameter validation then refuses the request, so it never falls
 * back silently.
 */
export function chooseLanguage(fromQuery: string | undefined, acceptLanguage: string | undefined): UiLanguage {
  return UI_LANGUAGES.find((lang) => lang === fromQuery) ?? negotiateLanguage(acceptLanguage);
}

/**
 * Sets `c.get('lang')` from the `lang` query parameter, else from `Accept-Language`.
 * Routes whose bodies depend on it send `Content-Language` and `Vary: Accept-Language`.
 *
 * @example
 * ```ts
 * app.use('/v1/*', language());
 * app.get('/v1/taxonomy', async (c) => c.json(await store.taxonomy.get(c.get('lang'))));
 * ```
 */
export function language(): MiddlewareHandler<HubEnv> {
  return async function language(c, next) {
    c.set('lang', chooseLanguage(c.req.query('lang'), c.req.header('Accept-Language')));
    await next();
  };
}
