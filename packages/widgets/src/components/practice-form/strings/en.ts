// <mnh-practice-form>'s interface text in English: the table every other language follows, built in as the fallback.
// Taxonomy names (objectives, principles, countries, languages, kinds, scopes, statuses) come from the hub.

export interface PracticeFormStrings {
  title: string;
  signInFirst: string;
  /** Instead of a second sign-in form, when the page has its own `<mnh-sign-in>`. */
  signInOnPage: string;
  /** The button that moves focus to the page's sign-in form. */
  goToSignIn: string;
  mine: string;
  /** `{title}`: the draft's title; `{date}`: when it was last saved. */
  resume: string;
  untitled: string;
  continue: string;
  startNew: string;
  /** The six steps, in order. */
  steps: [string, string, string, string, string, string];
  stepsLabel: string;
  /** `{n}`: this step's number; `{total}`: how many there are. */
  stepOf: string;
  back: string;
  next: string;
  saving: string;
  saved: string;
  saveFailed: string;
  conflict: string;
  reload: string;
  choose: string;
  add: string;
  /** `{name}`: what the button removes. */
  remove: string;
  titleLabel: string;
  summaryLabel: string;
  descriptionLabel: string;
  languageLabel: string;
  otherLanguages: string;
  principlesHint: string;
  /** `{label}`: a guiding principle. */
  justification: string;
  scope: string;
  organisationName: string;
  organisationKind: string;
  partners: string;
  partnerName: string;
  focalPoint: string;
  focalHint: string;
  name: string;
  email: string;
  startYear: string;
  endYear: string;
  endHint: string;
  status: string;
  results: string;
  lessons: string;
  replicability: string;
  funding: string;
  linkTitle: string;
  linkUrl: string;
  files: string;
  filesHint: string;
  /** `{name}`: the file's name. */
  uploading: string;
  /** `{name}`: the file's name. */
  uploaded: string;
  /** `{name}`: the file's name. */
  fileRefused: string;
  emailInvalid: string;
  urlInvalid: string;
  yearInvalid: string;
  problemTitle: string;
  /** `{label}`: the field's name. */
  errRequired: string;
  errObjectives: string;
  errPrinciples: string;
  /** `{label}`: a guiding principle. */
  errJustify: string;
  errStatus: string;
  errEndYear: string;
  reviewHint: string;
  change: string;
  submit: string;
  submittedTitle: string;
  submittedText: string;
  empty: string;
  states: Record<
    'draft' | 'submitted' | 'in-review' | 'changes-requested' | 'published' | 'rejected' | 'withdrawn',
    string
  >;
  /** `{date}`: when it last changed. */
  updated: string;
  edit: string;
  answer: string;
  history: string;
  withdraw: string;
  /** `{title}`: the submission's title. */
  withdrawAsk: string;
  keep: string;
  /** `{title}`: the submission's title. */
  withdrawn: string;
  reviewsTitle: string;
  verdicts: Record<'approve' | 'request-changes' | 'reject', string>;
  criteria: Record<'applied' | 'relevant' | 'coherent' | 'innovative' | 'replicable' | 'crossCutting' | 'timely', string>;
  /** Steps in a submission's history, by action; `submission.<state>` shows the state, anything else its action name. */
  actions: Record<string, string>;
}

