// The comments of one discussion as the reader may see them: kept by id, threaded by parent, changed by live events.
import type { Comment, DiscussionEvent } from './discussion-api.js';

/** Everything the reader sees of a comment and what the widget knows about it. */
export class ThreadModel {
  readonly #byId = new Map<string, Comment>();
  #children: Map<string | null, Comment[]> | undefined;

  constructor(comments: readonly Comment[] = [], private readonly privileged = false) {
    comments.forEach((comment) => this.#byId.set(comment.id, comment));
  }

  get size(): number {
    return this.#byId.size;
  }

  get(id: string): Comment | undefined {
    return this.#byId.get(id);
  }

  /** Puts a comment the hub answered with (a post, an edit, a moderation) in place. */
  put(comment: Comment): void {
    this.#byId.set(comment.id, comment);
    this.#children = undefined;
  }

  /**
   * Applies a public change. The stream carries the public view, so a moderator or the author
   * keeps the text and marks they already had when a comment is hidden under their eyes.
   * Returns whether the comment is new to this reader.
   */
  apply(event: DiscussionEvent): boolean {
    const incoming = event.comment;
    const known = this.#byId.get(incoming.id);
    const keepsText = known && (this.privileged || known.mine);
    this.#byId.set(incoming.id, {
      ...incoming,
      body: incoming.body ?? (keepsText ? known.body : null),
      mine: known?.mine ?? incoming.mine,
      flagCount: known?.flagCount ?? incoming.flagCount,
    });
    this.#children = undefined;
    return !known;
  }

  /** A comment's replies (or a question's top-level comments, under `null`), oldest first. */
  children(parent: string | null, question?: number): Comment[] {
    if (!this.#children) {
      const index = new Map<string | null, Comment[]>();
      const sorted = [...this.#byId.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
      for (const comment of sorted) {
        // A reply whose parent the reader may not see is shown at the top level of its question.
        const key = comment.parentId && this.#byId.has(comment.parentId) ? comment.parentId : null;
        let list = index.get(key);
        if (!list) index.set(key, (list = []));
        list.push(comment);
      }
      this.#children = index;
    }
    const list = (this.#children.get(parent) ?? []).filter((c) => this.shown(c));
    return question === undefined ? list : list.filter((c) => c.question === question);
  }

  /**
   * Whether the reader sees a comment at all: a hidden or deleted one stays as a tombstone only
   * while replies hang from it; the author and moderators see their hidden text.
   */
  shown(comment: Comment): boolean {
    if (comment.state === 'visible' || comment.state === 'pending') return true;
    if (comment.body && (this.privileged || comment.mine) && comment.state === 'hidden') return true;
    return this.children(comment.id).length > 0;
  }

  /** How many comments a branch holds, replies of replies included. */
  count(parent: string): number {
    return this.children(parent).reduce((sum, c) => sum + 1 + this.count(c.id), 0);
  }
}
