// Reviewer suggestions for a curator: everyone on the roster, scored by fit, with the reasons and any bar.
import type { SubmissionContent } from '../store/types.js';
import { checkSeat } from './balance.js';
import { conflictOf, explainConflict } from './conflicts.js';
import type { ReviewPolicy } from './policy.js';
import type { Reviewer, ReviewerSuggestion, Seat, SubmissionParties } from './types.js';

export interface SuggestionInput {
  policy: ReviewPolicy;
  roster: readonly Reviewer[];
  parties: SubmissionParties;
  content: SubmissionContent;
  /** Active assignments: who holds them and their seats. */
  active: readonly { reviewerId: string; seat: Seat }[];
  awaitingExtra: boolean;
  /** Open assignments per reviewer id. */
  load: ReadonlyMap<string, number>;
}

/** Weights: an objective named by the submission counts most, then the language it is written in. */
const WEIGHT = { objective: 3, theme: 2, language: 4, otherLanguage: 1, balance: 5, perOpenReview: 1.5 } as const;

function overlap<T>(wanted: readonly T[] | null | undefined, known: readonly T[]): T[] {
  const have = new Set(known);
  return [...new Set(wanted ?? [])].filter((item) => have.has(item));
}

/** Every reviewer on the roster, eligible ones first, then by score (best first), then by name. */
export function suggestReviewers(input: SuggestionInput): ReviewerSuggestion[] {
  const { policy, content, parties, awaitingExtra, load } = input;
  const seats = input.active.map((a) => a.seat);
  const assigned = new Set(input.active.map((a) => a.reviewerId));
  const suggestions = input.roster.map((reviewer): ReviewerSuggestion => {
    const reasons: string[] = [];
    const objectives = overlap(content.objectives, reviewer.expertise.objectives);
    const themes = overlap(content.themes, reviewer.expertise.themes);
    const main = content.language ?? null;
    const languages = overlap([...(main ? [main] : []), ...(content.otherLanguages ?? [])], reviewer.languages);
    let score = objectives.length * WEIGHT.objective + themes.length * WEIGHT.theme;
    if (objectives.length > 0) reasons.push(`knows objective${objectives.length > 1 ? 's' : ''} ${objectives.join(', ')}`);
    if (themes.length > 0) reasons.push(`knows ${themes.join(', ')}`);
    if (main && languages.includes(main)) {
      score += WEIGHT.language;
      reasons.push(`reads ${main}, the submission's language`);
    } else {
      score += languages.length * WEIGHT.otherLanguage;
      if (main) reasons.push(`does not list ${main}, the submission's language`);
    }

    const conflict = conflictOf(reviewer, parties, assigned);
    const seat = checkSeat(policy, seats, reviewer.unEntity, awaitingExtra);
    if (conflict) reasons.unshift(explainConflict(conflict));
    else if (!seat.ok) reasons.unshift(seat.message);
    else if (!seat.extra && fillsGap(policy, seats, reviewer.unEntity)) {
      score += WEIGHT.balance;
      reasons.push(reviewer.unEntity ? 'brings the UN entity the set still needs' : 'brings the non-UN organisation the set still needs');
    }
    const open = load.get(reviewer.ref.id) ?? 0;
    score -= open * WEIGHT.perOpenReview;
    reasons.push(open === 0 ? 'no open reviews' : `${open} open review${open === 1 ? '' : 's'}`);
    return {
      reviewer: reviewer.ref,
      eligible: conflict === null && seat.ok,
      conflict,
      score: Math.round(score * 10) / 10,
      matches: { objectives, themes, languages },
      load: open,
      reasons,
    };
  });
  return suggestions.sort(
    (a, b) => Number(b.eligible) - Number(a.eligible) || b.score - a.score || a.reviewer.name.localeCompare(b.reviewer.name),
  );
}

/** True when the set still lacks a reviewer of the candidate's side (UN entity or not). */
function fillsGap(policy: ReviewPolicy, seats: readonly Seat[], unEntity: boolean): boolean {
  const regular = seats.filter((seat) => !seat.extra);
  const have = regular.filter((seat) => seat.unEntity === unEntity).length;
  return have < (unEntity ? policy.minUnEntity : policy.minNonUn);
}