const en: PracticeFormStrings = {
  title: 'Submit a practice',
  signInFirst: 'Sign in to submit a practice. Your draft is saved as you go.',
  signInOnPage: 'Sign in with the form on this page to submit a practice. Your draft is saved as you go.',
  goToSignIn: 'Go to the sign-in form',
  mine: 'My submissions',
  resume: 'You have a draft, “{title}”, last saved {date}.',
  untitled: 'Untitled practice',
  continue: 'Continue it',
  startNew: 'Start a new practice',
  steps: ['The practice', 'Objectives and principles', 'Where and who', 'Implementation and results', 'Links and files', 'Review and submit'],
  stepsLabel: 'Steps',
  stepOf: 'Step {n} of {total}',
  back: 'Back',
  next: 'Next',
  saving: 'Saving…',
  saved: 'Saved',
  saveFailed: 'Could not save. Your changes are kept here.',
  conflict: 'This draft was changed somewhere else, in another tab or on another device.',
  reload: 'Load the latest version',
  choose: 'Choose…',
  add: 'Add',
  remove: 'Remove {name}',
  titleLabel: 'Title',
  summaryLabel: 'Summary',
  descriptionLabel: 'Description',
  languageLabel: 'Language it is written in',
  otherLanguages: 'Also available in',
  principlesHint: 'Choose each principle the practice adheres to, and say how.',
  justification: 'How it meets “{label}”',
  scope: 'Scope',
  organisationName: 'Implementing organisation',
  organisationKind: 'Kind of organisation',
  partners: 'Partners',
  partnerName: 'Partner',
  focalPoint: 'Focal point',
  focalHint: 'You are submitting for another organisation: name someone there who can confirm the practice.',
  name: 'Name',
  email: 'Email address',
  startYear: 'Start year',
  endYear: 'End year',
  endHint: 'Leave empty while it is still running.',
  status: 'Status',
  results: 'Results',
  lessons: 'Lessons learned',
  replicability: 'How others could replicate it',
  funding: 'Funding',
  linkTitle: 'Link title',
  linkUrl: 'Address (https://…)',
  files: 'Files',
  filesHint: 'PDF, DOCX, PNG or JPEG, up to 10 MB each.',
  uploading: 'Uploading {name}…',
  uploaded: '{name} is attached.',
  fileRefused: '{name} is not a PDF, DOCX, PNG or JPEG file of at most 10 MB.',
  emailInvalid: 'Enter an email address, like name@example.org.',
  urlInvalid: 'Enter an address starting with https://.',
  yearInvalid: 'Enter a year from 1900 to 2100.',
  problemTitle: 'There is a problem',
  errRequired: '{label}: required to submit.',
  errObjectives: 'Choose at least one GCM objective.',
  errPrinciples: 'Choose at least one guiding principle and say how the practice meets it.',
  errJustify: 'Say in at least 20 characters how the practice meets “{label}”.',
  errStatus: 'Only a completed or mostly completed practice can be submitted.',
  errEndYear: 'The end year cannot be before the start year.',
  reviewHint: 'Check your answers, then submit the practice for peer review.',
  change: 'Change',
  submit: 'Submit for review',
  submittedTitle: 'Submitted for review',
  submittedText: 'Thank you. We emailed you a confirmation; follow its review under My submissions.',
  empty: 'You have no submissions yet.',
  states: {
    draft: 'Draft',
    submitted: 'Submitted',
    'in-review': 'In review',
    'changes-requested': 'Changes requested',
    published: 'Published',
    rejected: 'Rejected',
    withdrawn: 'Withdrawn',
  },
  updated: 'Updated {date}',
  edit: 'Edit',
  answer: 'Answer the reviewers',
  history: 'History',
  withdraw: 'Withdraw',
  withdrawAsk: 'Withdraw “{title}”? It leaves review for good.',
  keep: 'Keep it',
  withdrawn: '“{title}” was withdrawn.',
  reviewsTitle: 'What the reviewers said',
  verdicts: { approve: 'Approves', 'request-changes': 'Asks for changes', reject: 'Rejects' },
  criteria: {
    applied: 'Applied',
    relevant: 'Relevant to the objectives',
    coherent: 'Coherent with the principles',
    innovative: 'Innovative',
    replicable: 'Replicable',
    crossCutting: 'Cross-cutting',
    timely: 'Timely',
  },
  actions: {
    'review.reviewer-assigned': 'Reviewer assigned',
    'review.verdict-given': 'Review given',
    'submission.created': 'Started',
    'submission.edited': 'Edited',
    'submission.file-attached': 'File attached',
    'submission.resubmitted': 'Submitted again',
  },
};

export default en;
