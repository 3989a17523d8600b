// <mnh-review-panel>'s interface text in English: the table every other language follows, built in as the fallback.
import type { BalanceGap, Conflict, Criterion, SubmissionState, Verdict } from '../review-api.js';

export interface ReviewPanelStrings {
  /** Instead of a second sign-in form, when the page has its own `<mnh-sign-in>`. */
  signInOnPage: string;
  /** The button that moves focus to the page's sign-in form. */
  goToSignIn: string;
  queueTitle: string;
  toReview: string;
  reviewed: string;
  queueEmpty: string;
  due: string;
  overdue: string;
  round: string;
  submittedOn: string;
  back: string;
  files: string;
  resourceType: string;
  publisher: string;
  verdict: string;
  verdicts: Record<Verdict, string>;
  criteriaTitle: string;
  criteria: Record<Criterion, string>;
  comment: string;
  yourReview: string;
  send: string;
  confirm: string;
  cancel: string;
  chooseVerdict: string;
  sent: string;
  othersTitle: string;
  othersNone: string;
  othersLater: string;
  closed: string;
  /** The states a reviewer or curator meets; a draft is never theirs to see. */
  states: Record<Exclude<SubmissionState, 'draft'>, string>;
  boardTitle: string;
  boardEmpty: string;
  by: string;
  progress: string;
  missing: string;
  gaps: Record<BalanceGap, string>;
  balanced: string;
  nextDue: string;
  reviewers: string;
  noReviewers: string;
  unEntity: string;
  nonUn: string;
  replace: string;
  replaced: string;
  suggestionsTitle: string;
  replacing: string;
  assign: string;
  notSelectable: string;
  /** Why a reviewer cannot be assigned: a conflict of interest, or the balance it would break. */
  conflicts: Record<Conflict | 'balance', string>;
  load: string;
  assigned: string;
}

const en: ReviewPanelStrings = {
  signInOnPage: 'Sign in with the form on this page to see the submissions waiting for your review.',
  goToSignIn: 'Go to the sign-in form',
  queueTitle: 'Your reviews',
  toReview: 'Waiting for your verdict',
  reviewed: 'Reviewed',
  queueEmpty: 'Nothing is waiting for your review.',
  due: 'Due {date}',
  overdue: 'Overdue',
  round: 'Round {n}',
  submittedOn: 'Submitted on {date}',
  back: 'Back to the list',
  files: 'Files',
  resourceType: 'Type of resource',
  publisher: 'Publisher',
  verdict: 'Verdict',
  verdicts: { approve: 'Approve', 'request-changes': 'Request changes', reject: 'Reject' },
  criteriaTitle: 'Comments on each criterion',
  criteria: {
    applied: 'Applied',
    relevant: 'Relevant to the objectives',
    coherent: 'Coherent with the guiding principles',
    innovative: 'Innovative',
    replicable: 'Replicable',
    crossCutting: 'Cross-cutting',
    timely: 'Timely',
  },
  comment: 'Overall comment',
  yourReview: 'Your review',
  send: 'Send review',
  confirm: 'Send your review with the verdict “{verdict}”? It cannot be changed afterwards.',
  cancel: 'Cancel',
  chooseVerdict: 'Choose a verdict.',
  sent: 'Your review was sent.',
  othersTitle: 'Other reviewers’ verdicts',
  othersNone: 'No other verdict yet.',
  othersLater: 'You will see the other reviewers’ verdicts once you have sent yours.',
  closed: 'This review is closed.',
  states: {
    submitted: 'Waiting for reviewers',
    'in-review': 'In review',
    'changes-requested': 'Changes requested',
    published: 'Published',
    rejected: 'Rejected',
    withdrawn: 'Withdrawn',
  },
  boardTitle: 'Submissions in review',
  boardEmpty: 'No submission is waiting for review.',
  by: 'By {name}',
  progress: 'Verdicts: {given} of {required}',
  missing: 'Missing: {list}',
  gaps: {
    reviewers: 'more reviewers',
    'un-entity': 'a UN entity',
    'non-un': 'another organisation',
    'extra-reviewer': 'an extra reviewer',
  },
  balanced: 'Complete and balanced',
  nextDue: 'Next deadline: {date}',
  reviewers: 'Reviewers',
  noReviewers: 'No reviewer yet.',
  unEntity: 'UN entity',
  nonUn: 'Other organisation',
  replace: 'Replace',
  replaced: 'Replaced',
  suggestionsTitle: 'Suggested reviewers',
  replacing: 'Choose who replaces {name}.',
  assign: 'Assign',
  notSelectable: 'Cannot be assigned: {reason}.',
  conflicts: {
    submitter: 'submitted it',
    'submitter-organisation': 'from the submitter’s organisation',
    'implementer-organisation': 'from the implementing organisation',
    declared: 'declared a conflict of interest',
    'already-assigned': 'already assigned',
    balance: 'the balance could no longer be met',
  },
  load: 'Open reviews: {n}',
  assigned: '{name} is assigned.',
};

export default en;
