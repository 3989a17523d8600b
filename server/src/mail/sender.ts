// The pluggable way email leaves the hub: SMTP when configured, the log in development.

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
}

/** Sends one message or throws; the dispatcher retries what throws. */
export interface MailSender {
  /** Names the sender in logs, e.g. `smtp` or `log`. */
  readonly kind: string;
  send(mail: OutgoingMail): Promise<void>;
  close?(): Promise<void>;
}
