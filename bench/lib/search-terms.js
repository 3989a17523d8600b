// Picks common, medium and rare search terms from the seeded texts, ranked by how many practices match.
import { getJson } from './http.js';

/** @typedef {{ term: string, matches: number }} RankedTerm */

// Probing every word would take minutes at 100,000 practices; this many, spread over the sample's
// frequency range, is enough to find the extremes and a middle.
const CANDIDATES = 60;

/**
 * Learns the seed's vocabulary from a page of practices (so the benchmark does not depend on how
 * the seed generator is written), then asks the hub how many practices match each word.
 * @param {string} baseUrl
 * @param {number} perKind how many terms of each kind
 */
export async function pickSearchTerms(baseUrl, perKind) {
  const page = await getJson(`${baseUrl}/v1/practices?limit=100&sort=newest`);
  /** @type {Map<string, number>} */
  const seen = new Map();
  for (const item of /** @type {{ title: string, summary: string }[]} */ (page.json.items)) {
    for (const word of words(`${item.title} ${item.summary}`)) seen.set(word, (seen.get(word) ?? 0) + 1);
  }
  const bySampleFrequency = [...seen.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const step = Math.max(1, Math.floor(bySampleFrequency.length / CANDIDATES));
  const candidates = bySampleFrequency.filter((_, i) => i % step === 0).map(([word]) => word);

  /** @type {RankedTerm[]} */
  const ranked = [];
  for (const term of candidates) {
    const { json } = await getJson(`${baseUrl}/v1/practices?q=${encodeURIComponent(term)}&limit=1`);
    if (json.total > 0) ranked.push({ term, matches: json.total });
  }
  ranked.sort((a, b) => b.matches - a.matches || a.term.localeCompare(b.term));
  if (ranked.length < perKind * 3) throw new Error(`only ${ranked.length} searchable terms found in the seed`);

  const common = ranked.slice(0, perKind);
  const rare = ranked.slice(-perKind);
  const middle = ranked.slice(perKind, -perKind);
  // "Medium" is the middle on a log scale: between the most and least frequent term.
  const pivot = Math.sqrt((common[0]?.matches ?? 1) * (rare[0]?.matches ?? 1));
  const medium = [...middle]
    .sort((a, b) => Math.abs(Math.log(a.matches / pivot)) - Math.abs(Math.log(b.matches / pivot)))
    .slice(0, perKind)
    .sort((a, b) => b.matches - a.matches);
  return { common, medium, rare };
}

/**
 * Lower-case Latin words of three letters or more: safe in a URL, and the short common ones
 * ("the", "and") are the worst case the issue asks about.
 * @param {string} text
 */
function words(text) {
  return (text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((word) => /^[a-z]+$/.test(word));
}
