// Sequential latency samples of hub queries, each URL unique so the hub's response cache cannot answer.
import { get, expectOk } from './http.js';

// The store ignores `lang` on lists, FTS ignores the spaces around words, and filters are
// de-duplicated: so these variants reach the store as exactly the same query, while a cache keyed
// by URL sees each as new. (Variants that add a filter, e.g. wide year bounds, would make the
// store do more work than the query being reported.)
const LANGS = [null, 'en', 'fr', 'es', 'ar', 'ru', 'zh'];
/** The contract's maxItems of each repeatable list filter. */
const REPEATABLE = /** @type {const} */ ({ objective: 23, region: 6, principle: 10, theme: 20, country: 50, scope: 4, language: 20 });
const MAX_PADDING = 20;

/**
 * `count` spellings of `path` that differ only in ways the store cannot see (see above).
 * @param {string} path a path with a query string
 * @param {number} count
 */
export function uncachedPaths(path, count) {
  const [pathname, search = ''] = path.split('?');
  const base = new URLSearchParams(search);
  const q = base.get('q');
  const repeatable = Object.entries(REPEATABLE).filter(([name]) => base.getAll(name).length === 1);
  const spellings = q === null ? repeatable.reduce((n, [, max]) => n * max, 1) : MAX_PADDING * MAX_PADDING;
  // Spelling 0 is the path itself, which may already be cached.
  if (count >= spellings * LANGS.length) throw new Error(`${path} has only ${spellings * LANGS.length - 1} cache-defeating spellings`);

  return Array.from({ length: count }, (_, n) => {
    const i = n + 1;
    const params = new URLSearchParams(base);
    const lang = LANGS[i % LANGS.length];
    if (lang) params.set('lang', lang);
    let k = Math.floor(i / LANGS.length);
    if (q !== null) {
      params.set('q', `${' '.repeat(k % MAX_PADDING)}${q}${' '.repeat(Math.floor(k / MAX_PADDING))}`);
    } else {
      for (const [name, max] of repeatable) {
        const value = /** @type {string} */ (base.get(name));
        params.delete(name);
        for (let r = 0; r <= k % max; r++) params.append(name, value);
        k = Math.floor(k / max);
      }
    }
    return `${pathname}?${params}`;
  });
}

/**
 * Fails the run unless two further spellings (past the `count` that will be sampled, so those stay
 * uncached) answer byte for byte what the plain path answers: otherwise the "uncached" samples
 * would measure another query than the one reported.
 * @param {string} baseUrl
 * @param {string} path
 * @param {number} count the number of spellings that will be sampled
 * @returns {Promise<{ total: number }>} the plain path's parsed body
 */
export async function assertVariantsMatch(baseUrl, path, count) {
  const plain = await get(baseUrl + path);
  expectOk(baseUrl + path, plain);
  for (const variant of uncachedPaths(path, count + 2).slice(count)) {
    const answer = await get(baseUrl + variant);
    expectOk(baseUrl + variant, answer);
    if (!answer.body.equals(plain.body)) throw new Error(`${variant} answers differently from ${path}`);
  }
  return JSON.parse(plain.body.toString('utf8'));
}

/**
 * GETs each path in turn over one keep-alive connection; returns latencies in milliseconds.
 * @param {string} baseUrl
 * @param {string[]} paths
 */
export async function sampleSequential(baseUrl, paths) {
  /** @type {number[]} */
  const ms = [];
  for (const path of paths) {
    const response = await get(baseUrl + path);
    expectOk(baseUrl + path, response);
    ms.push(response.ms);
  }
  return ms;
}
