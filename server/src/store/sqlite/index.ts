// The SQLite store: opens (and migrates) the database and hands out its repositories.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Store } from '../types.js';
import { openDatabase, prepared } from './connection.js';
import { sqliteAssignments } from './assignments.js';
import { sqliteAudit } from './audit.js';
import { sqliteExperts } from './experts.js';
import { sqliteOrganisations } from './organisations.js';
import { sqliteOutbox } from './outbox.js';
import { sqlitePartnerSites } from './partner-sites.js';
import { sqlitePeople } from './people.js';
import { sqlitePractices } from './practices.js';
import { RANK_WINDOW } from './relevance.js';
import { sqliteResources } from './resources.js';
import { sqliteReviews } from './reviews.js';
import { sqliteSignIn } from './sign-in.js';
import { sqliteSubmissions } from './submissions.js';
import { sqliteNotifications } from './notifications.js';
import { sqliteAuditReader } from './audit-read.js';
import { sqliteReminders } from './reminders.js';
import { sqliteTaxonomy } from './taxonomy.js';
import { sqliteExports } from './export.js';
import { sqliteStats } from './stats.js';
import { sqliteDiscussionStore } from './discussion-store.js';
import { sqliteExpertContact } from './expert-contact.js';
import { sqliteExpertProfiles } from './expert-profiles.js';
import { sqlitePersonalData } from './personal-data.js';
import { sqliteSupportRequests } from './support-requests.js';
import { sqliteTranslations } from './translations.js';
import { loadTaxonomyIfEmpty } from './taxonomy-load.js';
import { storeVersion } from './version.js';

export interface SqliteStoreOptions {
  /** How many of the latest matches relevance ranks; tests make it small. Default RANK_WINDOW. */
  rankWindow?: number;
  /** Where attached files are kept. Default `files/` next to the database; a temporary directory, removed on close, for `:memory:`. */
  filesDir?: string;
}

/**
 * Opens the store at `path` (`':memory:'` for tests), creating the file and its directory when
 * missing, applying pending migrations and loading the default taxonomy into an empty database.
 */
export async function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Promise<Store> {
  const db = openDatabase(path);
  const inMemory = path === ':memory:' || path === '';
  // A temporary directory is made only when a file is first attached: most in-memory stores never see one.
  let filesDir = options.filesDir ?? (inMemory ? undefined : join(dirname(path), 'files'));
  const files = () => (filesDir ??= mkdtempSync(join(tmpdir(), 'mnh-files-')));
  loadTaxonomyIfEmpty(db);
  // Bumped by triggers on every write, by this process or any other, so caches never go stale.
  // The store's own caches (counts, taxonomy) fill on misses only and always read it afresh.
  const version = storeVersion(db);
  const context = { version, rankWindow: options.rankWindow ?? RANK_WINDOW };
  return {
    practices: sqlitePractices(db, context),
    resources: sqliteResources(db, context),
    experts: sqliteExperts(db, context),
    taxonomy: sqliteTaxonomy(db, version),
    organisations: sqliteOrganisations(db),
    people: sqlitePeople(db),
    partnerSites: sqlitePartnerSites(db),
    signIn: sqliteSignIn(db),
    outbox: sqliteOutbox(db),
    audit: sqliteAudit(db),
    submissions: sqliteSubmissions(db, files),
    assignments: sqliteAssignments(db),
    reviews: sqliteReviews(db),
    notifications: sqliteNotifications(db),
    auditTrail: sqliteAuditReader(db),
    reminders: sqliteReminders(db),
    exports: sqliteExports(db),
    stats: sqliteStats(db),
    discussions: sqliteDiscussionStore(db),
    expertContact: sqliteExpertContact(db),
    expertProfiles: sqliteExpertProfiles(db),
    personalData: sqlitePersonalData(db, { people: sqlitePeople(db), organisations: sqliteOrganisations(db) }),
    supportRequests: sqliteSupportRequests(db),
    translations: sqliteTranslations(db),
    version,
    async ping() {
      try {
        return prepared(db, 'SELECT 1').pluck().get() === 1;
      } catch {
        return false;
      }
    },
    async close() {
      if (db.open) db.close();
      if (inMemory && options.filesDir === undefined && filesDir) rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
