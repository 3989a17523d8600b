// The numbered schema migrations, applied in order at open; kept as TS modules so the build carries them.
import { sql as init } from './0001-init.js';
import { sql as people } from './0002-people.js';
import { sql as submissions } from './0003-submissions.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Append only: never edit a migration that has shipped, add the next number instead. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'init', sql: init },
  { version: 2, name: 'people', sql: people },
  { version: 3, name: 'submissions', sql: submissions },
];
