// Identifiers for seeded rows: unique by construction, random-looking, the same on every run.

const SPACE = 36n ** 10n;
// Odd and not a multiple of 3, so coprime with 36^10: multiplying by it permutes the id space.
const STRIDE = 2_862_933_555_777_941n;
const OFFSET = 1_234_567_890_123n;

/** `prefix` + 10 lowercase base-36 characters; distinct for distinct `n` (an affine bijection). */
export function seededId(prefix: 'prc' | 'res' | 'exp' | 'usr' | 'org', n: number): string {
  const value = (BigInt(n) * STRIDE + OFFSET) % SPACE;
  return `${prefix}_${value.toString(36).padStart(10, '0')}`;
}

/** A URL slug from any text: ASCII letters and digits joined by hyphens. */
export function slugify(text: string, maxLength = 80): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}
