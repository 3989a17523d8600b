// Recognises SQLite's unique-constraint failures, which repositories turn into DuplicateError.

/** True when a better-sqlite3 error is a UNIQUE constraint on one of `columns`. */
export function isUniqueViolation(error: unknown, ...columns: string[]): boolean {
  if (!(error instanceof Error) || (error as { code?: string }).code !== 'SQLITE_CONSTRAINT_UNIQUE') return false;
  return columns.length === 0 || columns.some((column) => error.message.includes(column));
}
