// The thread's small forms, opened in place: a comment or reply, an edit, a report, a delete to confirm, or sign-in.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { HubSession } from '@mnh/sdk';
import { isolate } from '../../internal/render.js';
import { fill } from '../../internal/i18n.js';
import type { Comment } from './discussion-api.js';
import type { DiscussionThreadText } from './strings/index.js';

/** Which form is open, and where: only one at a time, so focus always has one place to go. */
export type OpenForm =
  | { kind: 'answer'; question: number }
  | { kind: 'reply' | 'edit' | 'flag' | 'remove'; comment: Comment };

export interface FormView {
  s: DiscussionThreadText;
  session: HubSession | undefined;
  lang: string;
  busy: boolean;
  /** What the hub (or the form) said was wrong with the last attempt. */
  error: string;
  submit: (form: OpenForm, text: string) => void;
  cancel: () => void;
}

/** The key a form's place is known by, to tell whether it is the one open. */
export function formKey(form: OpenForm): string {
  return form.kind === 'answer' ? `answer ${form.question}` : `${form.kind} ${form.comment.id}`;
}

function buttons(v: FormView, send: string): TemplateResult {
  return html`<div class="form-buttons">
    <button part="button" type="submit" ?disabled=${v.busy}>${send}</button>
    <button part="button" class="quiet" type="button" @click=${v.cancel}>${v.s.cancel}</button>
  </div>`;
}

function error(v: FormView): TemplateResult | typeof nothing {
  return v.error ? html`<p part="field-error" class="form-error" id="form-error" role="alert">${v.error}</p>` : nothing;
}

function onSubmit(v: FormView, form: OpenForm) {
  return (event: SubmitEvent) => {
    event.preventDefault();
    const field = (event.currentTarget as HTMLFormElement).elements.namedItem('text') as HTMLTextAreaElement | null;
    v.submit(form, field?.value ?? '');
  };
}

/** The open form, or sign-in first for someone not signed in. */
export function renderForm(v: FormView, form: OpenForm): TemplateResult {
  const { s } = v;
  if (!v.session?.user) {
    // Most readers never post: the sign-in form loads when someone first asks to.
    void import('../sign-in/define.js');
    return html`<div class="inline-form" part="sign-in-box">
      <p>${s.signInToPost}</p>
      <mnh-sign-in part="sign-in" .session=${v.session} lang=${v.lang}></mnh-sign-in>
      <button part="button" class="quiet" type="button" @click=${v.cancel}>${s.cancel}</button>
    </div>`;
  }
  if (form.kind === 'remove') {
    return html`<form class="inline-form" part="form" @submit=${onSubmit(v, form)}>
      <p>${s.confirmRemove}</p>
      ${error(v)}${buttons(v, s.remove)}
    </form>`;
  }
  const label =
    form.kind === 'flag'
      ? s.flagReason
      : form.kind === 'reply'
        ? fill(s.yourReply, { name: isolate(form.comment.author.name) })
        : s.yourComment;
  const start = form.kind === 'edit' ? (form.comment.body?.markdown ?? '') : '';
  const send = form.kind === 'flag' ? s.sendFlag : form.kind === 'edit' ? s.save : s.post;
  return html`<form class="inline-form" part="form" @submit=${onSubmit(v, form)}>
    <label part="field" for="text">${label}</label>
    <textarea
      part="textarea"
      id="text"
      name="text"
      rows=${form.kind === 'flag' ? 2 : 4}
      maxlength=${form.kind === 'flag' ? 500 : 4000}
      dir="auto"
      aria-describedby=${form.kind === 'flag' ? (v.error ? 'form-error' : nothing) : v.error ? 'hint form-error' : 'hint'}
      aria-invalid=${v.error ? 'true' : 'false'}
      .value=${start}
    ></textarea>
    ${form.kind === 'flag' ? nothing : html`<p class="hint muted" id="hint">${s.hint}</p>`} ${error(v)}
    ${buttons(v, send)}
  </form>`;
}
