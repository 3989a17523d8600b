// Support (capacity-building) requests as the store keeps them, and the repository the routes reach them through.
import type { components } from '@mnh/contract';
import type { ReviewChange } from './types.js';

type Schemas = components['schemas'];
export type SupportState = Schemas['SupportRequestState'];
export type SupportKind = Schemas['SupportKind'];
/** What the requester wrote: everything they may still edit while the request is `received`. */
export interface SupportContent {
  requestingEntity: string;
  country: string;
  objectives: number[];
  kinds: SupportKind[];
  description: string;
  timeline: string;
  languages: string[];
  contact: Schemas['SupportContact'];
}

export interface SupportRequestRecord {
  id: string;
  requesterId: string;
  state: SupportState;
  content: SupportContent;
  agreement: string | null;
  declineReason: string | null;
  /** Grows with every write; a write against an older one is a StaleRevisionError. */
  revision: number;
  createdAt: string;
  updatedAt: string;
}

export interface SupportEvent {
  state: SupportState;
  reason: string | null;
  at: string;
}

export interface SupportMessageRecord {
  id: string;
  requestId: string;
  authorId: string;
  side: 'requester' | 'curator';
  text: string;
  createdAt: string;
}

export interface SupportAssignmentRecord {
  id: string;
  requestId: string;
  expertId: string;
  note: string | null;
  assignedBy: string;
  assignedAt: string;
}

/** An expert who matches a request on at least one count, with what matched. */
export interface ExpertCandidate {
  id: string;
  name: string;
  title: string;
  organisation: string;
  objectives: number[];
  regions: string[];
  languages: string[];
  openAssignments: number;
}

export interface PracticeCandidate {
  id: string;
  slug: string;
  title: string;
  objectives: number[];
  regions: string[];
  /** bm25 of the description's words against the practice (lower is better); null when the text did not match. */
  textRank: number | null;
}

/** A support step's audit rows (about the request) and notices, written in its transaction. */
export type SupportChange = ReviewChange;

/**
 * Every write takes the revision it was decided on and fails with StaleRevisionError when the
 * request moved meanwhile, so two curators cannot both move it from the same state.
 */
export interface SupportRequestRepository {
  /** `id` is made by the caller (`spr_…`), so the notices written with the request can name it. */
  create(id: string, requesterId: string, content: SupportContent, change: SupportChange): Promise<SupportRequestRecord>;
  get(id: string): Promise<SupportRequestRecord | null>;
  /** Newest first; every request when `requesterId` is not given. */
  list(filter: { requesterId?: string; state?: SupportState; limit: number }): Promise<SupportRequestRecord[]>;
  edit(id: string, expected: number, content: SupportContent, change: SupportChange): Promise<SupportRequestRecord>;
  move(
    id: string,
    expected: number,
    next: { state: SupportState; reason: string | null; agreement?: string },
    change: SupportChange,
  ): Promise<SupportRequestRecord>;
  history(id: string): Promise<SupportEvent[]>;
  messages(id: string): Promise<SupportMessageRecord[]>;
  addMessage(requestId: string, message: Omit<SupportMessageRecord, 'id' | 'requestId'>, change: SupportChange): Promise<SupportMessageRecord>;
  assignments(requestId: string): Promise<SupportAssignmentRecord[]>;
  assign(
    requestId: string,
    expected: number,
    assignment: Omit<SupportAssignmentRecord, 'id' | 'requestId'>,
    change: SupportChange,
  ): Promise<SupportAssignmentRecord>;
  /** Experts sharing an objective or the region with the request, with their open load. */
  expertCandidates(match: { objectives: number[]; region: string | null }, limit: number): Promise<ExpertCandidate[]>;
  /** Published practices sharing an objective or the region, or whose text matches `text` (an FTS5 expression). */
  practiceCandidates(match: { objectives: number[]; region: string | null; text: string | null }, limit: number): Promise<PracticeCandidate[]>;
}
