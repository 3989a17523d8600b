// Storage interfaces for the connection hub's people side: contacting experts, experts' own profiles, a person's data.
import type { components } from '@mnh/contract';
import type { Notice } from './types.js';

type Schemas = components['schemas'];
export type ExpertProfile = Schemas['ExpertProfile'];
export type ExpertProfileContent = Schemas['ExpertProfileContent'];
export type ExpertProfileState = Schemas['ExpertProfileState'];
export type ExpertConsentChoice = Schemas['ExpertConsentChoice'];
export type PersonalDataExport = Schemas['PersonalDataExport'];

/** Who a message through the hub goes to; `email` never leaves the server. */
export interface ExpertContactTarget {
  id: string;
  name: string;
  email: string;
  /** The expert's switch for messages through the hub. */
  contact: boolean;
  personId: string | null;
}

/** How many messages may be sent in each window (see experts/contact-limits.ts). */
export interface ContactLimits {
  perSenderHour: number;
  perSenderDay: number;
  perExpertDay: number;
}

/** Times (ISO) of the messages that count against a new one: the sender's and the expert's of the last day. */
export interface ContactHistory {
  senderSentAt: string[];
  expertReceivedAt: string[];
}

export interface ExpertContactRepository {
  /** The expert to write to, with the private address; null when there is no such expert. */
  target(expertId: string): Promise<ExpertContactTarget | null>;
  /**
   * In one transaction: reads the history, asks `allow` whether one more message fits the limits
   * and, only when it answers null, records the contact, queues the mail and appends the audit
   * row. Returns what `allow` answered, so two requests racing cannot both slip under a limit.
   */
  send<Refusal>(
    message: { expertId: string; senderId: string; to: string; replyTo: string; subject: string; text: string; at: string },
    allow: (history: ContactHistory) => Refusal | null,
  ): Promise<Refusal | null>;
}

/** What a curator's decision writes besides the state: the notice to the expert. */
export interface ProfileDecision {
  list: boolean;
  reason: string | null;
  curatorId: string;
  at: string;
  notice: (profile: ExpertProfile, person: { email: string; name: string }) => Notice;
}

export interface ExpertProfileRepository {
  /** The person's own profile; null when they have none. */
  mine(personId: string): Promise<ExpertProfile | null>;
  get(id: string): Promise<ExpertProfile | null>;
  /**
   * Creates or replaces the person's profile and records the consent, in one transaction with
   * its audit rows; withdrawing consent takes the directory entry down, or switches contact off,
   * in that same transaction.
   */
  save(person: { id: string; email: string }, input: { profile: ExpertProfileContent; consent: ExpertConsentChoice }, at: string): Promise<ExpertProfile>;
  /** Oldest change first. */
  list(query: { state: ExpertProfileState; limit: number }): Promise<ExpertProfile[]>;
  /** null when there is no such profile; `not-pending` when it waits for no check. */
  decide(id: string, decision: ProfileDecision): Promise<ExpertProfile | 'not-pending' | null>;
}

export interface PersonalDataRepository {
  /** Everything held about the person (audited); null when there is no such person. */
  export(personId: string, at: string): Promise<PersonalDataExport | null>;
  /** Erases the person (see DELETE /v1/me in the contract for what goes and what stays), audited with the id only. */
  erase(personId: string, at: string): Promise<void>;
}
