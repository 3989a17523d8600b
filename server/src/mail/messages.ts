// The hub's emails, as plain text: what a person receives to sign in or when invited.

export interface MailContent {
  subject: string;
  text: string;
}

/** The code stays out of the subject: subjects show in notifications and in production logs. */
export function signInCodeMail(code: string, minutes: number): MailContent {
  return {
    subject: 'Your sign-in code for the Migration Network Hub',
    text: [
      `Your sign-in code is ${code}`,
      '',
      `Enter it where you asked for it within ${minutes} minutes. It works once.`,
      'If you did not ask to sign in, ignore this message: nobody can sign in without the code.',
      '',
      '— Migration Network Hub',
    ].join('\n'),
  };
}

export function welcomeMail(name: string, organisation: string | null, hubOrigin: string): MailContent {
  return {
    subject: 'You are invited to the Migration Network Hub',
    text: [
      `Hello ${name},`,
      '',
      `You have been invited to contribute to the Migration Network Hub${organisation ? ` for ${organisation}` : ''}.`,
      `To sign in, open ${hubOrigin} or a partner site showing the hub, enter this address, and type the code we then send you.`,
      'No password is needed.',
      '',
      '— Migration Network Hub',
    ].join('\n'),
  };
}
