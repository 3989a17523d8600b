// How many messages a person may send to experts, and an expert receive, before the hub says "later".
import type { ContactHistory, ContactLimits } from '../store/expert-profile-types.js';

/** Enough for real enquiries, too few for a mailing campaign; an expert is never flooded through the hub. */
export const CONTACT_LIMITS: ContactLimits = { perSenderHour: 5, perSenderDay: 20, perExpertDay: 10 };

const HOUR_MS = 60 * 60_000;
const DAY_MS = 24 * HOUR_MS;

export interface ContactRefusal {
  limit: 'sender-hour' | 'sender-day' | 'expert-day';
  /** Whole seconds until one more message fits (at least 1). */
  retryAfterSeconds: number;
  detail: string;
}

/**
 * When `times` (ISO, oldest first) already hold `max` messages within `windowMs` before `now`,
 * the seconds until the oldest of the last `max` leaves the window; null when one more fits.
 */
function wait(times: readonly string[], max: number, windowMs: number, now: number): number | null {
  const inWindow = times.map(Date.parse).filter((t) => t > now - windowMs);
  if (inWindow.length < max) return null;
  const freesUp = inWindow[inWindow.length - max]! + windowMs;
  return Math.max(1, Math.ceil((freesUp - now) / 1000));
}

/** The refusal with the longest wait among the limits reached, or null when the message may go. */
export function contactRefusal(limits: ContactLimits, history: ContactHistory, now: Date): ContactRefusal | null {
  const at = now.getTime();
  const checks: [ContactRefusal['limit'], number | null, string][] = [
    ['sender-hour', wait(history.senderSentAt, limits.perSenderHour, HOUR_MS, at), `You can write ${limits.perSenderHour} messages an hour to experts.`],
    ['sender-day', wait(history.senderSentAt, limits.perSenderDay, DAY_MS, at), `You can write ${limits.perSenderDay} messages a day to experts.`],
    ['expert-day', wait(history.expertReceivedAt, limits.perExpertDay, DAY_MS, at), 'This expert has received as many messages through the hub as they can today.'],
  ];
  let refusal: ContactRefusal | null = null;
  for (const [limit, seconds, detail] of checks) {
    if (seconds !== null && (refusal === null || seconds > refusal.retryAfterSeconds)) refusal = { limit, retryAfterSeconds: seconds, detail };
  }
  return refusal;
}
