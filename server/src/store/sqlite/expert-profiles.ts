// Experts' own profiles on SQLite: saving with consent, the curator's check, and the directory entry that follows.
import type { ExpertProfile, ExpertProfileRepository } from '../expert-profile-types.js';
import { randomId } from '../ids.js';
import { prepared, type Db } from './connection.js';
import { audit, listInDirectory, PROFILE_COLUMNS, toProfile, type ProfileRow } from './expert-profile-rows.js';
import { writeNotices } from './notices.js';

export function sqliteExpertProfiles(db: Db): ExpertProfileRepository {
  const byPerson = (personId: string) =>
    prepared(db, `SELECT ${PROFILE_COLUMNS} FROM expert_profile p WHERE p.person_id = ?`).get(personId) as ProfileRow | undefined;
  const byId = (id: string) => prepared(db, `SELECT ${PROFILE_COLUMNS} FROM expert_profile p WHERE p.id = ?`).get(id) as ProfileRow | undefined;

  const save = db.transaction((person: { id: string; email: string }, input: Parameters<ExpertProfileRepository['save']>[1], at: string) => {
    const old = byPerson(person.id);
    const content = JSON.stringify(input.profile);
    const { listed, contact } = input.consent;
    // An unchanged profile keeps its check; any edit with consent to be listed goes back to a curator.
    const unchanged = old !== undefined && old.content === content && old.state !== 'draft';
    const state: ExpertProfile['state'] = !listed ? 'draft' : unchanged ? old.state : 'pending-check';
    const row = {
      id: old?.id ?? randomId('xpp'),
      person_id: person.id,
      expert_id: old?.expert_id ?? randomId('exp'),
      state,
      content,
      consent_listed: listed ? 1 : 0,
      consent_listed_at: old && old.consent_listed === (listed ? 1 : 0) ? old.consent_listed_at : at,
      consent_contact: contact ? 1 : 0,
      consent_contact_at: old && old.consent_contact === (contact ? 1 : 0) ? old.consent_contact_at : at,
      decline_reason: state === 'declined' ? old?.decline_reason ?? null : null,
      created_at: old?.created_at ?? at,
      updated_at: at,
    };
    prepared(
      db,
      `INSERT INTO expert_profile (id, person_id, expert_id, state, content, consent_listed, consent_listed_at, consent_contact,
         consent_contact_at, decline_reason, created_at, updated_at)
       VALUES (@id, @person_id, @expert_id, @state, @content, @consent_listed, @consent_listed_at, @consent_contact,
         @consent_contact_at, @decline_reason, @created_at, @updated_at)
       ON CONFLICT (person_id) DO UPDATE SET state = excluded.state, content = excluded.content,
         consent_listed = excluded.consent_listed, consent_listed_at = excluded.consent_listed_at,
         consent_contact = excluded.consent_contact, consent_contact_at = excluded.consent_contact_at,
         decline_reason = excluded.decline_reason, updated_at = excluded.updated_at`,
    ).run(row);
    // Withdrawn consent acts at once: out of the directory, or no more messages, in this same transaction.
    if (!listed && prepared(db, 'DELETE FROM expert WHERE id = ?').run(row.expert_id).changes > 0) {
      audit(db, { actor: person.id, action: 'expert.unlisted', subject: row.expert_id, at, details: { reason: 'consent-withdrawn' } });
    }
    prepared(db, 'UPDATE expert SET contact = ? WHERE id = ? AND contact <> ?').run(row.consent_contact, row.expert_id, row.consent_contact);
    audit(db, { actor: person.id, action: 'expert-profile.saved', subject: row.id, at, details: { state } });
    if (!old || old.consent_listed !== row.consent_listed || old.consent_contact !== row.consent_contact) {
      audit(db, { actor: person.id, action: 'expert.consent-recorded', subject: row.id, at, details: { listed, contact } });
    }
    return toProfile(byPerson(person.id)!);
  });

  const decide = db.transaction((id: string, decision: Parameters<ExpertProfileRepository['decide']>[1]) => {
    const old = byId(id);
    if (!old) return null;
    if (old.state !== 'pending-check') return 'not-pending' as const;
    const person = prepared(db, 'SELECT email, name FROM person WHERE id = ?').get(old.person_id) as { email: string; name: string };
    prepared(
      db,
      `UPDATE expert_profile SET state = ?, decline_reason = ?, checked_by = ?, checked_at = ?, updated_at = ? WHERE id = ?`,
    ).run(decision.list ? 'listed' : 'declined', decision.list ? null : decision.reason, decision.curatorId, decision.at, decision.at, id);
    if (decision.list) listInDirectory(db, toProfile(old), person.email, decision.at);
    audit(db, {
      actor: decision.curatorId,
      action: decision.list ? 'expert-profile.listed' : 'expert-profile.declined',
      subject: id,
      at: decision.at,
      details: decision.list ? { expert: old.expert_id } : { reason: decision.reason },
    });
    const profile = toProfile(byId(id)!);
    writeNotices(db, [decision.notice(profile, person)], decision.at);
    return profile;
  });

  return {
    async mine(personId) {
      const row = byPerson(personId);
      return row ? toProfile(row) : null;
    },
    async get(id) {
      const row = byId(id);
      return row ? toProfile(row) : null;
    },
    async save(person, input, at) {
      return save.immediate(person, input, at);
    },
    async list({ state, limit }) {
      const rows = prepared(db, `SELECT ${PROFILE_COLUMNS} FROM expert_profile p WHERE p.state = ? ORDER BY p.updated_at, p.id LIMIT ?`).all(
        state,
        limit,
      ) as ProfileRow[];
      return rows.map(toProfile);
    },
    async decide(id, decision) {
      return decide.immediate(id, decision);
    },
  };
}
