// Conflicts of interest: who may not review a submission, and why (the Hub's rule, enforced, not advised).
import type { ConflictKind, Reviewer, SubmissionParties } from './types.js';

function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
  return !!a && !!b && norm(a) === norm(b);
}

/**
 * The first conflict that bars `reviewer` from the submission, or null. The implementer is matched
 * by organisation id when its name is a known organisation, and by name (ignoring case) otherwise,
 * so a reviewer of "Lantern Legal Aid" cannot review a practice implemented by "lantern legal aid".
 */
export function conflictOf(
  reviewer: Reviewer,
  parties: SubmissionParties,
  activeReviewerIds: ReadonlySet<string>,
): ConflictKind | null {
  if (reviewer.ref.id === parties.ownerId) return 'submitter';
  if (activeReviewerIds.has(reviewer.ref.id)) return 'already-assigned';
  const own = reviewer.organisationId;
  if (own !== null && own === parties.ownerOrganisationId) return 'submitter-organisation';
  const implementer =
    (own !== null && own === parties.implementerOrganisationId) || sameName(reviewer.ref.organisation?.name, parties.implementerName);
  if (implementer) return 'implementer-organisation';
  const declared = new Set(reviewer.conflictOrganisationIds);
  if ((parties.ownerOrganisationId && declared.has(parties.ownerOrganisationId)) || (parties.implementerOrganisationId && declared.has(parties.implementerOrganisationId))) {
    return 'declared';
  }
  return null;
}

const EXPLAINED: Record<ConflictKind, string> = {
  submitter: 'submitted this practice',
  'already-assigned': 'is already assigned to it',
  'submitter-organisation': "belongs to the submitter's organisation",
  'implementer-organisation': 'belongs to the implementing organisation',
  declared: "declared a conflict of interest with the submitter's or the implementer's organisation",
};

/** A short phrase for reasons and problem details: "belongs to the implementing organisation". */
export function explainConflict(conflict: ConflictKind): string {
  return EXPLAINED[conflict];
}
