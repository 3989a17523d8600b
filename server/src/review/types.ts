// The review pipeline's shapes from the contract, and the facts about people and submissions its rules read.
import type { components } from '@mnh/contract';

type Schemas = components['schemas'];
export type ReviewerRef = Schemas['ReviewerRef'];
export type PolicyBalance = Schemas['PolicyBalance'];
export type BalanceGap = Schemas['BalanceGap'];
export type ConflictKind = Schemas['ConflictKind'];
export type ReviewerSuggestion = Schemas['ReviewerSuggestion'];
export type AssignmentView = Schemas['Assignment'];
export type ReviewView = Schemas['Review'];
export type BoardItem = Schemas['BoardItem'];

/** Someone on the reviewer roster, with what the rules need to know about them. */
export interface Reviewer {
  ref: ReviewerRef;
  email: string;
  organisationId: string | null;
  /** Works for a UN entity; no organisation counts as outside the UN. */
  unEntity: boolean;
  expertise: { objectives: number[]; themes: string[] };
  languages: string[];
  /** Organisations the reviewer declared a conflict of interest with. */
  conflictOrganisationIds: string[];
}

/** Who stands behind a submission, for conflicts of interest. */
export interface SubmissionParties {
  ownerId: string;
  ownerOrganisationId: string | null;
  /** The implementer named in the content, when it is a known organisation. */
  implementerOrganisationId: string | null;
  /** The implementer's name as written in the content. */
  implementerName: string | null;
}

/** One active reviewer's place in a set, for the balance rules. */
export interface Seat {
  unEntity: boolean;
  extra: boolean;
}
