// Submitting a practice with the SDK against the real hub, in-process: drafts, If-Match, files, checklist, withdrawal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHubSession, createSubmissions, HubProblemError, submissionMediaType } from '../src/index.js';
import type { Submissions } from '../src/index.js';
import { codeFor, openSeededHub } from './hub.js';
import type { App, Store } from './hub.js';

let store: Store;
let app: App;
let person = 0;

beforeAll(async () => {
  ({ store, app } = await openSeededHub());
});
afterAll(async () => {
  await store.close();
});

/** Submissions for a newly signed-in person, recording each request as `METHOD /path If-Match`. */
async function signedInSubmissions(): Promise<{ submissions: Submissions; sent: string[] }> {
  const sent: string[] = [];
  const session = createHubSession({
    baseUrl: 'http://hub.test',
    fetch: async (request) => {
      const url = new URL(request.url);
      sent.push(`${request.method} ${url.pathname}${url.search} ${request.headers.get('If-Match') ?? '-'}`);
      return app.fetch(request);
    },
  });
  const email = `sdk-submitter-${++person}@example.org`;
  await session.requestSignInCode(email);
  await session.signIn(email, await codeFor(store, email));
  sent.length = 0;
  return { submissions: createSubmissions({ baseUrl: 'http://hub.test/', fetch: session.fetch }), sent };
}

const failure = (pending: Promise<unknown>) =>
  pending.then(
    () => {
      throw new Error('expected the hub to refuse');
    },
    (error: unknown) => error as HubProblemError,
  );

/** The smallest PNG there is: a signature and the chunks of a 1×1 image. */
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

describe('submissions', () => {
  it('creates a draft and saves changes with the ETag of the revision it last saw', async () => {
    const { submissions, sent } = await signedInSubmissions();
    const created = await submissions.create({ title: 'Skills passports' });
    expect(created.submission).toMatchObject({ state: 'draft', content: { title: 'Skills passports' } });
    expect(created.etag).toMatch(/^".+"$/);

    const saved = await submissions.save(created.submission.id, { summary: 'Portable skills records.' }, created.etag);
    expect(saved.submission.content).toEqual({ title: 'Skills passports', summary: 'Portable skills records.' });
    expect(saved.etag).not.toEqual(created.etag);
    expect(sent[1]).toBe(`PATCH /v1/submissions/${created.submission.id} ${created.etag}`);

    const cleared = await submissions.save(created.submission.id, { summary: null }, saved.etag);
    expect(cleared.submission.content).toEqual({ title: 'Skills passports' });
    expect(await submissions.get(created.submission.id)).toEqual(cleared);
  });

  it('refuses a save based on a revision someone else has since changed, with a 412', async () => {
    const { submissions } = await signedInSubmissions();
    const { submission, etag } = await submissions.create({ title: 'First tab' });
    await submissions.save(submission.id, { title: 'Second tab' }, etag);
    const error = await failure(submissions.save(submission.id, { title: 'First tab again' }, etag));
    expect(error).toBeInstanceOf(HubProblemError);
    expect(error.status).toBe(412);
    expect((await submissions.get(submission.id)).submission.content.title).toBe('Second tab');
  });

  it('names each unmet checklist item as a JSON pointer when an incomplete draft is submitted', async () => {
    const { submissions } = await signedInSubmissions();
    const { submission, etag } = await submissions.create({
      title: 'Half done',
      principles: [{ principle: 'human-rights', justification: 'Short.' }],
    });
    const error = await failure(submissions.submit(submission.id, etag));
    expect(error.status).toBe(422);
    const fields = error.problem.errors?.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['/summary', '/objectives', '/principles/0/justification', '/organisation']));
    expect(fields).not.toContain('/title');
  });

  it('attaches a file, whose ETag the next save must use, and lists it on the submission', async () => {
    const { submissions } = await signedInSubmissions();
    const { submission, etag } = await submissions.create({ title: 'With a poster' });
    const attached = await submissions.attach(submission.id, new Blob([PNG]), 'poster.png');
    expect(attached.file).toMatchObject({ filename: 'poster.png', mediaType: 'image/png', size: PNG.byteLength });
    expect(attached.etag).not.toEqual(etag);
    expect((await failure(submissions.save(submission.id, { summary: 'x' }, etag))).status).toBe(412);
    const saved = await submissions.save(submission.id, { summary: 'x' }, attached.etag);
    expect(saved.submission.files.map((f) => f.filename)).toEqual(['poster.png']);
  });

  it('sends a file of an unaccepted type under its own type, so the hub explains with a 415', async () => {
    const { submissions } = await signedInSubmissions();
    const { submission } = await submissions.create({ title: 'Wrong file' });
    const error = await failure(submissions.attach(submission.id, new Blob(['<p>hi</p>'], { type: 'text/html' }), 'page.html'));
    expect(error.status).toBe(415);
  });

  it('lists the person’s own submissions by state, and withdraws one', async () => {
    const { submissions, sent } = await signedInSubmissions();
    const first = await submissions.create({ title: 'Kept' });
    const second = await submissions.create({ title: 'Withdrawn' });
    const withdrawn = await submissions.withdraw(second.submission.id, second.etag);
    expect(withdrawn.submission.state).toBe('withdrawn');
    const drafts = await submissions.list({ state: ['draft'], limit: 5 });
    expect(drafts.map((s) => s.id)).toEqual([first.submission.id]);
    expect(sent.at(-1)).toBe('GET /v1/submissions?state=draft&limit=5 -');
    expect((await submissions.list()).map((s) => s.id)).toEqual([second.submission.id, first.submission.id]);
  });

  it('cannot read someone else’s submission: 404, as for an unknown id', async () => {
    const mine = await signedInSubmissions();
    const theirs = await signedInSubmissions();
    const { submission } = await mine.submissions.create({ title: 'Mine' });
    expect((await failure(theirs.submissions.get(submission.id))).status).toBe(404);
    expect((await failure(theirs.submissions.history(submission.id))).status).toBe(404);
  });
});

describe('submissionMediaType', () => {
  it('takes the browser’s type when the hub accepts it, else guesses from the extension', () => {
    expect(submissionMediaType(new Blob([], { type: 'application/pdf' }), 'report')).toBe('application/pdf');
    expect(submissionMediaType(new Blob([]), 'Report.DOCX')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(submissionMediaType(new Blob([]), 'photo.jpeg')).toBe('image/jpeg');
    expect(submissionMediaType(new Blob([], { type: 'text/html' }), 'page.html')).toBeUndefined();
  });
});
