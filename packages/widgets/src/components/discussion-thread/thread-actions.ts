// What the reader's actions send to the hub, and what the thread says back: messages for problems, announcements for success.
import { HubProblemError } from '@mnh/sdk';
import { fill } from '../../internal/i18n.js';
import type { Comment, DiscussionApi } from './discussion-api.js';
import type { OpenForm } from './forms.js';
import type { DiscussionThreadText } from './strings/index.js';
import type { ThreadModel } from './thread-model.js';

/** The hub's limit on a comment's length; checked here too so nobody loses a long text to a round trip. */
export const MAX_LENGTH = 4000;

export interface Outcome {
  /** Words for the live region. */
  announce: string;
  /** The comment to move focus to, when it is still on screen. */
  focus?: Comment;
}

/** A problem in the reader's words: the hub's own message, or ours for the common cases. */
export function problemText(s: DiscussionThreadText, error: unknown): string {
  if (!(error instanceof HubProblemError)) return s.unreachable;
  if (error.status === 429) return fill(s.wait, { s: Math.ceil((error.retryAfterMs ?? 60_000) / 1000) });
  if (error.status === 413) return s.tooLong;
  if (error.status >= 500) return s.failed;
  return error.message;
}

/** Checks what the form can (empty, too long), then sends it; throws an Error with the reader's message. */
export async function send(
  api: DiscussionApi,
  discussion: string,
  model: ThreadModel,
  form: OpenForm,
  text: string,
  s: DiscussionThreadText,
): Promise<Outcome> {
  if (form.kind !== 'remove' && !text.trim()) throw new Error(s.empty);
  if (text.length > MAX_LENGTH) throw new Error(s.tooLong);
  try {
    switch (form.kind) {
      case 'answer':
      case 'reply': {
        const question = form.kind === 'answer' ? form.question : form.comment.question;
        const parentId = form.kind === 'reply' ? form.comment.id : undefined;
        const posted = await api.post(discussion, { question, parentId, markdown: text });
        model.put(posted);
        return { announce: posted.state === 'pending' ? s.awaiting : s.posted, focus: posted };
      }
      case 'edit': {
        const edited = await api.edit(form.comment.id, text);
        model.put(edited);
        return { announce: s.saved, focus: edited };
      }
      case 'remove':
        await api.remove(form.comment.id);
        model.put({ ...form.comment, state: 'deleted', body: null });
        return { announce: s.removed };
      case 'flag':
        await api.flag(form.comment.id, text);
        return { announce: s.flagged, focus: form.comment };
    }
  } catch (error) {
    throw new Error(problemText(s, error), { cause: error });
  }
}
