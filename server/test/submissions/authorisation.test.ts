// Who may do what with a submission: every operation × anonymous, another contributor, the owner and a curator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, completeDraft, createDraft, submissionHub, type Submission, type SubmissionHub } from './support.js';
import { PNG_BYTES } from './fixtures.js';

let hub: SubmissionHub;
beforeAll(async () => {
  hub = await submissionHub();
});
afterAll(() => hub.close());

type Who = 'anonymous' | 'other' | 'owner' | 'curator';

interface Operation {
  name: string;
  /** The request, given a fresh draft of the owner's (with one file attached). */
  request(draft: Submission, fileId: string): { path: string; init: RequestInit & { json?: unknown } };
  expected: Record<Who, number>;
}

const OPERATIONS: Operation[] = [
  {
    name: 'read',
    request: (d) => ({ path: `/v1/submissions/${d.id}`, init: {} }),
    expected: { anonymous: 401, other: 404, owner: 200, curator: 200 },
  },
  {
    name: 'edit',
    request: (d) => ({ path: `/v1/submissions/${d.id}`, init: { method: 'PATCH', json: { title: 'Taken over' } } }),
    expected: { anonymous: 401, other: 404, owner: 200, curator: 403 },
  },
  {
    name: 'attach a file',
    request: (d) => ({
      path: `/v1/submissions/${d.id}/files?filename=map.png`,
      init: { method: 'POST', headers: { 'Content-Type': 'image/png' }, body: PNG_BYTES },
    }),
    expected: { anonymous: 401, other: 404, owner: 201, curator: 403 },
  },
  {
    name: 'download a file',
    request: (d, fileId) => ({ path: `/v1/submissions/${d.id}/files/${fileId}`, init: {} }),
    expected: { anonymous: 401, other: 404, owner: 200, curator: 200 },
  },
  {
    name: 'submit',
    request: (d) => ({ path: `/v1/submissions/${d.id}/submit`, init: { method: 'POST' } }),
    expected: { anonymous: 401, other: 404, owner: 200, curator: 403 },
  },
  {
    name: 'withdraw',
    request: (d) => ({ path: `/v1/submissions/${d.id}/withdraw`, init: { method: 'POST' } }),
    expected: { anonymous: 401, other: 404, owner: 200, curator: 403 },
  },
];

const WHO: Who[] = ['anonymous', 'other', 'owner', 'curator'];

function tokenOf(who: Who): string | null {
  return who === 'anonymous' ? null : hub.tokens[who];
}

async function draftWithFile(): Promise<[Submission, string]> {
  const draft = await createDraft(hub, hub.tokens.owner, { ...completeDraft(), focalPoint: { name: 'Kofi Mensah', email: 'k.mensah@example.gov.gh' } });
  const upload = await as(hub, hub.tokens.owner, `/v1/submissions/${draft.id}/files?filename=a.png`, {
    method: 'POST',
    headers: { 'Content-Type': 'image/png' },
    body: PNG_BYTES,
  });
  return [draft, (upload.json as { id: string }).id];
}

describe.each(OPERATIONS)('$name', (operation) => {
  it.each(WHO)('as %s', async (who) => {
    const [draft, fileId] = await draftWithFile();
    const before = (await hub.store.submissions.get(draft.id))?.revision;
    const { path, init } = operation.request(draft, fileId);
    const res = await as(hub, tokenOf(who), path, init);
    expect(res.status).toBe(operation.expected[who]);
    if (res.status >= 400) {
      expect(res.headers.get('Content-Type')).toBe('application/problem+json');
      // Refused means unchanged, and a 404 says nothing that an unknown id would not.
      expect((await hub.store.submissions.get(draft.id))?.revision).toBe(before);
      expect(res.text).not.toContain(completeDraft().title as string);
    }
    if (res.status === 404) {
      const unknown = await as(hub, tokenOf(who), path.replace(draft.id, 'sub_doesnotexist0000'), init);
      expect(unknown.status).toBe(404);
      expect((unknown.json as { title: string }).title).toBe((res.json as { title: string }).title);
    }
  });
});

describe('creating and listing', () => {
  it('needs sign-in', async () => {
    expect((await as(hub, null, '/v1/submissions', { method: 'POST', json: { title: 'x' } })).status).toBe(401);
    expect((await as(hub, null, '/v1/submissions')).status).toBe(401);
    expect((await as(hub, 'bm90LWEtdG9rZW4tbm90LWEtdG9rZW4tbm90LWEtdG9rZW4', '/v1/submissions')).status).toBe(401);
  });

  it('shows a contributor only their own submissions and a curator everyone’s', async () => {
    const mine = await createDraft(hub, hub.tokens.owner);
    const theirs = await createDraft(hub, hub.tokens.other, { title: 'Other contributor’s draft' });
    await as(hub, hub.tokens.other, `/v1/submissions/${theirs.id}`, { method: 'PATCH', json: { title: 'Still theirs' } });
    const ids = async (token: string, query = '') =>
      ((await as(hub, token, `/v1/submissions${query}`)).json as { items: Submission[] }).items.map((s) => s.id);
    expect(await ids(hub.tokens.owner)).toContain(mine.id);
    expect(await ids(hub.tokens.owner)).not.toContain(theirs.id);
    expect(await ids(hub.tokens.other)).not.toContain(mine.id);
    expect(await ids(hub.tokens.curator)).toEqual(expect.arrayContaining([mine.id, theirs.id]));

    await as(hub, hub.tokens.owner, `/v1/submissions/${mine.id}/submit`, { method: 'POST' });
    expect(await ids(hub.tokens.curator, '?state=submitted')).toContain(mine.id);
    expect(await ids(hub.tokens.curator, '?state=submitted')).not.toContain(theirs.id);
  });

  it('never shows a curator the focal point’s contact, which only its submitter entered', async () => {
    const [draft] = await draftWithFile();
    const asCurator = await as(hub, hub.tokens.curator, `/v1/submissions/${draft.id}`);
    expect(asCurator.text).not.toContain('k.mensah@example.gov.gh');
    const list = await as(hub, hub.tokens.curator, '/v1/submissions?limit=100');
    expect(list.text).not.toContain('k.mensah@example.gov.gh');
    const asOwner = await as(hub, hub.tokens.owner, `/v1/submissions/${draft.id}`);
    expect((asOwner.json as Submission).content.focalPoint?.email).toBe('k.mensah@example.gov.gh');
  });
});
