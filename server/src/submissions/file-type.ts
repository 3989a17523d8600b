// What an uploaded file really is, read from its first bytes; its name and declared type are not trusted.
import type { SubmissionMediaType } from '../store/types.js';

export const ACCEPTED_TYPES: readonly SubmissionMediaType[] = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'image/png',
  'image/jpeg',
];

const PDF = Buffer.from('%PDF-');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Every Word document's package holds this part; its name is stored uncompressed in the ZIP headers. */
const WORD_PART = Buffer.from('word/document.xml');

/**
 * The accepted type the bytes are, or null. Four signatures need no library: PDF, PNG and JPEG
 * by their magic numbers; DOCX as a ZIP package containing a Word document part (any other ZIP,
 * including other Office files, is refused).
 */
export function detectMediaType(bytes: Uint8Array): SubmissionMediaType | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const startsWith = (magic: Buffer) => buffer.subarray(0, magic.length).equals(magic);
  if (startsWith(PDF)) return 'application/pdf';
  if (startsWith(PNG)) return 'image/png';
  if (startsWith(JPEG)) return 'image/jpeg';
  if (startsWith(ZIP) && buffer.includes(WORD_PART)) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  return null;
}
