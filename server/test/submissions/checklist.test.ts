// The Hub's checklist at submission: every item, failing alone, names its field; drafts may be anything in between.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { as, completeDraft, createDraft, submissionHub, type Draft, type Submission, type SubmissionHub } from './support.js';

let hub: SubmissionHub;
beforeEach(async () => {
  hub = await submissionHub();
});
afterEach(() => hub.close());

interface Problem {
  status: number;
  errors?: { field: string; in: string; message: string }[];
}

async function submitAs(token: string, draft: Draft) {
  const created = await createDraft(hub, token, draft);
  return as(hub, token, `/v1/submissions/${created.id}/submit`, { method: 'POST' });
}

function without<K extends keyof Draft>(key: K): Draft {
  const { [key]: _dropped, ...rest } = completeDraft();
  return rest;
}

const justified = (principle: string, justification: string) => ({ principle, justification }) as NonNullable<Draft['principles']>[number];

const CASES: [name: string, draft: Draft, fields: string[]][] = [
  ['no title', without('title'), ['/title']],
  ['no summary', { ...completeDraft(), summary: '   ' }, ['/summary']],
  ['no description', without('description'), ['/description']],
  ['no objective', { ...completeDraft(), objectives: [] }, ['/objectives']],
  ['no self-assessment', without('principles'), ['/principles']],
  [
    'a principle without justification',
    { ...completeDraft(), principles: [justified('human-rights', 'Workers are protected at every step.'), justified('gender-responsive', 'yes')] },
    ['/principles/1/justification'],
  ],
  [
    'a principle claimed twice',
    { ...completeDraft(), principles: [justified('human-rights', 'Workers are protected at every step.'), justified('human-rights', 'Workers are protected at every step.')] },
    ['/principles/1/principle'],
  ],
  ['no implementation period', without('implementation'), ['/implementation']],
  ['no start year', { ...completeDraft(), implementation: { endYear: 2023, status: 'completed' } }, ['/implementation/startYear']],
  ['a completed practice without end year', { ...completeDraft(), implementation: { startYear: 2019, status: 'completed' } }, ['/implementation/endYear']],
  ['an end before the start', { ...completeDraft(), implementation: { startYear: 2020, endYear: 2018, status: 'completed' } }, ['/implementation/endYear']],
  ['an ongoing practice', { ...completeDraft(), implementation: { startYear: 2019, endYear: null, status: 'ongoing' } }, ['/implementation/status', '/implementation/endYear']],
  ['no status', { ...completeDraft(), implementation: { startYear: 2019, endYear: 2021 } }, ['/implementation/status']],
  // Without an implementer the submitter cannot be it, so the focal point is asked for too.
  ['no implementing organisation', without('organisation'), ['/organisation', '/focalPoint']],
];

describe('the submission checklist', () => {
  it.each(CASES)('refuses %s with a 422 naming exactly its fields', async (_name, draft, fields) => {
    const res = await submitAs(hub.tokens.owner, draft);
    expect(res.status).toBe(422);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    const problem = res.json as Problem;
    expect([...new Set(problem.errors?.map((e) => e.field))].sort()).toEqual([...fields].sort());
    expect(problem.errors?.every((e) => e.in === 'body' && e.message.length > 0)).toBe(true);
  });

  it('lets a mostly completed practice still running leave its end year open', async () => {
    const res = await submitAs(hub.tokens.owner, { ...completeDraft(), implementation: { startYear: 2021, endYear: null, status: 'mostly-completed' } });
    expect(res.status).toBe(200);
  });

  it('names every failure of an empty draft at once, and leaves it a draft', async () => {
    const created = await createDraft(hub, hub.tokens.owner, {});
    const res = await as(hub, hub.tokens.owner, `/v1/submissions/${created.id}/submit`, { method: 'POST' });
    expect(res.status).toBe(422);
    const fields = (res.json as Problem).errors?.map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['/title', '/summary', '/description', '/objectives', '/principles', '/implementation', '/organisation', '/focalPoint']),
    );
    expect(((await as(hub, hub.tokens.owner, `/v1/submissions/${created.id}`)).json as Submission).state).toBe('draft');
    expect((await hub.store.outbox.list(50)).some((m) => /submitted/.test(m.subject))).toBe(false);
  });

  describe('on someone else’s behalf', () => {
    it('asks for a focal point of the implementer when the submitter works elsewhere', async () => {
      const res = await submitAs(hub.tokens.other, completeDraft());
      expect(res.status).toBe(422);
      expect((res.json as Problem).errors?.map((e) => e.field)).toEqual(['/focalPoint']);
    });

    it('accepts the submission once the focal point is named', async () => {
      const res = await submitAs(hub.tokens.other, { ...completeDraft(), focalPoint: { name: 'Kofi Mensah', email: 'k.mensah@example.gov.gh' } });
      expect(res.status).toBe(200);
    });

    it('asks no focal point when the submitter works for the implementer, whatever the case of its name', async () => {
      const res = await submitAs(hub.tokens.owner, { ...completeDraft(), organisation: { name: '  ministry of LABOUR of ghana ', kind: 'member-state' } });
      expect(res.status).toBe(200);
    });

    it('refuses a focal point without a valid email, naming the field', async () => {
      const res = await as(hub, hub.tokens.other, '/v1/submissions', { method: 'POST', json: { focalPoint: { name: 'Kofi', email: 'not-an-address' } } });
      expect(res.status).toBe(400);
      expect((res.json as Problem).errors?.map((e) => e.field)).toContain('/focalPoint/email');
    });
  });
});

describe('what a draft may hold', () => {
  it('refuses unknown fields, naming each', async () => {
    const res = await as(hub, hub.tokens.owner, '/v1/submissions', { method: 'POST', json: { title: 'x', state: 'published', ownerId: 'usr_abcdefgh' } });
    expect(res.status).toBe(400);
    expect((res.json as Problem).errors?.map((e) => e.field).sort()).toEqual(['/ownerId', '/state']);
  });

  it('refuses over-long strings and too many items, naming the field', async () => {
    const cases: [Draft, string][] = [
      [{ title: 'x'.repeat(301) }, '/title'],
      [{ summary: 'x'.repeat(1001) }, '/summary'],
      [{ description: 'x'.repeat(20_001) }, '/description'],
      [{ principles: [{ principle: 'human-rights', justification: 'x'.repeat(2001) }] }, '/principles/0/justification'],
      [{ links: [{ title: 'Report', url: 'javascript:alert(1)' }] }, '/links/0/url'],
      [{ links: Array.from({ length: 21 }, (_, i) => ({ title: `L${i}`, url: `https://example.org/${i}` })) }, '/links'],
      [{ objectives: [24] }, '/objectives/0'],
    ];
    for (const [draft, field] of cases) {
      const res = await as(hub, hub.tokens.owner, '/v1/submissions', { method: 'POST', json: draft });
      expect(res.status, field).toBe(400);
      expect((res.json as Problem).errors?.map((e) => e.field), field).toContain(field);
    }
  });

  it('refuses a body over the size limit with 413', async () => {
    const res = await as(hub, hub.tokens.owner, '/v1/submissions', { method: 'POST', json: { description: 'x'.repeat(600 * 1024) } });
    expect(res.status).toBe(413);
  });
});
