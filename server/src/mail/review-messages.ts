// The emails (and notification texts) of peer review: to reviewers, to the submitter, to curators.
import type { ReviewCriteria, Verdict } from '../store/types.js';
import type { MailContent } from './messages.js';

const SIGNATURE = ['', '— Migration Network Hub'];

const VERDICTS: Record<Verdict, string> = { approve: 'approve', 'request-changes': 'request changes', reject: 'reject' };

const CRITERIA: Record<keyof ReviewCriteria, string> = {
  applied: 'Applied',
  relevant: 'Relevant to the objectives',
  coherent: 'Coherent with the guiding principles',
  innovative: 'Innovative',
  replicable: 'Replicable',
  crossCutting: 'Cross-cutting',
  timely: 'Timely',
};

/** A review as the submitter reads it: by label, never by name. */
export interface ReviewForSubmitter {
  label: string;
  verdict: Verdict;
  criteria: ReviewCriteria;
  comment: string;
}

function day(iso: string): string {
  return iso.slice(0, 10);
}

function quoted(title: string | null | undefined): string {
  return `"${title?.trim() || 'Untitled'}"`;
}

export function reviewAssignedMail(name: string, title: string | null | undefined, id: string, dueAt: string): MailContent {
  return {
    subject: 'A practice is waiting for your review',
    text: [
      `Hello ${name},`,
      '',
      `You are one of the peer reviewers of ${quoted(title)} (${id}).`,
      `Please give your verdict by ${day(dueAt)}: approve, request changes or reject, with a comment on each criterion.`,
      'You will see the other reviewers\' verdicts once you have given yours.',
      ...SIGNATURE,
    ].join('\n'),
  };
}

export function reviewResubmittedMail(name: string, title: string | null | undefined, id: string, round: number, dueAt: string): MailContent {
  return {
    subject: 'A practice you reviewed was revised',
    text: [
      `Hello ${name},`,
      '',
      `The submitter of ${quoted(title)} (${id}) answered the reviewers' requests and submitted it again.`,
      `Please review it again (round ${round}) by ${day(dueAt)}.`,
      ...SIGNATURE,
    ].join('\n'),
  };
}

export function reviewReplacedMail(name: string, title: string | null | undefined, id: string): MailContent {
  return {
    subject: 'You no longer need to review a practice',
    text: [`Hello ${name},`, '', `A curator has given the review of ${quoted(title)} (${id}) to another reviewer. Thank you.`, ...SIGNATURE].join(
      '\n',
    ),
  };
}

export function inReviewMail(name: string, title: string | null | undefined, id: string): MailContent {
  return {
    subject: 'Your practice is in peer review',
    text: [`Hello ${name},`, '', `Peer reviewers have been assigned to ${quoted(title)} (${id}); you will hear from us when they have decided.`, ...SIGNATURE].join(
      '\n',
    ),
  };
}

function reviewLines(reviews: readonly ReviewForSubmitter[]): string[] {
  return reviews.flatMap((review) => [
    '',
    `${review.label}: ${VERDICTS[review.verdict]}`,
    ...(review.comment.trim() ? [review.comment.trim()] : []),
    ...(Object.keys(CRITERIA) as (keyof ReviewCriteria)[])
      .filter((key) => review.criteria[key].trim() !== '')
      .map((key) => `- ${CRITERIA[key]}: ${review.criteria[key].trim()}`),
  ]);
}

export function changesRequestedMail(name: string, title: string | null | undefined, id: string, reviews: readonly ReviewForSubmitter[]): MailContent {
  return {
    subject: 'The reviewers ask for changes to your practice',
    text: [
      `Hello ${name},`,
      '',
      `The peer reviewers of ${quoted(title)} (${id}) ask you to change it before it can be published.`,
      'Edit it where you submitted it and submit it again: it goes back to the same reviewers.',
      ...reviewLines(reviews),
      ...SIGNATURE,
    ].join('\n'),
  };
}

export function publishedMail(name: string, title: string | null | undefined, id: string): MailContent {
  return {
    subject: 'Your practice is published on the Migration Network Hub',
    text: [`Hello ${name},`, '', `Every peer reviewer approved ${quoted(title)} (${id}). It is now published on the Hub.`, ...SIGNATURE].join('\n'),
  };
}

export function rejectedMail(name: string, title: string | null | undefined, id: string, reviews: readonly ReviewForSubmitter[]): MailContent {
  return {
    subject: 'Your practice was not accepted for publication',
    text: [
      `Hello ${name},`,
      '',
      `After peer review, ${quoted(title)} (${id}) will not be published. The reviewers' comments follow.`,
      ...reviewLines(reviews),
      ...SIGNATURE,
    ].join('\n'),
  };
}

export function awaitingReviewersMail(title: string | null | undefined, id: string, ownerName: string): MailContent {
  return {
    subject: 'A practice is waiting for reviewers',
    text: [`${ownerName} submitted ${quoted(title)} (${id}).`, 'Assign its peer reviewers from the review board.', ...SIGNATURE].join('\n'),
  };
}

export function extraReviewerNeededMail(title: string | null | undefined, id: string): MailContent {
  return {
    subject: 'Reviewers disagree: an extra reviewer is needed',
    text: [
      `The reviewers of ${quoted(title)} (${id}) disagree: some approve and some reject it.`,
      'Under the review policy, assign one extra reviewer, whose verdict settles it.',
      ...SIGNATURE,
    ].join('\n'),
  };
}

const ENDINGS = { published: 'was published', rejected: 'was rejected', 'changes-requested': 'was sent back for changes' } as const;

export function roundEndedMail(title: string | null | undefined, id: string, outcome: keyof typeof ENDINGS): MailContent {
  return {
    subject: `Peer review ended: ${quoted(title)} ${ENDINGS[outcome]}`,
    text: [`Every reviewer of ${quoted(title)} (${id}) has given a verdict: it ${ENDINGS[outcome]}.`, ...SIGNATURE].join('\n'),
  };
}

export function reviewWithdrawnMail(title: string | null | undefined, id: string): MailContent {
  return {
    subject: 'A practice you were reviewing was withdrawn',
    text: [`The submitter withdrew ${quoted(title)} (${id}). You no longer need to review it. Thank you.`, ...SIGNATURE].join('\n'),
  };
}
