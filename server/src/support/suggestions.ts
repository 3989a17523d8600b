// Suggestions for a support request: experts by objective, region, language and availability; practices like it.
import type { components } from '@mnh/contract';
import { COUNTRIES } from '../taxonomy/geography.js';
import type { Store } from '../store/types.js';
import type { ExpertCandidate, PracticeCandidate, SupportRequestRecord } from '../store/support-types.js';

type Schemas = components['schemas'];

const REGION_OF = new Map(COUNTRIES.map((c) => [c.code, c.region]));
const SHOWN = 10;
/** Enough candidates to rank well in a directory of thousands, few enough to score in a millisecond or two. */
const CANDIDATES = 2000;
/** Words too common to say what a request is about. */
const STOP_WORDS = new Set(
  'about after also among and are been before being between both but can could does each for from had has have into its more most must need needs other our over such than that the their them then there these they this those through under very want was were what when where which while who will with would your'.split(' '),
);

/** An FTS5 expression matching any of the description's distinctive words, or null when it has none. */
export function descriptionQuery(description: string, max = 12): string | null {
  const words = new Map<string, number>();
  for (const word of description.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []) {
    if (!STOP_WORDS.has(word)) words.set(word, (words.get(word) ?? 0) + 1);
  }
  // The longest words first: they are the least common and say the most about the request.
  const chosen = [...words.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b)).slice(0, max);
  return chosen.length > 0 ? chosen.map((w) => `"${w}"`).join(' OR ') : null;
}

function rankExperts(candidates: ExpertCandidate[], request: SupportRequestRecord, region: string | undefined): Schemas['SuggestedExpert'][] {
  const { objectives, languages } = request.content;
  return candidates
    .map((e) => {
      const shared = objectives.filter((o) => e.objectives.includes(o));
      const speaks = languages.filter((l) => e.languages.includes(l));
      const inRegion = region !== undefined && e.regions.includes(region);
      // Objectives weigh most, then the region, then language; each open assignment costs about half an objective.
      const score = shared.length * 4 + (inRegion ? 3 : 0) + speaks.length * 2 - e.openAssignments * 2;
      const view = { id: e.id, name: e.name, title: e.title, organisation: e.organisation, objectives: shared, inRegion, languages: speaks, openAssignments: e.openAssignments };
      return { view, score };
    })
    .sort((a, b) => b.score - a.score || a.view.name.localeCompare(b.view.name))
    .slice(0, SHOWN)
    .map((s) => s.view);
}

function rankPractices(candidates: PracticeCandidate[], request: SupportRequestRecord, region: string | undefined): Schemas['SimilarPractice'][] {
  // bm25 is negative and better the lower, on a scale that depends on the corpus: relative to the best match,
  // the practice most like the description scores 10, more than three shared objectives and the region.
  const best = Math.min(0, ...candidates.map((p) => p.textRank ?? 0));
  return candidates
    .map((p) => {
      const shared = request.content.objectives.filter((o) => p.objectives.includes(o));
      const inRegion = region !== undefined && p.regions.includes(region);
      const text = p.textRank === null || best === 0 ? 0 : (10 * p.textRank) / best;
      return { view: { id: p.id, slug: p.slug, title: p.title, objectives: shared, inRegion }, score: shared.length * 3 + (inRegion ? 2 : 0) + text };
    })
    .sort((a, b) => b.score - a.score || a.view.title.localeCompare(b.view.title))
    .slice(0, SHOWN)
    .map((s) => s.view);
}

export async function suggestionsFor(store: Store, request: SupportRequestRecord): Promise<Schemas['SupportSuggestions']> {
  const region = REGION_OF.get(request.content.country);
  const { objectives, description } = request.content;
  const assigned = new Set((await store.supportRequests.assignments(request.id)).map((a) => a.expertId));
  const [experts, practices] = await Promise.all([
    store.supportRequests.expertCandidates({ objectives, region: region ?? null }, CANDIDATES),
    store.supportRequests.practiceCandidates({ objectives, region: region ?? null, text: descriptionQuery(description) }, CANDIDATES / 4),
  ]);
  return {
    experts: rankExperts(experts.filter((e) => !assigned.has(e.id)), request, region),
    practices: rankPractices(practices, request, region),
  };
}
