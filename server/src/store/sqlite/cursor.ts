// Opaque page cursors: the last row's sort key and id, tied to the query they were made for.
import { createHash } from 'node:crypto';
import { InvalidCursorError } from '../types.js';

export type CursorValue = string | number | null;
/** What each position of a cursor must hold; `number?` also accepts null. */
export type CursorShape = readonly ('string' | 'number' | 'number?')[];

/** A short hash of a query's filters and sort: a cursor only works for the query that made it. */
export function queryFingerprint(query: unknown): string {
  return createHash('sha256').update(JSON.stringify(query)).digest('base64url').slice(0, 10);
}

export function encodeCursor(fingerprint: string, values: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify([fingerprint, ...values])).toString('base64url');
}

/** The values of a cursor made by `encodeCursor` for the same fingerprint; anything else throws. */
export function decodeCursor(cursor: string, fingerprint: string, shape: CursorShape): CursorValue[] {
  if (!/^[A-Za-z0-9_-]{1,512}$/.test(cursor)) throw new InvalidCursorError();
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  if (!Array.isArray(decoded) || decoded.length !== shape.length + 1) throw new InvalidCursorError();
  const [made, ...values] = decoded as unknown[];
  if (made !== fingerprint) {
    throw new InvalidCursorError('The cursor belongs to a query with other filters or another sort.');
  }
  values.forEach((value, i) => {
    if (!fits(value, shape[i])) throw new InvalidCursorError();
  });
  return values as CursorValue[];
}

function fits(value: unknown, expected: CursorShape[number] | undefined): boolean {
  if (expected === 'string') return typeof value === 'string';
  if (expected === 'number?' && value === null) return true;
  return typeof value === 'number' && Number.isFinite(value);
}
