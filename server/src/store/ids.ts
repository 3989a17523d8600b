// Identifiers and timestamps for rows the hub creates at run time (people, organisations, sessions, mail).
import { randomBytes } from 'node:crypto';

/** `prefix_` + 16 lowercase base-36 characters (about 82 bits): unguessable and short enough for URLs. */
export function randomId(prefix: string): string {
  const bytes = randomBytes(16);
  let id = '';
  for (const byte of bytes) id += (byte % 36).toString(36);
  return `${prefix}_${id}`;
}

/** Now, as the ISO text every table stores. */
export function isoNow(): string {
  return new Date().toISOString();
}
