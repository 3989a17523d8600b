// Suggestions for the desk: experts by objective, region, language and availability; similar published practices.
import type { components } from '@mnh/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY, canaryExpert, canaryPractices } from '../helpers/hub.js';
import { asked, supportHub, type SupportHub } from './support.js';

type Suggestions = components['schemas']['SupportSuggestions'];

let hub: SupportHub;
beforeAll(async () => {
  hub = await supportHub();
  // An expert matching the request on every count (named to come first among equals) with a private email, and a practice (published, and a draft) written like the request.
  await hub.store.experts.insertMany([{ ...canaryExpert(), name: 'Aa Canary Expertperson', expertise: { objectives: [10, 7], themes: [] }, regions: ['africa'], languages: ['fr', 'en'] }]);
  const [published, draft] = canaryPractices();
  const text = { description: 'Border officials trained to identify victims of trafficking and refer them to protection services.' };
  await hub.store.practices.insertMany([
    { ...published!, ...text, title: 'Referral of trafficking victims at borders', objectives: [23], regions: ['europe'] },
    { ...draft!, ...text, title: 'Unpublished referral draft', objectives: [10], regions: ['africa'] },
  ]);
}, 60_000);
afterAll(() => hub.close());

const suggest = async (id: string) => {
  const res = await hub.send('curator', 'GET', `/v1/support-requests/${id}/suggestions`);
  expect(res.status).toBe(200);
  return { json: res.json as Suggestions, text: res.text };
};
const assess = (id: string) => hub.send('curator', 'POST', `/v1/support-requests/${id}/transition`, { to: 'under-assessment' });

describe('expert suggestions', () => {
  // First: the later tests make the planted expert busy.
  it('never returns an expert’s email or phone', async () => {
    const { id } = await asked(hub);
    const { json, text } = await suggest(id);
    expect(json.experts.map((e) => e.id)).toContain('exp_canary0001');
    expect(text).not.toContain(CANARY.expertEmail);
    expect(text).not.toContain(CANARY.expertPhone);
  });

  it('suggests experts sharing the request’s objectives or region, best matches first, speaking its languages', async () => {
    const { id } = await asked(hub);
    const { json } = await suggest(id);
    expect(json.experts.length).toBe(10);
    for (const expert of json.experts) expect(expert.objectives.length > 0 || expert.inRegion, expert.name).toBe(true);
    const top = json.experts[0]!;
    expect(top.objectives.length).toBeGreaterThan(0);
    expect(top.inRegion).toBe(true);
    expect(top.languages.length).toBeGreaterThan(0);
  });

  it('ranks a busy expert below the one they matched equally with', async () => {
    const { id } = await asked(hub);
    const before = (await suggest(id)).json.experts;
    const busy = before[0]!;
    for (let n = 0; n < 3; n++) {
      const other = await asked(hub, 'other');
      await assess(other.id);
      const made = await hub.send('curator', 'POST', `/v1/support-requests/${other.id}/assignments`, { expertId: busy.id });
      expect(made.status).toBe(201);
    }
    const after = (await suggest(id)).json.experts;
    const now = after.findIndex((e) => e.id === busy.id);
    expect(now === -1 || now > 0).toBe(true);
    if (now !== -1) expect(after[now]!.openAssignments).toBe(3);
  });

  it('leaves out experts already assigned to the request', async () => {
    const { id } = await asked(hub);
    await assess(id);
    const first = (await suggest(id)).json.experts[0]!;
    await hub.send('curator', 'POST', `/v1/support-requests/${id}/assignments`, { expertId: first.id });
    expect((await suggest(id)).json.experts.map((e) => e.id)).not.toContain(first.id);
  });

  it('is for curators only', async () => {
    const { id } = await asked(hub);
    expect((await hub.send('requester', 'GET', `/v1/support-requests/${id}/suggestions`)).status).toBe(403);
  });
});

describe('similar practices', () => {
  it('finds a published practice by the words of the description, even in another region and objective, never a draft', async () => {
    const { id } = await asked(hub);
    const { json, text } = await suggest(id);
    expect(json.practices.map((p) => p.title)).toContain('Referral of trafficking victims at borders');
    expect(text).not.toContain('Unpublished referral draft');
    expect(text).not.toContain(CANARY.focalEmail);
  });

  it('ranks practices on the same objectives and region', async () => {
    const { id } = await asked(hub);
    const { json } = await suggest(id);
    expect(json.practices.length).toBeGreaterThan(1);
    expect(json.practices.filter((p) => p.objectives.length > 0 || p.inRegion).length).toBeGreaterThan(0);
  });
});
