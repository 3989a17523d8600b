// <mnh-practice-form>'s views before and after the form: signed out, the offer to continue a draft, submitted.
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { HubSession, Submission } from '@mnh/sdk';
import { fill } from '../../internal/i18n.js';
import type { LocaleController } from '../../internal/locale.js';
import { stateBadge, titleOf } from './mine.js';
import type { FormText } from './strings/index.js';

/**
 * Signed out: a prompt pointing to the page's own sign-in form when it has one (`goToSignIn` moves
 * focus there), else a sign-in form of the widget's own.
 */
export function renderSignedOut(
  s: FormText,
  session: HubSession,
  lang: string,
  pageSignIn: HTMLElement | undefined,
  goToSignIn: () => void,
): TemplateResult {
  if (pageSignIn) {
    return html`<section part="sign-in-prompt" class="intro" aria-labelledby="form-title">
      <h2 id="form-title">${s.title}</h2>
      <p>${s.signInOnPage}</p>
      <button type="button" @click=${goToSignIn}>${s.goToSignIn}</button>
    </section>`;
  }
  void import('../sign-in/define.js');
  return html`<section class="intro" aria-labelledby="form-title">
    <h2 id="form-title">${s.title}</h2>
    <p>${s.signInFirst}</p>
    <mnh-sign-in part="sign-in" .session=${session} lang=${lang}></mnh-sign-in>
  </section>`;
}

export interface StartActions {
  resume(id: string): void;
  fresh(): void;
  mine(): void;
}

/** While looking for a draft; the offer to continue the newest one; the thanks after submitting. */
export function renderStart(
  s: FormText,
  locale: LocaleController,
  view: 'start' | 'offer' | 'done',
  offer: Submission | undefined,
  submitted: Submission | undefined,
  act: StartActions,
): TemplateResult {
  if (view === 'offer' && offer) {
    return html`<section class="intro" aria-labelledby="form-title">
      <h2 id="form-title" tabindex="-1">${s.title}</h2>
      <p dir="auto">${fill(s.resume, { title: titleOf(offer, s), date: locale.date(offer.updatedAt) })}</p>
      <div class="actions">
        <button type="button" @click=${() => act.resume(offer.id)}>${s.continue}</button>
        <button type="button" class="quiet" @click=${() => act.fresh()}>${s.startNew}</button>
      </div>
    </section>`;
  }
  if (view === 'done' && submitted) {
    return html`<section class="intro" aria-labelledby="form-title">
      <h2 id="form-title" tabindex="-1">${s.submittedTitle}</h2>
      <p dir="auto">${titleOf(submitted, s)} ${stateBadge(s, submitted.state)}</p>
      <p>${s.submittedText}</p>
      <div class="actions">
        <button type="button" @click=${() => act.mine()}>${s.mine}</button>
        <button type="button" class="quiet" @click=${() => act.fresh()}>${s.startNew}</button>
      </div>
    </section>`;
  }
  return html`<p class="muted">${s.loading}</p>`;
}
