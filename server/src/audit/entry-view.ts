// How audit entries are shown to people: actors by name, and a submitter's own history without reviewers' identities.
import type { components } from '@mnh/contract';
import type { AuditView } from '../store/types.js';

type AuditEntryJson = components['schemas']['AuditEntry'];

/** As the log holds it, for curators: a person by id and name; `system` or `cli` as they are. */
export function entryJson(entry: AuditView): AuditEntryJson {
  return {
    id: entry.id,
    actor: actorJson(entry),
    action: entry.action,
    subject: entry.subject,
    at: entry.at,
    details: entry.details,
  };
}

function actorJson(entry: AuditView): AuditEntryJson['actor'] {
  if (entry.actorName !== null) return { id: entry.actor, name: entry.actorName };
  // Only `cli` and `system` are written without a person; anything else unknown is the hub's own doing.
  return entry.actor === 'cli' ? 'cli' : 'system';
}

/**
 * Details a submitter may see about a step someone else took. Reviews are anonymous to the
 * submitter and verdicts reach them only with the round's outcome, so anything naming a
 * reviewer, an assignment's person or a single verdict stays out: an allow-list, so that new
 * details added later are hidden until someone decides they are fine to show.
 */
const OWNER_VISIBLE_DETAILS: ReadonlySet<string> = new Set(['state', 'revision', 'round', 'file', 'mediaType', 'size', 'edits']);

/** The submitter's view: their own steps in full; others' as taken by `hub`, with only harmless details. */
export function ownerEntryJson(entry: AuditView, ownerId: string): AuditEntryJson {
  const full = entryJson(entry);
  if (entry.actor === ownerId || typeof full.actor === 'string') return full;
  const details = entry.details
    ? Object.fromEntries(Object.entries(entry.details).filter(([key]) => OWNER_VISIBLE_DETAILS.has(key)))
    : null;
  return { ...full, actor: 'hub', details: details && Object.keys(details).length > 0 ? details : null };
}

/**
 * Autosave writes an audit row every few seconds while a draft is edited; a history that lists
 * each would bury the steps that matter. A run of edits by one person becomes its last entry,
 * with `edits` counting the run. (The full log stays readable at GET /v1/audit.)
 */
export function collapseEdits(entries: readonly AuditView[]): AuditView[] {
  const out: AuditView[] = [];
  let run = 0;
  for (const entry of entries) {
    const previous = out.at(-1);
    if (entry.action === 'submission.edited' && previous?.action === 'submission.edited' && previous.actor === entry.actor) {
      run += 1;
      out[out.length - 1] = { ...entry, details: { ...entry.details, edits: run } };
    } else {
      run = 1;
      out.push(entry.action === 'submission.edited' ? { ...entry, details: { ...entry.details, edits: 1 } } : entry);
    }
  }
  return out;
}
