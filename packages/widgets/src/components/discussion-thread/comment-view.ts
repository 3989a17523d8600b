// One question's comments as a threaded list: author, organisation, date, marks, text and the actions the reader may take.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { fill } from '../../internal/i18n.js';
import type { LocaleController } from '../../internal/locale.js';
import type { Comment, ModerationAction } from './discussion-api.js';
import { renderForm } from './forms.js';
import type { FormView, OpenForm } from './forms.js';
import { richText } from './rich-text.js';
import type { ThreadModel } from './thread-model.js';

/** Replies deeper than this fold behind a "Show n replies" button until asked for. */
export const FOLD_DEPTH = 3;
/** Top-level comments shown at first under a question, and added by each "Show more". */
export const TOP_PAGE = 20;

export interface ThreadView extends FormView {
  locale: LocaleController;
  model: ThreadModel;
  /** The space is open and the discussion unlocked. */
  canPost: boolean;
  moderator: boolean;
  editWindowMs: number;
  open: OpenForm | undefined;
  /** Reply branches unfolded, by comment id. */
  unfolded: ReadonlySet<string>;
  /** Top-level comments to show, by question. */
  shownTop: ReadonlyMap<number, number>;
  openForm: (form: OpenForm, trigger: HTMLElement) => void;
  moderate: (comment: Comment, action: ModerationAction) => void;
  unfold: (comment: Comment) => void;
  showMore: (question: number) => void;
}

const target = (event: Event) => event.currentTarget as HTMLElement;

function actions(v: ThreadView, c: Comment): TemplateResult {
  const { s } = v;
  const live = c.state !== 'deleted' && c.body !== null;
  const editable = c.mine && live && Date.now() - Date.parse(c.createdAt) < v.editWindowMs && v.canPost;
  const button = (label: string, onClick: (e: Event) => void) =>
    html`<button part="action" class="quiet small" type="button" aria-describedby="by-${c.id}" @click=${onClick}>${label}</button>`;
  const open = (kind: 'reply' | 'edit' | 'flag' | 'remove') => (e: Event) => v.openForm({ kind, comment: c }, target(e));
  const moderate = (action: ModerationAction) => () => v.moderate(c, action);
  return html`<div class="actions" part="actions">
    ${v.canPost && c.state === 'visible' ? button(s.reply, open('reply')) : nothing}
    ${editable ? button(s.edit, open('edit')) : nothing}
    ${live && (c.mine || v.moderator) ? button(s.remove, open('remove')) : nothing}
    ${live && !c.mine && v.session?.user && c.state === 'visible' ? button(s.flag, open('flag')) : nothing}
    ${v.moderator && c.state === 'pending' ? button(s.approve, moderate('approve')) : nothing}
    ${v.moderator && (c.state === 'visible' || c.state === 'pending') && live ? button(s.hide, moderate('hide')) : nothing}
    ${v.moderator && c.state === 'hidden' ? button(s.restore, moderate('restore')) : nothing}
  </div>`;
}

function marks(v: ThreadView, c: Comment): TemplateResult {
  const { s, locale } = v;
  return html`${c.editedAt ? html`<span class="mark">(${s.edited})</span>` : nothing}
  ${c.state === 'pending' ? html`<span part="badge" class="badge">${s.pending}</span>` : nothing}
  ${c.state === 'hidden' && c.body ? html`<span part="badge" class="badge">${s.hidden}</span>` : nothing}
  ${v.moderator && c.flagCount ? html`<span part="badge" class="badge">${locale.count(s.flags, c.flagCount)}</span>` : nothing}`;
}

function comment(v: ThreadView, c: Comment, depth: number): TemplateResult {
  const open = v.open && v.open.kind !== 'answer' && v.open.comment.id === c.id ? v.open : undefined;
  const tombstone = c.body === null || c.state === 'deleted';
  return html`<li class="comment ${depth === 0 ? 'top' : ''}" part="comment-item">
    <article id="c-${c.id}" tabindex="-1" part="comment" class=${c.state} aria-labelledby=${tombstone ? nothing : `by-${c.id}`}>
      <header class="byline">
        <span id="by-${c.id}"><bdi class="author" part="author">${tombstone ? '' : c.author.name}</bdi></span>
        ${!tombstone && c.author.organisation ? html`<bdi class="organisation muted" part="organisation">${c.author.organisation}</bdi>` : nothing}
        <time class="muted" datetime=${c.createdAt}>${v.locale.date(c.createdAt)}</time> ${marks(v, c)}
      </header>
      ${tombstone ? html`<p class="muted tombstone">${v.s.tombstone}</p>` : richText(c.body)}
      ${tombstone ? nothing : actions(v, c)} ${open ? renderForm(v, open) : nothing}
    </article>
    ${replies(v, c, depth + 1)}
  </li>`;
}

function replies(v: ThreadView, parent: Comment, depth: number): TemplateResult | typeof nothing {
  const list = v.model.children(parent.id);
  if (!list.length) return nothing;
  if (depth > FOLD_DEPTH && !v.unfolded.has(parent.id)) {
    return html`<button part="button" class="quiet small unfold" type="button" aria-describedby="by-${parent.id}" @click=${() => v.unfold(parent)}>
      ${v.locale.count(v.s.showReplies, v.model.count(parent.id))}
    </button>`;
  }
  // Indentation stops growing past a few levels, so deep threads keep a readable width; the line still shows the nesting.
  return html`<ul class="replies ${depth > FOLD_DEPTH ? 'flat' : ''}" part="replies">
    ${repeat(list, (c) => c.id, (c) => comment(v, c, depth))}
  </ul>`;
}

/** A question's top-level comments, a page at a time, each with its replies. */
function questionComments(v: ThreadView, question: number): TemplateResult {
  const top = v.model.children(null, question);
  const limit = v.shownTop.get(question) ?? TOP_PAGE;
  const rest = top.length - limit;
  return html`${top.length
      ? html`<ul class="comments" part="comments">
          ${repeat(top.slice(0, limit), (c) => c.id, (c) => comment(v, c, 0))}
        </ul>`
      : html`<p class="muted" part="empty">${v.s.noComments}</p>`}
    ${rest > 0
      ? html`<button part="button" class="quiet more" type="button" @click=${() => v.showMore(question)}>
          ${v.locale.count(v.s.showMore, Math.min(rest, TOP_PAGE))}
        </button>`
      : nothing}`;
}

/** A numbered question, its comments, and the button (or the open form) to answer it. */
export function questionSection(v: ThreadView, q: { number: number; text: string }): TemplateResult {
  const { s, locale } = v;
  const answering = v.open?.kind === 'answer' && v.open.question === q.number ? v.open : undefined;
  const answer = (e: Event) => v.openForm({ kind: 'answer', question: q.number }, target(e));
  return html`<section part="question" class="question" aria-labelledby="q-${q.number}">
    <h3 id="q-${q.number}" tabindex="-1">${fill(s.question, { n: locale.number(q.number) })}</h3>
    <p class="question-text" dir="auto">${q.text}</p>
    ${questionComments(v, q.number)}
    ${answering
      ? renderForm(v, answering)
      : v.canPost
        ? html`<div><button part="button" class="answer" type="button" @click=${answer}>${fill(s.answer, { n: locale.number(q.number) })}</button></div>`
        : nothing}
  </section>`;
}
