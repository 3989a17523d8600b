// CSV per RFC 4180 with csv-stringify: a header row, CRLF line ends, quoting as needed, no formulas.
import { stringify } from 'csv-stringify/sync';

export interface CsvColumn<Item> {
  header: string;
  /** null is an empty cell. */
  value: (item: Item) => string | number | null;
}

const OPTIONS = {
  record_delimiter: 'windows',
  /**
   * A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so a
   * spreadsheet shows contributed text such as `=HYPERLINK(…)` instead of running it (OWASP's CSV
   * injection advice). Numbers are left alone.
   */
  escape_formulas: true,
} as const;

/** The header row. */
export function csvHeader<Item>(columns: readonly CsvColumn<Item>[]): string {
  return stringify([columns.map((c) => c.header)], OPTIONS);
}

/** Rows for `items`, each ending in CRLF. */
export function csvRows<Item>(columns: readonly CsvColumn<Item>[], items: readonly Item[]): string {
  return stringify(
    items.map((item) => columns.map((c) => c.value(item))),
    OPTIONS,
  );
}
