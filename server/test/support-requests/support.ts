// What support-request tests start from: the seeded hub (demo accounts, experts, practices), people signed in, and a valid request.
import type { components } from '@mnh/contract';
import { call, type Checked } from '../helpers/contract-check.js';
import { appOn, seededStore } from '../helpers/hub.js';
import { signIn, testClock, type AuthHub } from '../auth/support.js';

export type SupportRequest = components['schemas']['SupportRequest'];

export const PEOPLE = {
  requester: 'contributor1@example.org',
  other: 'contributor2@example.org',
  curator: 'curator@example.org',
  reviewer: 'reviewer1@example.org',
} as const;
export type Who = keyof typeof PEOPLE;

export interface SupportHub extends AuthHub {
  tokens: Record<Who, string>;
  ids: Record<Who, string>;
  /** Sends `body` as JSON (or nothing) with `who`'s token. */
  send(who: Who, method: string, path: string, body?: unknown): Promise<Checked>;
  /** Mail queued to `email` since the start, newest first. */
  mailTo(email: string): Promise<{ subject: string; text: string }[]>;
}

export function validRequest(): components['schemas']['NewSupportRequest'] {
  return {
    requestingEntity: 'Ministry of Interior, Senegal',
    country: 'SEN',
    objectives: [10, 7],
    kinds: ['training', 'technical-advice'],
    description: 'Border officials need training to identify victims of trafficking and refer them to protection services.',
    timeline: 'Within the next nine months',
    languages: ['fr', 'en'],
    contact: { name: 'Awa Diop', position: 'Director of borders' },
  };
}

export async function supportHub(): Promise<SupportHub> {
  const store = await seededStore();
  const clock = testClock();
  const app = appOn(store, { clock: clock.now });
  const hub: AuthHub = { store, app, clock, close: () => store.close() };
  const tokens = {} as Record<Who, string>;
  const ids = {} as Record<Who, string>;
  for (const [who, email] of Object.entries(PEOPLE) as [Who, string][]) {
    const session = await signIn(hub, email);
    tokens[who] = session.accessToken;
    ids[who] = session.user.id;
  }
  return {
    ...hub,
    tokens,
    ids,
    send(who, method, path, body) {
      const headers: Record<string, string> = { Authorization: `Bearer ${tokens[who]}` };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      return call(app, path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    },
    async mailTo(email) {
      return (await store.outbox.list(1000)).filter((m) => m.to === email).map((m) => ({ subject: m.subject, text: m.text }));
    },
  };
}

/** Creates a request as `who` (the requester by default) and returns it, failing loudly when that does not work. */
export async function asked(hub: SupportHub, who: Who = 'requester', body: unknown = validRequest()): Promise<SupportRequest> {
  const res = await hub.send(who, 'POST', '/v1/support-requests', body);
  if (res.status !== 201) throw new Error(`creating a support request failed (${res.status}): ${res.text}`);
  return res.json as SupportRequest;
}
