// The pluggable way email leaves the hub: SMTP when configured, the log in development.

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  /** Where answers go, when not to the hub (a message to an expert is answered to its sender). */
  replyTo?: string;
  /** The recipient's address is private: never log it. */
  discreet?: boolean;
}

/** What logs show instead of a private recipient's address. */
export const WITHHELD_ADDRESS = 'address-withheld@hub.invalid';

/** Sends one message or throws; the dispatcher retries what throws. */
export interface MailSender {
  /** Names the sender in logs, e.g. `smtp` or `log`. */
  readonly kind: string;
  send(mail: OutgoingMail): Promise<void>;
  close?(): Promise<void>;
}
