// A resource through the review pipeline: its own checklist, then three approvals publish it in the library at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { components } from '@mnh/contract';
import { seedAccountsIfEmpty } from '../../src/seed/accounts.js';
import { signIn, type AuthHub, authHub } from '../auth/support.js';
import { as } from '../submissions/support.js';
import type { ProblemBody, ResourcePage } from './support.js';

type Draft = components['schemas']['SubmissionDraft'];
type Submission = components['schemas']['Submission'];
type Resource = components['schemas']['Resource'];

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(64, 0x20), Buffer.from('\n%%EOF\n')]);

/** Everything a resource needs to be submitted; the contributor works for the Mexican ministry, the publisher is elsewhere. */
function resourceDraft(bird = 'Osprey'): Draft {
  return {
    kind: 'resource',
    title: `${bird} handbook on bilateral labour agreements`,
    summary: 'How to negotiate, monitor and evaluate bilateral labour migration agreements.',
    description: 'Checklists for each stage of an agreement, drawn from twelve corridors.',
    resourceType: 'guidance',
    objectives: [5, 6],
    publisher: { name: 'Osprey Labour Institute', kind: 'academia' },
    language: 'en',
    resourceLanguages: ['en', 'es'],
    countries: ['MEX'],
    url: 'https://example.org/osprey-handbook',
    year: 2023,
  };
}

let hub: AuthHub;
let tokens: Record<'owner' | 'curator' | 'un' | 'civil' | 'academia', string>;

// Signing in costs a slow hash per person: one hub for the file, each test with drafts of its own.
beforeAll(async () => {
  hub = await authHub();
  await seedAccountsIfEmpty(hub.store);
  const emails = {
    owner: 'contributor1@example.org',
    curator: 'curator@example.org',
    un: 'reviewer1@example.org',
    civil: 'reviewer3@example.org',
    academia: 'reviewer4@example.org',
  } as const;
  const entries = await Promise.all(Object.entries(emails).map(async ([role, email]) => [role, (await signIn(hub, email)).accessToken]));
  tokens = Object.fromEntries(entries) as typeof tokens;
});
afterAll(() => hub.close());

async function draft(content: Draft): Promise<Submission> {
  const res = await as(hub, tokens.owner, '/v1/submissions', { method: 'POST', json: content });
  expect(res.status, res.text).toBe(201);
  return res.json as Submission;
}

async function submit(id: string) {
  return as(hub, tokens.owner, `/v1/submissions/${id}/submit`, { method: 'POST' });
}

async function attachPdf(id: string): Promise<void> {
  const res = await as(hub, tokens.owner, `/v1/submissions/${id}/files?filename=handbook.pdf`, {
    method: 'POST',
    body: new Uint8Array(PDF),
    headers: { 'Content-Type': 'application/pdf' },
  });
  expect(res.status, res.text).toBe(201);
}

/** The curator assigns a UN, a civil-society and an academic reviewer; each approves. */
async function reviewAndApprove(id: string): Promise<void> {
  const people = (await as(hub, tokens.curator, `/v1/submissions/${id}/reviewer-suggestions`)).json as {
    items: { reviewer: { id: string; name: string } }[];
  };
  const idOf = (name: string) => people.items.find((s) => s.reviewer.name === name)?.reviewer.id;
  for (const name of ['Hana Haddad', 'Kwame Kariuki', 'Ines Lemaire']) {
    const res = await as(hub, tokens.curator, `/v1/submissions/${id}/assignments`, { method: 'POST', json: { reviewerId: idOf(name) } });
    expect(res.status, res.text).toBe(201);
  }
  const criteria = { applied: '', relevant: 'Yes.', coherent: '', innovative: '', replicable: '', crossCutting: '', timely: '' };
  for (const token of [tokens.un, tokens.civil, tokens.academia]) {
    const res = await as(hub, token, `/v1/submissions/${id}/reviews/mine`, {
      method: 'PUT',
      json: { verdict: 'approve', criteria, comment: 'Useful.' },
    });
    expect(res.status, res.text).toBe(201);
  }
}

