// <mnh-expert-finder>'s contact form text in English: the table every other language follows; loads with the form.

export interface ContactStrings {
  /** `{name}`: the expert's name. */
  title: string;
  privacy: string;
  signInFirst: string;
  subject: string;
  message: string;
  /** `{n}` characters left. */
  left: string;
  send: string;
  sending: string;
  cancel: string;
  sent: string;
  /** `{minutes}` until the hub accepts another message. */
  tooMany: string;
  contactOff: string;
  failed: string;
}

const en: ContactStrings = {
  title: 'Write to {name}',
  privacy: 'The hub emails your message; the expert answers you directly at your address. Their address stays private.',
  signInFirst: 'Sign in to write to this expert.',
  subject: 'Subject',
  message: 'Message',
  left: '{n} characters left',
  send: 'Send message',
  sending: 'Sending…',
  cancel: 'Cancel',
  sent: 'Your message is on its way. The expert will answer you by email.',
  tooMany: 'You have sent as many messages as the hub allows for now. Try again in {minutes} minutes.',
  contactOff: 'This expert does not accept messages through the hub.',
  failed: 'The message could not be sent. Try again.',
};

export default en;
