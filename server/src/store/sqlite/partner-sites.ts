// The partner site repository on SQLite: the sites embedding the hub and the origins they serve from.
import type { PartnerSiteRecord, PartnerSiteRepository } from '../types.js';
import { prepared, type Db } from './connection.js';
import { isoNow, randomId } from '../ids.js';

interface SiteRow {
  id: string;
  name: string;
  created_at: string;
  origins: string;
}

const SELECT = `SELECT s.id, s.name, s.created_at,
    coalesce((SELECT json_group_array(origin) FROM (SELECT origin FROM partner_origin WHERE site_id = s.id ORDER BY origin)), '[]') AS origins
  FROM partner_site s`;

function toSite(row: SiteRow): PartnerSiteRecord {
  return { id: row.id, name: row.name, origins: JSON.parse(row.origins) as string[], createdAt: row.created_at };
}

export function sqlitePartnerSites(db: Db): PartnerSiteRepository {
  const register = db.transaction((name: string, origins: string[]): PartnerSiteRecord => {
    prepared(db, 'INSERT INTO partner_site (id, name, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING').run(randomId('site'), name, isoNow());
    const id = prepared(db, 'SELECT id FROM partner_site WHERE name = ?').pluck().get(name) as string;
    const add = prepared(db, 'INSERT OR IGNORE INTO partner_origin (origin, site_id) VALUES (?, ?)');
    for (const origin of origins) add.run(origin, id);
    return toSite(prepared(db, `${SELECT} WHERE s.id = ?`).get(id) as SiteRow);
  });
  return {
    async register(site) {
      return register(site.name, site.origins);
    },
    async list() {
      return (prepared(db, `${SELECT} ORDER BY s.name`).all() as SiteRow[]).map(toSite);
    },
    async allowsOrigin(origin) {
      return prepared(db, 'SELECT 1 FROM partner_origin WHERE origin = ? LIMIT 1').pluck().get(origin) === 1;
    },
  };
}
