// <mnh-sign-in>'s interface text in English: the table every other language follows, built in as the fallback.

export interface SignInStrings {
  title: string;
  emailLabel: string;
  emailHint: string;
  emailInvalid: string;
  sendCode: string;
  /** `{email}`: the address the code went to. */
  codeSent: string;
  codeLabel: string;
  codeInvalid: string;
  signIn: string;
  working: string;
  resend: string;
  /** `{time}`: minutes and seconds left. */
  resendIn: string;
  /** `{time}`: minutes and seconds left. */
  tooMany: string;
  otherEmail: string;
  /** `{name}`: the person's name. */
  signedInAs: string;
  signOut: string;
  signedOut: string;
}

const en: SignInStrings = {
  title: 'Sign in',
  emailLabel: 'Email address',
  emailHint: 'We will email you a 6-digit code. No password needed.',
  emailInvalid: 'Enter an email address, like name@example.org.',
  sendCode: 'Email me a code',
  codeSent: 'We sent a code to {email}. It works for 10 minutes.',
  codeLabel: '6-digit code',
  codeInvalid: 'Enter the 6 digits from the email.',
  signIn: 'Sign in',
  working: 'Please wait…',
  resend: 'Send a new code',
  resendIn: 'Send a new code in {time}',
  tooMany: 'Too many attempts. Try again in {time}.',
  otherEmail: 'Use another email address',
  signedInAs: 'Signed in as {name}',
  signOut: 'Sign out',
  signedOut: 'You are signed out.',
};

export default en;
