// What <mnh-sign-in> says when the hub refuses a step: beside the field it names, or about the whole form.
import { HubProblemError } from '@mnh/sdk';
import type { SignInText } from './strings/index.js';

export type Field = 'email' | 'code';

/** Messages by field, and under `form` for the whole form; `tooMany` stands for the countdown message. */
export type Messages = Partial<Record<Field | 'form', string>>;

/** Seconds to wait after a 429 that didn't say how long. */
const DEFAULT_RETRY_AFTER_S = 60;

/** Seconds the hub asked to wait, when `error` is a 429. */
export function waitAsked(error: unknown): number | undefined {
  if (!(error instanceof HubProblemError) || error.status !== 429) return undefined;
  return Math.ceil((error.retryAfterMs ?? DEFAULT_RETRY_AFTER_S * 1000) / 1000);
}

/** The messages for a failed step, shown where the form currently has a place for them. */
export function messagesFor(error: unknown, s: SignInText, step: Field): Messages {
  if (!(error instanceof HubProblemError)) return { form: s.unreachable };
  if (error.status === 429) return { form: 'tooMany' };
  const messages: Messages = {};
  const labels = { email: s.emailLabel, code: s.codeLabel };
  const named = error.problem.errors ?? [];
  for (const { field, message } of named) {
    const name = field.replace(/^\//, '');
    if (name !== 'email' && name !== 'code') continue;
    // About one field, the hub's `detail` is a whole sentence ("The sign-in code is not the one we
    // sent…"); each field's `message` is worded to follow the field's name.
    messages[name] ??= named.length === 1 ? error.problem.detail : `${labels[name]} ${message}`;
  }
  // The email field is gone by the code step: what the hub says about it goes to the whole form.
  if (step === 'code' && messages.email) messages.form = messages.email;
  else if (!messages.email && !messages.code) messages.form = error.status >= 500 ? s.failed : error.problem.detail;
  return messages;
}
