// <mnh-support-request>'s and <mnh-support-desk>'s interface text in English: the table every other language follows.
import type { SupportKind, SupportState } from '../support-api.js';

export interface SupportStrings {
  title: string;
  intro: string;
  signInFirst: string;
  signInOnPage: string;
  goToSignIn: string;
  formTitle: string;
  entity: string;
  entityHint: string;
  country: string;
  chooseCountry: string;
  kindsLegend: string;
  kindLabels: Record<SupportKind, string>;
  description: string;
  descriptionHint: string;
  timeline: string;
  timelineHint: string;
  languagesLegend: string;
  contactName: string;
  contactPosition: string;
  submit: string;
  sending: string;
  problemTitle: string;
  /** `{label}` is the field's name. */
  errRequired: string;
  sent: string;
  mineTitle: string;
  noRequests: string;
  stateLabels: Record<SupportState, string>;
  statusTitle: string;
  agreement: string;
  declineReason: string;
  experts: string;
  messagesTitle: string;
  noMessages: string;
  messageLabel: string;
  send: string;
  messageSent: string;
  curatorSide: string;
  deskTitle: string;
  notCurator: string;
  filterState: string;
  allStates: string;
  queueEmpty: string;
  back: string;
  /** `{name}` asked on `{date}`. */
  askedBy: string;
  suggestedExperts: string;
  similarPractices: string;
  noSuggestions: string;
  /** `{name}` of the expert. */
  assign: string;
  /** `{name}` of the expert. */
  assigned: string;
  assignedExperts: string;
  noneAssigned: string;
  /** `{n}` open support assignments. */
  openAssignments: string;
  inRegion: string;
  moveTitle: string;
  moveTo: string;
  reason: string;
  agreementLabel: string;
  move: string;
  /** `{state}` reached. */
  moved: string;
  closed: string;
}

const en: SupportStrings = {
  title: 'Capacity-building support',
  intro: 'Ask the hub for tailored support: its curators assess each request and match it with experts.',
  signInFirst: 'Sign in to request support and follow your requests.',
  signInOnPage: 'Sign in with the form on this page to request support.',
  goToSignIn: 'Go to sign-in',
  formTitle: 'Request support',
  entity: 'Requesting entity',
  entityHint: 'The government office or organisation asking for support.',
  country: 'Country',
  chooseCountry: 'Choose a country',
  kindsLegend: 'Kind of support',
  kindLabels: {
    training: 'Training',
    'technical-advice': 'Technical advice',
    'policy-development': 'Policy development',
    data: 'Data',
    'peer-exchange': 'Peer exchange',
    other: 'Other',
  },
  description: 'Description',
  descriptionHint: 'What is needed, for whom, and what has been tried (at least 20 characters).',
  timeline: 'Desired timeline',
  timelineHint: 'For example: before the regional review in May.',
  languagesLegend: 'Languages the work can be done in',
  contactName: 'Contact person',
  contactPosition: 'Their position (optional)',
  submit: 'Send the request',
  sending: 'Sending…',
  problemTitle: 'There is a problem',
  errRequired: '{label}: this is required.',
  sent: 'Your request was sent. The curators will assess it.',
  mineTitle: 'Your requests',
  noRequests: 'You have not requested support yet.',
  stateLabels: {
    received: 'Received',
    'under-assessment': 'Under assessment',
    matched: 'Matched with experts',
    'in-progress': 'In progress',
    completed: 'Completed',
    declined: 'Declined',
  },
  statusTitle: 'Status',
  agreement: 'What was agreed',
  declineReason: 'Reason',
  experts: 'Experts',
  messagesTitle: 'Messages',
  noMessages: 'No messages yet.',
  messageLabel: 'Write a message',
  send: 'Send',
  messageSent: 'Message sent.',
  curatorSide: 'Hub curator',
  deskTitle: 'Support desk',
  notCurator: 'The support desk is for the hub’s curators.',
  filterState: 'State',
  allStates: 'All states',
  queueEmpty: 'No requests here.',
  back: 'Back to the queue',
  askedBy: '{name}, {date}',
  suggestedExperts: 'Suggested experts',
  similarPractices: 'Similar practices',
  noSuggestions: 'No suggestions.',
  assign: 'Assign {name}',
  assigned: '{name} is assigned.',
  assignedExperts: 'Assigned experts',
  noneAssigned: 'No expert assigned yet.',
  openAssignments: '{n} open',
  inRegion: 'in the region',
  moveTitle: 'Move the request on',
  moveTo: 'New state',
  reason: 'Reason (the requester reads it; needed to decline)',
  agreementLabel: 'What was agreed (optional)',
  move: 'Move',
  moved: 'The request is now: {state}.',
  closed: 'This request is closed.',
};

export default en;
