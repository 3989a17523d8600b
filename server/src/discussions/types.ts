// Discussion spaces as the store keeps them, and the repository interface routes use (no SQL outside the store).
import type { components } from '@mnh/contract';
import type { Notice } from '../store/types.js';

type Schemas = components['schemas'];
export type RichText = Schemas['RichText'];
export type Block = Schemas['Block'];
export type Inline = Schemas['Inline'];
export type SpaceKind = Schemas['SpaceKind'];
export type SpaceState = Schemas['SpaceState'];
export type CommentState = Schemas['CommentState'];
export type DiscussionEventType = Schemas['DiscussionEventType'];
export type SpaceSettings = Required<Schemas['SpaceSettings']>;

export const DEFAULT_SETTINGS: SpaceSettings = { preModeration: false, flagThreshold: 3, editWindowMinutes: 15 };

export interface SpaceRecord {
  id: string;
  slug: string;
  kind: SpaceKind;
  title: string;
  welcome: RichText;
  audience: string;
  languages: string[];
  opensAt: string;
  closesAt: string | null;
  /** Set when a moderator closed the space early; it stays closed whatever the dates say. */
  closedAt: string | null;
  objectives: number[];
  moderatorIds: string[];
  summaryReport: RichText | null;
  settings: SpaceSettings;
  createdAt: string;
}

export type NewSpaceRecord = Omit<SpaceRecord, 'id' | 'closedAt' | 'createdAt'> & { id?: string };
export type SpaceChanges = Partial<Omit<SpaceRecord, 'id' | 'createdAt'>>;

export interface DiscussionRecord {
  id: string;
  spaceId: string;
  title: string;
  locked: boolean;
  questions: string[];
  /** The number of the latest event; events are numbered 1, 2, 3… per discussion. */
  lastEventId: number;
  createdAt: string;
}

export interface CommentRecord {
  id: string;
  discussionId: string;
  question: number;
  parentId: string | null;
  authorId: string;
  body: RichText;
  state: CommentState;
  createdAt: string;
  editedAt: string | null;
  flagCount: number;
}

export interface EventRecord {
  discussionId: string;
  id: number;
  type: DiscussionEventType;
  commentId: string;
  at: string;
}

/** What every discussion write carries: who, when, what to audit and whom to tell, all in one transaction. */
export interface DiscussionChange {
  actor: string;
  at: string;
  audit?: { action: string; subject: string; details?: Record<string, unknown> }[];
  notices?: Notice[];
  /** A public event to number and record with the change (`null`: the change is not public). */
  event?: DiscussionEventType | null;
}

export interface SpaceRepository {
  create(space: NewSpaceRecord, change: DiscussionChange): Promise<SpaceRecord>;
  /** By id or slug. */
  get(idOrSlug: string): Promise<SpaceRecord | null>;
  all(): Promise<SpaceRecord[]>;
  update(id: string, changes: SpaceChanges, change: DiscussionChange): Promise<SpaceRecord>;
  slugTaken(slug: string): Promise<boolean>;
}

export interface DiscussionRepository {
  create(discussion: { id?: string; spaceId: string; title: string; questions: string[] }, change: DiscussionChange): Promise<DiscussionRecord>;
  get(id: string): Promise<DiscussionRecord | null>;
  forSpaces(spaceIds: string[]): Promise<DiscussionRecord[]>;
  /** Visible comments per discussion. */
  visibleCounts(discussionIds: string[]): Promise<Map<string, number>>;
  setLocked(id: string, locked: boolean, change: DiscussionChange): Promise<DiscussionRecord>;
}

export interface CommentRepository {
  create(comment: Omit<CommentRecord, 'id' | 'editedAt' | 'flagCount'> & { id?: string }, change: DiscussionChange): Promise<{ comment: CommentRecord; eventId: number | null }>;
  get(id: string): Promise<CommentRecord | null>;
  /** Every comment of a discussion, oldest first; the caller decides who sees what. */
  forDiscussion(discussionId: string): Promise<CommentRecord[]>;
  /** Changes body and/or state; returns the comment and the number of the event recorded, if any. */
  update(
    id: string,
    changes: { body?: RichText; state?: CommentState; editedAt?: string },
    change: DiscussionChange,
  ): Promise<{ comment: CommentRecord; eventId: number | null }>;
  /** Records a flag; false when this person flagged the comment already. */
  flag(id: string, personId: string, reason: string, at: string): Promise<{ added: boolean; flagCount: number }>;
}

export interface DiscussionEventRepository {
  /** Events after `after`, oldest first, at most `limit`. */
  after(discussionId: string, after: number, limit: number): Promise<EventRecord[]>;
}

export interface DiscussionStore {
  spaces: SpaceRepository;
  discussions: DiscussionRepository;
  comments: CommentRepository;
  events: DiscussionEventRepository;
}
