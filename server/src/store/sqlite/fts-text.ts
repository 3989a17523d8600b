// Text preparation shared by the full-text index and its queries, so both split words the same way.

const HAN_OR_KANA_RUNS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;
const HAS_HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
// Created on first use: loading the dictionary takes a moment, and most hubs may never need it.
let zhWords: Intl.Segmenter | undefined;

/**
 * unicode61 splits on spaces and punctuation only, so a run of Chinese characters would be one
 * giant token and a search for one word in it would find nothing. CLDR's dictionary segmenter
 * splits such runs into words; spaces between them make each word a token. Text without Han or
 * kana is returned untouched, which is nearly all of it and costs one regex test.
 */
function segmented(text: string): string {
  if (!HAS_HAN_OR_KANA.test(text)) return text;
  zhWords ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const segmenter = zhWords;
  return text.replace(HAN_OR_KANA_RUNS, (run) => ` ${[...segmenter.segment(run)].map((s) => s.segment).join(' ')} `);
}

/**
 * The Chinese (or Japanese) words of `texts`, space-separated, '' when there are none. Rows store
 * them in extra indexed columns, computed when written: the index triggers stay plain SQL, so any
 * SQLite client can still update a row (a custom function in a trigger would lock them out).
 */
export function cjkWords(...texts: string[]): string {
  const words: string[] = [];
  for (const text of texts) {
    if (!HAS_HAN_OR_KANA.test(text)) continue;
    for (const run of text.match(HAN_OR_KANA_RUNS) ?? []) words.push(segmented(run).trim());
  }
  return words.join(' ');
}

const MAX_TERMS = 16;

/**
 * An FTS5 MATCH expression for what a user typed, or null when it holds no word at all. Every
 * whitespace-separated chunk becomes a quoted string, so FTS5 syntax in the input (`OR`, `NEAR`,
 * `*`, column filters, quotes) is searched for as text instead of being interpreted; a chunk with
 * punctuation inside ("cross-border") is a phrase. All terms must match (implicit AND).
 */
export function toMatchExpression(q: string): string | null {
  const terms = segmented(q.normalize('NFC'))
    .split(/\s+/u)
    .filter((chunk) => /[\p{L}\p{N}]/u.test(chunk))
    .slice(0, MAX_TERMS)
    .map((chunk) => `"${chunk.replaceAll('"', '""')}"`);
  return terms.length > 0 ? terms.join(' ') : null;
}
