// Full-text search latency at scale, and how long the hub's event loop stalls on the most common term.
import { pickSearchTerms } from './search-terms.js';
import { assertVariantsMatch, sampleSequential, uncachedPaths } from './sampler.js';
import { summarize } from './stats.js';

/**
 * @typedef {import('./children.js').Child} Child
 * @typedef {import('./search-terms.js').RankedTerm} RankedTerm
 * @typedef {{ q: string, kind: string, terms: 1 | 2, matches: number, latency: import('./stats.js').LatencySummary, loopMaxMs: number }} SearchResult
 */

/**
 * Runs every query `samples` times, one at a time, each URL unique (no cache hit), with the
 * hub's event-loop delay recorded per query inside the hub process.
 * @param {Child} hub
 * @param {{ samples: number, perKind: number }} options
 */
export async function measureSearch(hub, { samples, perKind }) {
  const terms = await pickSearchTerms(hub.url, perKind);
  const queries = searchQueries(terms);

  /** @type {SearchResult[]} */
  const results = [];
  /** @type {Record<1 | 2, number[]>} */
  const pooled = { 1: [], 2: [] };
  for (const query of queries) {
    const path = `/v1/practices?q=${encodeURIComponent(query.q)}&limit=20`;
    const { total } = await assertVariantsMatch(hub.url, path, samples);
    await hub.ask('loop-reset');
    const ms = await sampleSequential(hub.url, uncachedPaths(path, samples));
    const loop = await hub.ask('loop-read');
    pooled[query.terms].push(...ms);
    results.push({ ...query, matches: total, latency: summarize(ms), loopMaxMs: round(loop.maxMs) });
  }

  const mostCommon = results[0];
  if (!mostCommon) throw new Error('no search queries ran');
  return {
    terms,
    queries: results,
    oneTerm: summarize(pooled[1]),
    twoTerms: summarize(pooled[2]),
    worstQueryP95: Math.max(...results.map((result) => result.latency.p95)),
    mostCommonTerm: { q: mostCommon.q, matches: mostCommon.matches, loopMaxMs: mostCommon.loopMaxMs, requestMaxMs: mostCommon.latency.max },
    worstLoopMaxMs: Math.max(...results.map((result) => result.loopMaxMs)),
  };
}

/**
 * One-term queries of each kind, then two-term pairs across kinds; the most common term first.
 * @param {{ common: RankedTerm[], medium: RankedTerm[], rare: RankedTerm[] }} terms
 */
function searchQueries({ common, medium, rare }) {
  /** @type {{ q: string, kind: string, terms: 1 | 2 }[]} */
  const queries = [];
  for (const [kind, list] of /** @type {const} */ ([['common', common], ['medium', medium], ['rare', rare]])) {
    for (const { term } of list) queries.push({ q: term, kind, terms: 1 });
  }
  const pair = (/** @type {string} */ kind, /** @type {RankedTerm | undefined} */ a, /** @type {RankedTerm | undefined} */ b) => {
    if (a && b && a.term !== b.term) queries.push({ q: `${a.term} ${b.term}`, kind, terms: 2 });
  };
  pair('common + common', common[0], common[1]);
  pair('common + medium', common[0], medium[0]);
  pair('common + rare', common[0], rare[0]);
  pair('medium + medium', medium[0], medium[1]);
  pair('medium + rare', medium[0], rare[0]);
  pair('rare + rare', rare[0], rare[1]);
  return queries;
}

const round = (/** @type {number} */ value) => Math.round(value * 100) / 100;
