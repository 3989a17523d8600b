// The numbered schema migrations, applied in order at open; kept as TS modules so the build carries them.
import { sql as init } from './0001-init.js';
import { sql as people } from './0002-people.js';
import { sql as submissions } from './0003-submissions.js';
import { sql as reviews } from './0004-reviews.js';
import { sql as resources } from './0005-resources.js';
import { sql as notifications } from './0006-notifications.js';
import { sql as discussions } from './0007-discussions.js';
import { sql as expertProfiles } from './0008-expert-profiles.js';
import { sql as translations } from './0010-translations.js';
import { sql as supportRequests } from './0009-support-requests.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Append only: never edit a migration that has shipped, add the next number instead. Sorted by
 * version below, so entries landing in any order (or with a gap) still apply in number order.
 */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'init', sql: init },
  { version: 2, name: 'people', sql: people },
  { version: 3, name: 'submissions', sql: submissions },
  { version: 4, name: 'reviews', sql: reviews },
  { version: 5, name: 'resources', sql: resources },
  { version: 6, name: 'notifications', sql: notifications },
  { version: 7, name: 'discussions', sql: discussions },
  { version: 8, name: 'expert-profiles', sql: expertProfiles },
  { version: 10, name: 'translations', sql: translations },
  { version: 9, name: 'support-requests', sql: supportRequests },
].sort((a, b) => a.version - b.version);
