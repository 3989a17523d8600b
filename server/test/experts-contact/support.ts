// What the expert-contact tests start from: demo accounts, planted experts with private addresses, and every response kept for a scan.
import { seedAccountsIfEmpty } from '../../src/seed/accounts.js';
import type { ExpertRecord } from '../../src/store/types.js';
import { authHub, signIn, type AuthHub } from '../auth/support.js';
import { call, type Checked } from '../helpers/contract-check.js';
import { canaryExpert, CANARY, memoryLogger } from '../helpers/hub.js';

/** Three experts, each with a private address that must never come back. */
export const EXPERTS: ExpertRecord[] = [0, 1, 2].map((n) => ({
  ...canaryExpert(),
  id: `exp_canary000${n + 1}`,
  name: `Canary Expert ${n + 1}`,
  email: n === 0 ? CANARY.expertEmail : `canary.expert${n + 1}.k2p@private.example.org`,
}));
export const PRIVATE_ADDRESSES = EXPERTS.map((e) => e.email);

export interface ContactHub extends AuthHub {
  lines: Record<string, unknown>[];
  /** Every response this hub gave through `ask`. */
  responses: Checked[];
  /** An access token for `email`, signing in the first time (or again with `fresh`, after the clock moved past its expiry). */
  token(email: string, fresh?: boolean): Promise<string>;
  ask(token: string | null, path: string, init?: { method?: string; json?: unknown }): Promise<Checked>;
  contact(token: string, expertId: string, body?: unknown): Promise<Checked>;
}

export async function contactHub(): Promise<ContactHub> {
  const { logger, lines } = memoryLogger();
  const hub = await authHub({ logger });
  await seedAccountsIfEmpty(hub.store);
  await hub.store.experts.insertMany(EXPERTS);
  const responses: Checked[] = [];
  const tokens = new Map<string, string>();
  const ask: ContactHub['ask'] = async (token, path, init = {}) => {
    const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
    if (init.json !== undefined) headers['Content-Type'] = 'application/json';
    const res = await call(hub.app, path, {
      method: init.method ?? 'GET',
      headers,
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
    });
    responses.push(res);
    return res;
  };
  return {
    ...hub,
    lines,
    responses,
    ask,
    async token(email, fresh = false) {
      let token = fresh ? undefined : tokens.get(email);
      if (!token) tokens.set(email, (token = (await signIn(hub, email)).accessToken));
      return token;
    },
    contact: (token, expertId, body = { subject: 'Fair recruitment in Kenya', message: 'Could we talk about your work on recruitment fees?' }) =>
      ask(token, `/v1/experts/${expertId}/contact`, { method: 'POST', json: body }),
  };
}

/** A complete profile an expert writes about themselves. */
export function ownProfile(name = 'Nadia Selim') {
  return {
    name,
    title: 'Researcher in labour migration',
    organisation: { name: 'Institute for Mobility Studies', kind: 'academia' as const },
    expertise: { objectives: [6, 18], themes: [] },
    regions: ['africa' as const],
    countries: ['KEN'],
    languages: ['en', 'ar'],
    bio: 'Works on fair recruitment corridors between East Africa and the Gulf.',
    links: [{ title: 'Publications', url: 'https://example.org/nadia' }],
  };
}
