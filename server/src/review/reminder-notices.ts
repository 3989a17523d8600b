// The reminder job's notices: a reviewer's "your review is due" and the curators' "a review is overdue".
import type { Notice, OpenAssignment } from '../store/types.js';

const DAY = 24 * 60 * 60_000;

/** A title is the submitter's text: one line, and short enough for a mail subject. */
function oneLine(title: string): string {
  const line = title.replace(/\s+/g, ' ').trim() || 'Untitled practice';
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

/** `2026-03-21 09:00 UTC`: the same for every reader, whatever their time zone. */
function when(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export function reminderNotice(assignment: OpenAssignment, now: Date): Notice {
  const days = Math.max(1, Math.ceil((Date.parse(assignment.dueAt) - now.getTime()) / DAY));
  const title = oneLine(assignment.title);
  return {
    personId: assignment.reviewer.id,
    email: assignment.reviewer.email,
    kind: 'review.reminder',
    subject: assignment.submissionId,
    title: `Reminder: your review of "${title}" is due in ${days} ${days === 1 ? 'day' : 'days'}`,
    text: [
      `Hello ${assignment.reviewer.name},`,
      '',
      `Your review of "${title}" (${assignment.submissionId}) is due on ${when(assignment.dueAt)}.`,
      'Open your review queue on the Migration Network Hub to record your verdict and a comment on each criterion.',
      'If you cannot review it in time, tell the curator, who can assign another reviewer.',
      '',
      '— Migration Network Hub',
    ].join('\n'),
  };
}

export function overdueNotice(curator: { id: string; name: string; email: string }, assignment: OpenAssignment): Notice {
  const title = oneLine(assignment.title);
  return {
    personId: curator.id,
    email: curator.email,
    kind: 'review.overdue',
    subject: assignment.submissionId,
    title: `Overdue review: "${title}"`,
    text: [
      `Hello ${curator.name},`,
      '',
      `The review of "${title}" (${assignment.submissionId}) by ${assignment.reviewer.name} was due on ${when(assignment.dueAt)}`,
      `and has no verdict yet (round ${assignment.round}).`,
      'You can remind the reviewer, or replace them from the review board.',
      '',
      '— Migration Network Hub',
    ].join('\n'),
  };
}
