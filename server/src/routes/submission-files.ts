// Files attached to a submission: raw-body upload checked by content, and downloads that are never shown inline.
import { Hono, type Context } from 'hono';
import type { SignedIn } from '../auth/sign-in.js';
import type { Contract } from '../http/contract.js';
import type { HubEnv } from '../http/env.js';
import { ProblemError } from '../http/problem.js';
import { validateParams } from '../http/validate.js';
import type { Store, SubmissionChange } from '../store/types.js';
import { etagOf, ownSubmission, requireState, visibleSubmission } from '../submissions/access.js';
import { ACCEPTED_TYPES, detectMediaType } from '../submissions/file-type.js';

/** The Hub's limit for an attachment. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface SubmissionFileDeps {
  store: Store;
  contract: Contract;
  changeBy(who: SignedIn, action: string): SubmissionChange;
  idOf(c: Context<HubEnv>): string;
  signedIn(c: Context<HubEnv>): SignedIn;
}

export function submissionFiles({ store, contract, changeBy, idOf, signedIn }: SubmissionFileDeps): Hono<HubEnv> {
  return new Hono<HubEnv>()
    .post('/:submission/files', validateParams(contract, 'uploadSubmissionFile'), async (c) => {
      const who = signedIn(c);
      // Ownership first: a stranger's upload is refused before a byte of it is read.
      const submission = await ownSubmission(store, idOf(c), who);
      requireState(submission, ['draft', 'changes-requested'], 'given files');
      const declared = ((c.req.header('Content-Type') ?? '').split(';')[0] ?? '').trim().toLowerCase();
      if (!(ACCEPTED_TYPES as readonly string[]).includes(declared)) {
        throw unsupported(`Attach PDF, DOCX, PNG or JPEG files, sent with their own Content-Type; not "${declared}".`, 'Content-Type', 'header');
      }
      const bytes = await readBody(c.req.raw, MAX_FILE_BYTES);
      if (bytes.byteLength === 0) throw new ProblemError(400, 'The file is empty.', { errors: [{ field: '/', in: 'body', message: 'is empty' }] });
      const detected = detectMediaType(bytes);
      if (detected !== declared) {
        throw unsupported(
          `The file's content is ${detected ?? 'not a PDF, DOCX, PNG or JPEG file'}, not ${declared} as declared.`,
          '/',
          'body',
        );
      }
      const { filename } = c.get('query') as { filename: string };
      const file = await store.submissions.attachFile(submission.id, { filename, mediaType: detected, bytes }, changeBy(who, 'submission.file-attached'));
      // The submission's revision moved: the form needs the new ETag for its next autosave.
      const updated = await store.submissions.get(submission.id);
      return c.json(file, 201, {
        Location: `/v1/submissions/${submission.id}/files/${file.id}`,
        ETag: updated ? etagOf(updated) : '',
        'Cache-Control': 'no-store',
      });
    })
    .get('/:submission/files/:file', validateParams(contract, 'downloadSubmissionFile'), async (c) => {
      const submission = await visibleSubmission(store, idOf(c), signedIn(c));
      const { file: fileId } = c.get('params') as { file: string };
      const found = await store.submissions.readFile(submission.id, fileId);
      if (!found) throw new ProblemError(404, `The submission has no file "${fileId}".`);
      return new Response(new Uint8Array(found.bytes), {
        status: 200,
        headers: {
          'Content-Type': found.file.mediaType,
          'Content-Length': String(found.bytes.byteLength),
          'Content-Disposition': attachment(found.file.filename),
          'X-Content-Type-Options': 'nosniff',
          // Opened directly, the file still may not run anything or be framed.
          'Content-Security-Policy': "default-src 'none'; sandbox",
          'Cache-Control': 'no-store',
        },
      });
    });
}

function unsupported(detail: string, field: string, where: 'header' | 'body'): ProblemError {
  return new ProblemError(415, detail, { errors: [{ field, in: where, message: detail }] });
}

/** RFC 6266: an ASCII fallback name, and the real one in UTF-8 (RFC 8187). */
export function attachment(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** The body, refusing (413) a declared or actual size over `max` without buffering more than that. */
async function readBody(request: Request, max: number): Promise<Uint8Array> {
  const tooLarge = () => new ProblemError(413, `A file may be at most ${max} bytes (10 MB).`);
  const declared = Number(request.headers.get('Content-Length') ?? NaN);
  if (declared > max) throw tooLarge();
  if (!request.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
