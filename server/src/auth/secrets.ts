// The secrets of sign-in: random tokens and codes, and the only forms in which the hub stores them.
import { createHash, randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number, options: object) => Promise<Buffer>;

/**
 * A 6-digit code has only a million values, so a fast hash of it could be reversed from a copy of
 * the database in a moment; scrypt at this cost takes tens of milliseconds per guess, which makes
 * trying them all outlast the code's ten minutes. The cost is paid once per request and attempt.
 */
const CODE_SCRYPT = { N: 2 ** 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const CODE_KEY_BYTES = 32;

/** An opaque bearer token: 32 random bytes, base64url (43 characters). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens carry 256 bits of chance, so a plain SHA-256 is enough to make a stolen table useless. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** A uniformly drawn 6-digit code, leading zeros kept. */
export function newCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** `scrypt$<salt>$<key>`, both base64url. */
export async function hashCode(code: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(code, salt, CODE_KEY_BYTES, CODE_SCRYPT);
  return `scrypt$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** Compares in constant time; false for anything that is not a hash made by `hashCode`. */
export async function codeMatches(code: string, stored: string): Promise<boolean> {
  const [scheme, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await scryptAsync(code, Buffer.from(salt, 'base64url'), expected.length, CODE_SCRYPT);
  return timingSafeEqual(actual, expected);
}
