// Attachments: only PDF, DOCX, PNG and JPEG by their content, at most 10 MB, and given back only as downloads.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { as, createDraft, submissionHub, type Submission, type SubmissionHub } from './support.js';
import { DOCX_BYTES, HTML_BYTES, JPEG_BYTES, PDF_BYTES, PNG_BYTES, XLSX_BYTES } from './fixtures.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let hub: SubmissionHub;
let draft: Submission;
beforeEach(async () => {
  hub = await submissionHub();
  draft = await createDraft(hub, hub.tokens.owner);
});
afterEach(() => hub.close());

function upload(type: string, body: Uint8Array | string, filename = 'report.pdf', token = hub.tokens.owner) {
  return as(hub, token, `/v1/submissions/${draft.id}/files?filename=${encodeURIComponent(filename)}`, {
    method: 'POST',
    headers: { 'Content-Type': type },
    body,
  });
}

interface Problem {
  errors?: { field: string; in: string }[];
}

describe('uploading', () => {
  it.each([
    ['application/pdf', PDF_BYTES, 'report.pdf'],
    [DOCX, DOCX_BYTES, 'evaluation.docx'],
    ['image/png', PNG_BYTES, 'map.png'],
    ['image/jpeg', JPEG_BYTES, 'photo.jpg'],
  ])('accepts %s and lists it on the submission', async (type, bytes, filename) => {
    const res = await upload(type, bytes, filename);
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ filename, mediaType: type, size: bytes.length });
    const read = await as(hub, hub.tokens.owner, `/v1/submissions/${draft.id}`);
    expect((read.json as Submission).files).toEqual([res.json]);
    // The upload moved the revision; its answer carries the ETag the next autosave must send.
    expect(res.headers.get('ETag')).toBe(read.headers.get('ETag'));
    const autosave = await as(hub, hub.tokens.owner, `/v1/submissions/${draft.id}`, {
      method: 'PATCH',
      headers: { 'If-Match': res.headers.get('ETag') as string },
      json: { title: 'After the upload' },
    });
    expect(autosave.status).toBe(200);
    expect((await hub.store.audit.list({ subject: draft.id, limit: 2 })).map((a) => a.action)).toEqual(['submission.edited', 'submission.file-attached']);
  });

  it('refuses an HTML page named .pdf and declared as a PDF', async () => {
    const res = await upload('application/pdf', HTML_BYTES, 'report.pdf');
    expect(res.status).toBe(415);
    expect((res.json as Problem).errors?.[0]).toMatchObject({ field: '/', in: 'body' });
    expect(((await as(hub, hub.tokens.owner, `/v1/submissions/${draft.id}`)).json as Submission).files).toEqual([]);
  });

  it('refuses a PNG declared as a PDF, a spreadsheet declared as DOCX, and HTML declared as HTML', async () => {
    expect((await upload('application/pdf', PNG_BYTES)).status).toBe(415);
    expect((await upload(DOCX, XLSX_BYTES, 'sheet.docx')).status).toBe(415);
    const html = await upload('text/html', HTML_BYTES, 'page.html');
    expect(html.status).toBe(415);
    expect((html.json as Problem).errors?.[0]).toMatchObject({ field: 'Content-Type', in: 'header' });
  });

  it('refuses a file over 10 MB with 413, whether or not its length was declared', async () => {
    const big = Buffer.concat([PDF_BYTES, Buffer.alloc(10 * 1024 * 1024)]);
    expect((await upload('application/pdf', big)).status).toBe(413);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(big);
        controller.close();
      },
    });
    const res = await as(hub, hub.tokens.owner, `/v1/submissions/${draft.id}/files?filename=big.pdf`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/pdf' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
  });

  it('accepts a file of exactly 10 MB', async () => {
    const exact = Buffer.concat([PDF_BYTES, Buffer.alloc(10 * 1024 * 1024 - PDF_BYTES.length)]);
    expect((await upload('application/pdf', exact)).status).toBe(201);
  });

  it('needs a harmless filename and a non-empty body', async () => {
    for (const name of ['', '../../etc/passwd', 'a"b.pdf', 'x'.repeat(201)]) {
      const res = await upload('application/pdf', PDF_BYTES, name);
      expect(res.status, name).toBe(400);
      expect((res.json as Problem).errors?.[0]?.field).toBe('filename');
    }
    expect((await upload('application/pdf', new Uint8Array(0))).status).toBe(400);
  });

  it('takes no files once submitted', async () => {
    await as(hub, hub.tokens.owner, `/v1/submissions/${draft.id}/submit`, { method: 'POST' });
    expect((await upload('application/pdf', PDF_BYTES)).status).toBe(409);
  });
});

describe('downloading', () => {
  it('gives the bytes back as an attachment that is never sniffed or run', async () => {
    const created = await upload('application/pdf', PDF_BYTES, 'Évaluation finale.pdf');
    const res = await as(hub, hub.tokens.owner, created.headers.get('Location') as string);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/pdf');
    expect(res.headers.get('Content-Disposition')).toBe(`attachment; filename="_valuation finale.pdf"; filename*=UTF-8''%C3%89valuation%20finale.pdf`);
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(res.headers.get('Content-Security-Policy')).toContain('sandbox');
    expect(Buffer.from(res.text, 'latin1').equals(PDF_BYTES)).toBe(true);
  });

  it('is a 404 for a file of another submission', async () => {
    const created = await upload('image/png', PNG_BYTES, 'map.png');
    const fileId = (created.json as { id: string }).id;
    const another = await createDraft(hub, hub.tokens.owner);
    expect((await as(hub, hub.tokens.owner, `/v1/submissions/${another.id}/files/${fileId}`)).status).toBe(404);
  });
});

describe('where files are kept', () => {
  it('keeps them in files/ next to the database, under names the hub chose', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mnh-sub-'));
    try {
      const store = await openSqliteStore(join(dir, 'hub.db'));
      const person = await store.people.create({ email: 'disk@example.org', name: 'D' });
      const at = new Date().toISOString();
      const created = await store.submissions.create(person.id, {}, { actor: person.id, at, action: 'submission.created' });
      const file = await store.submissions.attachFile(
        created.id,
        { filename: '../escape.pdf', mediaType: 'application/pdf', bytes: PDF_BYTES },
        { actor: person.id, at, action: 'submission.file-attached' },
      );
      expect(readdirSync(join(dir, 'files'))).toEqual([file.id]);
      expect((await store.submissions.readFile(created.id, file.id))?.bytes.equals(PDF_BYTES)).toBe(true);
      await store.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
