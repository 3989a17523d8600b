// Conversions between experts' own profiles and rows of `expert_profile`, and the directory entry a listed one becomes.
import type { ExpertProfile, ExpertProfileContent } from '../expert-profile-types.js';
import type { ExpertRecord } from '../types.js';
import { prepared, type Db } from './connection.js';
import { INSERTED_COLUMNS, toExpertParams } from './expert-rows.js';

export interface ProfileRow {
  id: string;
  person_id: string;
  expert_id: string;
  state: ExpertProfile['state'];
  content: string;
  consent_listed: number;
  consent_listed_at: string;
  consent_contact: number;
  consent_contact_at: string;
  decline_reason: string | null;
  checked_by: string | null;
  checked_at: string | null;
  created_at: string;
  updated_at: string;
  in_directory: number;
}

/** Every profile column, and whether a checked version is in the directory now. */
export const PROFILE_COLUMNS = `p.*, EXISTS (SELECT 1 FROM expert e WHERE e.id = p.expert_id) AS in_directory`;

export function toProfile(row: ProfileRow): ExpertProfile {
  const later = row.consent_listed_at > row.consent_contact_at ? row.consent_listed_at : row.consent_contact_at;
  return {
    id: row.id,
    expertId: row.expert_id,
    personId: row.person_id,
    state: row.state,
    profile: JSON.parse(row.content) as ExpertProfileContent,
    consent: {
      listed: row.consent_listed === 1,
      contact: row.consent_contact === 1,
      listedAt: row.consent_listed_at,
      contactAt: row.consent_contact_at,
      recordedAt: later,
    },
    inDirectory: row.in_directory === 1,
    declineReason: row.decline_reason,
    checkedAt: row.checked_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const COLUMNS = [...INSERTED_COLUMNS, 'person_id', 'contact'];
const UPSERT = `INSERT INTO expert (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')})
  ON CONFLICT (id) DO UPDATE SET ${COLUMNS.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`).join(', ')}`;

/** Puts the profile's checked content in the directory (or refreshes it there); the update path re-indexes through the triggers. */
export function listInDirectory(db: Db, profile: ExpertProfile, email: string, at: string): void {
  const record: ExpertRecord = { id: profile.expertId, ...profile.profile, updatedAt: at, email, phone: null };
  prepared(db, UPSERT).run({ ...toExpertParams(record), person_id: profile.personId, contact: profile.consent.contact ? 1 : 0 });
}

export function audit(db: Db, entry: { actor: string; action: string; subject: string; at: string; details: Record<string, unknown> | null }): void {
  prepared(db, 'INSERT INTO audit_log (actor, action, subject, at, details) VALUES (?, ?, ?, ?, ?)').run(
    entry.actor,
    entry.action,
    entry.subject,
    entry.at,
    entry.details === null ? null : JSON.stringify(entry.details),
  );
}
