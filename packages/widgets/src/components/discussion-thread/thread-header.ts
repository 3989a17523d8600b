// The top of a discussion: its space, title, welcome text, moderators, dates, and why posting may be closed.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { fill } from '../../internal/i18n.js';
import type { LocaleController } from '../../internal/locale.js';
import { isolate } from '../../internal/render.js';
import type { Discussion, Space } from './discussion-api.js';
import { richText } from './rich-text.js';
import type { DiscussionThreadText } from './strings/index.js';

export interface HeaderView {
  s: DiscussionThreadText;
  locale: LocaleController;
  space: Space;
  discussion: Discussion;
  moderator: boolean;
  toggleLock: () => void;
}

/** Why nobody can post, if that is so: a closed or not yet open space, a locked discussion. */
function notice({ s, locale, space, discussion }: HeaderView): string {
  if (space.state === 'closed') return s.closed;
  if (space.state === 'upcoming') return fill(s.upcoming, { date: locale.date(space.opensAt) });
  return discussion.locked ? s.locked : '';
}

export function threadHeader(v: HeaderView): TemplateResult {
  const { s, locale, space, discussion } = v;
  const people = space.moderators.map((m) => isolate(m.organisation ? `${m.name} (${m.organisation})` : m.name));
  const why = notice(v);
  return html`<div part="header" class="thread">
    <p class="eyebrow muted"><bdi>${space.title}</bdi></p>
    <h2 dir="auto">${discussion.title}</h2>
    ${richText(space.welcome, 'welcome')}
    ${people.length || space.audience
      ? html`<dl class="facts">
          ${people.length ? html`<div><dt>${s.moderators}</dt><dd>${locale.list(people)}</dd></div>` : nothing}
          ${space.audience ? html`<div><dt>${s.audience}</dt><dd dir="auto">${space.audience}</dd></div>` : nothing}
        </dl>`
      : nothing}
    ${space.closesAt ? html`<p class="muted">${fill(s.dates, { from: locale.date(space.opensAt), to: locale.date(space.closesAt) })}</p>` : nothing}
    ${space.summaryReport?.blocks?.length
      ? html`<section><h3>${s.summaryReport}</h3>${richText(space.summaryReport, 'summary')}</section>`
      : nothing}
    ${why ? html`<p part="notice" class="notice" role="note">${why}</p>` : nothing}
    ${v.moderator && space.state === 'open'
      ? html`<div class="moderation">
          <button part="button" class="quiet" type="button" @click=${v.toggleLock}>${discussion.locked ? s.unlock : s.lock}</button>
        </div>`
      : nothing}
  </div>`;
}