describe('the checklist for resources', () => {
  it.each([
    ['title', '/title'],
    ['summary', '/summary'],
    ['resourceType', '/resourceType'],
    ['objectives', '/objectives'],
    ['publisher', '/publisher'],
    ['url', '/url'],
    ['language', '/language'],
  ] as const)('refuses a resource without %s, naming %s', async (field, pointer) => {
    const { [field]: _dropped, ...rest } = resourceDraft();
    const res = await submit((await draft(rest)).id);
    expect(res.status).toBe(422);
    expect(((res.json as ProblemBody).errors ?? []).map((e) => e.field)).toEqual([pointer]);
  });

  it('asks a resource for none of what only practices need', async () => {
    const res = await submit((await draft(resourceDraft())).id);
    expect(res.status, res.text).toBe(200);
    expect((res.json as Submission).state).toBe('submitted');
  });

  it('takes an attached file instead of an address', async () => {
    const { url: _url, ...withoutUrl } = resourceDraft();
    const created = await draft(withoutUrl);
    await attachPdf(created.id);
    expect((await submit(created.id)).status).toBe(200);
  });
});

describe('publishing a resource', () => {
  it('appears in the library, with its facets, as soon as the last reviewer approves', async () => {
    const created = await draft(resourceDraft());
    expect((await submit(created.id)).status).toBe(200);
    const before = (await as(hub, null, '/v1/resources?q=osprey')).json as ResourcePage;
    expect(before.total).toBe(0);

    await reviewAndApprove(created.id);

    const found = (await as(hub, null, '/v1/resources?q=osprey&type=guidance&language=es&country=MEX')).json as ResourcePage;
    expect(found.items.map((r) => r.title)).toEqual(['Osprey handbook on bilateral labour agreements']);
    const full = (await as(hub, null, `/v1/resources/${found.items[0]?.slug}`)).json as Resource;
    expect(full).toMatchObject({
      type: 'guidance',
      publisher: { name: 'Osprey Labour Institute', kind: 'academia' },
      objectives: [5, 6],
      regions: ['americas'],
      scope: 'national',
      year: 2023,
      resourceLanguages: ['en', 'es'],
      url: 'https://example.org/osprey-handbook',
    });
    expect((await as(hub, null, '/v1/practices?q=osprey')).json).toMatchObject({ total: 0 });
    expect((await as(hub, tokens.owner, `/v1/submissions/${created.id}`)).json).toMatchObject({ state: 'published' });
  });

  it('serves the attached file from the library when the resource has no address of its own', async () => {
    const { url: _url, ...withoutUrl } = resourceDraft('Heron');
    const created = await draft(withoutUrl);
    await attachPdf(created.id);
    expect((await submit(created.id)).status).toBe(200);
    await reviewAndApprove(created.id);

    const [listed] = ((await as(hub, null, '/v1/resources?q=heron')).json as ResourcePage).items;
    expect(listed?.url).toMatch(/^http:\/\/localhost:8787\/v1\/resources\/res_[0-9a-z]+\/file$/);
    const path = new URL(listed?.url ?? '').pathname;
    const file = await hub.app.request(path);
    expect(file.status).toBe(200);
    expect(file.headers.get('Content-Type')).toBe('application/pdf');
    expect(file.headers.get('Content-Disposition')).toMatch(/^attachment; filename="handbook\.pdf"/);
    expect(file.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(Buffer.from(await file.arrayBuffer()).equals(PDF)).toBe(true);
    expect((await hub.app.request(`/v1/resources/${listed?.slug}/file`)).status).toBe(200);

    // Feeds and exports leave the hub too: the file's address carries the hub's origin there as well.
    const exported = await (await hub.app.request('/v1/resources/export.jsonl?q=heron')).text();
    expect(JSON.parse(exported.trim()).url).toBe(listed?.url);
    const csv = await (await hub.app.request('/v1/resources/export.csv?q=heron')).text();
    expect(csv).toContain(listed?.url);
    const feed = (await (await hub.app.request('/v1/resources/feed.json?q=heron')).json()) as { items: { external_url?: string }[] };
    expect(feed.items[0]?.external_url).toBe(listed?.url);
  });

  it('has no file to serve for a resource with an address, nor for one not published', async () => {
    const created = await draft(resourceDraft('Plover'));
    await attachPdf(created.id);
    expect((await submit(created.id)).status).toBe(200);
    await reviewAndApprove(created.id);
    const [listed] = ((await as(hub, null, '/v1/resources?q=plover')).json as ResourcePage).items;
    expect((await as(hub, null, `/v1/resources/${listed?.id}/file`)).status).toBe(404);
    expect((await as(hub, null, '/v1/resources/res_unknown0001/file')).status).toBe(404);
  });
});
