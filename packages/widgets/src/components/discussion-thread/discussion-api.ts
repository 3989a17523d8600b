// The discussion spaces' calls and shapes (openapi/hub.yaml, tag Discussions); signed through the session when there is one.
import { HubProblemError } from '@mnh/sdk';
import type { Fetch, Problem } from '@mnh/sdk';

/** The block tree as the union it is, to render case by case (the contract's schema is looser). */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'em' | 'strong'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'br' };
export interface ListItem {
  type: 'li';
  children: Inline[];
}
export type Block = { type: 'p' | 'quote'; children: Inline[] | Block[] } | { type: 'ul' | 'ol'; children: ListItem[] };
export interface RichText {
  markdown: string;
  html: string;
  blocks: Block[];
}
export interface Person {
  id: string;
  name: string;
  organisation: string | null;
}
export type SpaceState = 'upcoming' | 'open' | 'closed';
export interface DiscussionSummary {
  id: string;
  title: string;
  locked: boolean;
  questionCount: number;
  commentCount: number;
}
export interface SpaceSummary {
  id: string;
  slug: string;
  kind: 'topic' | 'event';
  title: string;
  state: SpaceState;
  opensAt: string;
  closesAt: string | null;
  audience: string;
  languages: string[];
  objectives: number[];
  discussions: DiscussionSummary[];
}
export interface Space extends SpaceSummary {
  welcome: RichText;
  moderators: Person[];
  settings: { preModeration?: boolean; flagThreshold?: number; editWindowMinutes?: number };
  summaryReport: RichText | null;
}
export interface Discussion {
  id: string;
  spaceId: string;
  title: string;
  locked: boolean;
  questions: { number: number; text: string }[];
  commentCount: number;
  lastEventId: number;
}
export type CommentState = 'visible' | 'pending' | 'hidden' | 'deleted';
export interface Comment {
  id: string;
  discussionId: string;
  question: number;
  parentId: string | null;
  author: Person;
  body: RichText | null;
  createdAt: string;
  editedAt: string | null;
  state: CommentState;
  mine: boolean;
  flagCount?: number;
}
export type ChangeType = 'created' | 'updated' | 'hidden' | 'restored' | 'deleted' | 'approved';
export interface DiscussionEvent {
  id: number;
  type: ChangeType;
  comment: Comment;
}
export type ModerationAction = 'approve' | 'hide' | 'restore';

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Comments asked for a page at a time; a long thread takes a few requests, never one huge answer. */
const PAGE = 200;

/** The hub's calls for one discussion widget: `send` signs them when someone is signed in. */
export function discussionApi(baseUrl: string, send: Fetch) {
  const base = baseUrl.replace(/\/+$/, '');

  async function call<T>(method: string, path: string, body?: object, signal?: AbortSignal): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body) headers['Content-Type'] = 'application/json';
    const response = await send(new Request(base + path, { method, headers, body: body && JSON.stringify(body), signal }));
    const data: unknown = response.status === 204 || response.status === 202 ? undefined : await response.json().catch(() => undefined);
    if (!response.ok) {
      const problem = (data ?? {}) as Partial<Problem>;
      const retry = Number(response.headers.get('Retry-After'));
      throw new HubProblemError(
        {
          ...problem,
          type: problem.type ?? 'about:blank',
          title: problem.title ?? response.statusText,
          status: response.status,
          detail: problem.detail ?? problem.title ?? `HTTP ${response.status}`,
        },
        Number.isFinite(retry) && retry > 0 ? retry * 1000 : undefined,
      );
    }
    return data as T;
  }
  const at = (id: string) => encodeURIComponent(id);

  return {
    spaces: (state: SpaceState, signal?: AbortSignal) => call<Page<SpaceSummary>>('GET', `/v1/spaces?state=${state}&limit=50`, undefined, signal),
    space: (space: string, signal?: AbortSignal) => call<Space>('GET', `/v1/spaces/${at(space)}`, undefined, signal),
    discussion: (id: string, signal?: AbortSignal) => call<Discussion>('GET', `/v1/discussions/${at(id)}`, undefined, signal),
    /** Every comment the reader may see, oldest first, page after page. */
    async comments(id: string, signal?: AbortSignal): Promise<Comment[]> {
      const all: Comment[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `limit=${PAGE}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const page: Page<Comment> = await call('GET', `/v1/discussions/${at(id)}/comments?${query}`, undefined, signal);
        all.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return all;
    },
    /** The changes after event `after`, for when the event stream cannot be used. */
    events: (id: string, after: number, signal?: AbortSignal) =>
      call<{ items: DiscussionEvent[]; lastEventId: number }>('GET', `/v1/discussions/${at(id)}/events?after=${after}`, undefined, signal),
    eventsUrl: (id: string, after: number) => `${base}/v1/discussions/${at(id)}/events?lastEventId=${after}`,
    post: (id: string, body: { question: number; parentId?: string; markdown: string }) =>
      call<Comment>('POST', `/v1/discussions/${at(id)}/comments`, body),
    edit: (comment: string, markdown: string) => call<Comment>('PATCH', `/v1/comments/${at(comment)}`, { markdown }),
    remove: (comment: string) => call<undefined>('DELETE', `/v1/comments/${at(comment)}`),
    flag: (comment: string, reason: string) => call<undefined>('POST', `/v1/comments/${at(comment)}/flags`, { reason }),
    moderate: (comment: string, action: ModerationAction) =>
      call<Comment>('POST', `/v1/comments/${at(comment)}/moderation`, { action }),
    lock: (id: string, locked: boolean) => call<Discussion>('POST', `/v1/discussions/${at(id)}/lock`, { locked }),
  };
}

export type DiscussionApi = ReturnType<typeof discussionApi>;
