// The support-request state machine: which move is allowed from which state, and what each move needs.
import type { SupportState } from '../store/support-types.js';

/**
 * received → under-assessment → matched → in-progress → completed; any open state may be declined.
 * Completed and declined are final. Anything not listed here is refused.
 */
export const TRANSITIONS: Readonly<Record<SupportState, readonly SupportState[]>> = {
  received: ['under-assessment', 'declined'],
  'under-assessment': ['matched', 'declined'],
  matched: ['in-progress', 'declined'],
  'in-progress': ['completed', 'declined'],
  completed: [],
  declined: [],
};

/** States in which experts may still be assigned. */
export const ASSIGNABLE: ReadonlySet<SupportState> = new Set(['under-assessment', 'matched', 'in-progress']);

export interface TransitionAsk {
  to: SupportState;
  reason?: string;
  agreement?: string;
}

/** Why the move is refused, as a field and a sentence; null when it is allowed. */
export function refusal(from: SupportState, ask: TransitionAsk, assignedExperts: number): { field: string; message: string } | null {
  const allowed = TRANSITIONS[from];
  if (!allowed.includes(ask.to)) {
    const options = allowed.length > 0 ? `it can move to ${allowed.join(' or ')}` : 'it is closed';
    return { field: '/to', message: `A ${from} request cannot move to ${ask.to}: ${options}.` };
  }
  if (ask.to === 'declined' && !ask.reason?.trim()) {
    return { field: '/reason', message: 'Declining a request needs a reason; the requester is told it.' };
  }
  if (ask.to === 'matched' && assignedExperts === 0) {
    return { field: '/to', message: 'Assign at least one expert before marking the request matched.' };
  }
  return null;
}
