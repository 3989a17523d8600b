// Builds list filters: each as a set of matching rowids (for counting) and as a per-row probe.
import type { Condition, Filter } from './list-query.js';

function placeholders(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}

/** Distinct values in a stable order, so equal filters give equal query fingerprints. */
export function normalized<T extends string | number>(values: readonly T[] | undefined): T[] {
  return [...new Set(values ?? [])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** One value set of a junction table keyed `(column, owner)`; duplicate-free as a set must be. */
function junctionSet(table: string, owner: string, column: string, values: readonly unknown[]): Condition {
  const distinct = values.length > 1 ? 'DISTINCT ' : '';
  return { sql: `SELECT ${distinct}${owner} AS v FROM ${table} WHERE ${column} IN (${placeholders(values)})`, params: [...values] };
}

function junctionProbe(table: string, owner: string, column: string, values: readonly unknown[]): Condition {
  return {
    sql: `EXISTS (SELECT 1 FROM ${table} j WHERE j.${column} IN (${placeholders(values)}) AND j.${owner} = t.rowid)`,
    params: [...values],
  };
}

/** Rows having any of `values` in a junction table; null when there is nothing to filter on. */
export function junctionFilter(table: string, owner: string, column: string, values: readonly unknown[]): Filter | null {
  if (values.length === 0) return null;
  return { set: junctionSet(table, owner, column, values), probe: junctionProbe(table, owner, column, values), probeCost: 2 };
}

/** Rows having any of `values` in either of two junction tables (an expert's objectives or clusters). */
export function eitherJunctionFilter(
  a: { table: string; column: string; values: readonly unknown[] },
  b: { table: string; column: string; values: readonly unknown[] },
  owner: string,
): Filter | null {
  const parts = [a, b].filter((p) => p.values.length > 0);
  if (parts.length === 0) return null;
  const sets = parts.map((p) => junctionSet(p.table, owner, p.column, p.values));
  const probes = parts.map((p) => junctionProbe(p.table, owner, p.column, p.values));
  return {
    // UNION removes duplicates itself.
    set: { sql: sets.map((s) => s.sql.replace('DISTINCT ', '')).join(' UNION '), params: sets.flatMap((s) => s.params) },
    probe: { sql: probes.map((p) => p.sql).join(' OR '), params: probes.flatMap((p) => p.params) },
    probeCost: 2 * parts.length,
  };
}

/**
 * Rows passing `test`, a condition on columns of the base table itself. `visible` keeps the set
 * to listable rows; `index` covers the tested columns (partial on `visible`) and is named because
 * SQLite would otherwise rather scan the wide rows in rowid order to spare a sort; the sort
 * indexes carry the same columns, so the probe costs nothing.
 */
export function columnFilter(table: string, index: string, visible: string, test: Condition): Filter {
  return {
    set: { sql: `SELECT t.rowid AS v FROM ${table} t INDEXED BY ${index} WHERE ${visible} AND (${test.sql})`, params: test.params },
    probe: test,
    probeCost: 0,
  };
}

export function anyOf(column: string, values: readonly unknown[]): Condition | null {
  return values.length === 0 ? null : { sql: `t.${column} IN (${placeholders(values)})`, params: [...values] };
}

export function present<T>(items: (T | null)[]): T[] {
  return items.filter((item): item is T => item !== null);
}

/** The key a name or title sorts by: case and accents ignored, since SQLite's NOCASE knows ASCII only. */
export function sortKey(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
}
