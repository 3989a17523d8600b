// Authorisation-matrix fixtures for contacting experts, experts' own profiles and a person's data.
import type { Fixture } from '../auth/matrix-fixtures.js';
import type { World } from '../auth/matrix-world.js';
import { canaryExpert } from '../helpers/hub.js';
import { ownProfile } from './support.js';

const EXPERT = canaryExpert();

/** Puts an expert in the directory once, whichever fixture asks first. */
async function listedExpert(w: World): Promise<string> {
  if (!(await w.store.experts.get(EXPERT.id))) await w.store.experts.insertMany([EXPERT]);
  return EXPERT.id;
}

/** Saves a profile for whoever holds `token`, consenting to be listed, so it waits for a curator. */
async function profileOf(w: World, token: string): Promise<string> {
  const res = await w.app.request('/v1/me/expert-profile', {
    method: 'PUT',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ profile: ownProfile(), consent: { listed: true, contact: true } }),
  });
  if (res.status !== 200) throw new Error(`the matrix cannot save an expert profile (${res.status}): ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

export const EXPERT_CONTACT_FIXTURES: Record<string, Fixture> = {
  contactExpert: {
    as: 'contributor',
    status: 202,
    params: async (w) => ({ expert: await listedExpert(w) }),
    json: () => ({ subject: 'A question from the matrix', message: 'Hello.' }),
  },
  getMyExpertProfile: {
    as: 'contributor',
    status: 200,
    params: async (w) => {
      await profileOf(w, w.tokens.contributor);
      return {};
    },
  },
  putMyExpertProfile: { as: 'contributor', status: 200, json: () => ({ profile: ownProfile(), consent: { listed: false, contact: false } }) },
  listExpertProfiles: { as: 'curator', status: 200 },
  decideExpertProfile: {
    as: 'curator',
    status: 200,
    params: async (w) => ({ profile: await profileOf(w, w.tokens.owner) }),
    json: () => ({ decision: 'list' }),
  },
  exportMyData: { as: 'contributor', status: 200 },
  // Erasing ends the person: someone the other fixtures never use.
  deleteMe: { as: 'leaver', status: 204, freshSession: true },
};
