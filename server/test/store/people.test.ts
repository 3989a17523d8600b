// Organisations, people, roles, reviewer profiles, partner sites and the audit log in the SQLite store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { DuplicateError, type Store } from '../../src/store/types.js';

let store: Store;
beforeEach(async () => {
  store = await openSqliteStore(':memory:');
});
afterEach(() => store.close());

const dir = mkdtempSync(join(tmpdir(), 'mnh-people-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('organisations', () => {
  it('know whether they are a UN entity from their kind in the taxonomy', async () => {
    const un = await store.organisations.create({ name: 'UNHCR Regional Bureau', kind: 'un-entity' });
    const ngo = await store.organisations.create({ name: 'Lantern Legal Aid', kind: 'civil-society', country: 'KEN' });
    expect(un).toMatchObject({ kind: 'un-entity', unEntity: true, country: null });
    expect(ngo).toMatchObject({ kind: 'civil-society', unEntity: false, country: 'KEN' });
    expect(un.id).toMatch(/^org_[0-9a-z]{16}$/);
    expect((await store.organisations.findByName('lantern legal aid'))?.id).toBe(ngo.id);
    expect((await store.organisations.list()).map((o) => o.name)).toEqual(['Lantern Legal Aid', 'UNHCR Regional Bureau']);
  });

  it('have unique names, whatever the case', async () => {
    await store.organisations.create({ name: 'Open Doors', kind: 'civil-society' });
    await expect(store.organisations.create({ name: 'OPEN DOORS', kind: 'academia' })).rejects.toThrow(DuplicateError);
  });
});

describe('people and roles', () => {
  it('have one account per address, whatever the case', async () => {
    const person = await store.people.create({ email: ' Ines.Lemaire@Example.org ', name: 'Ines Lemaire' });
    expect(person.email).toBe('ines.lemaire@example.org');
    expect((await store.people.findByEmail('INES.LEMAIRE@example.org'))?.id).toBe(person.id);
    await expect(store.people.create({ email: 'ines.lemaire@EXAMPLE.org', name: 'Twin' })).rejects.toMatchObject({ field: 'email' });
  });

  it('are all contributors, and hold other roles only when granted', async () => {
    const person = await store.people.create({ email: 'r@example.org', name: 'R' });
    expect(await store.people.roles(person.id)).toEqual(['contributor']);
    expect(await store.people.grantRole(person.id, 'admin')).toBe(true);
    expect(await store.people.grantRole(person.id, 'reviewer')).toBe(true);
    expect(await store.people.grantRole(person.id, 'reviewer')).toBe(false);
    expect(await store.people.roles(person.id)).toEqual(['contributor', 'reviewer', 'admin']);
    expect((await store.people.withRole('reviewer')).map((p) => p.id)).toEqual([person.id]);
    expect(await store.people.revokeRole(person.id, 'reviewer')).toBe(true);
    expect(await store.people.roles(person.id)).toEqual(['contributor', 'admin']);
  });

  it('keep a reviewer profile with expertise, languages and declared conflicts', async () => {
    const org = await store.organisations.create({ name: 'Conflicted Org', kind: 'member-state', country: 'MEX' });
    const person = await store.people.create({ email: 'rev@example.org', name: 'Rev' });
    expect(await store.people.reviewerProfile(person.id)).toBeNull();
    await store.people.setReviewerProfile(person.id, {
      expertise: { objectives: [5, 6], themes: ['regular-pathways'] },
      languages: ['en', 'es'],
      conflictOrganisationIds: [org.id],
    });
    expect(await store.people.reviewerProfile(person.id)).toMatchObject({
      expertise: { objectives: [5, 6], themes: ['regular-pathways'] },
      languages: ['en', 'es'],
      conflictOrganisationIds: [org.id],
    });
    await store.people.setReviewerProfile(person.id, { expertise: { objectives: [1], themes: [] }, languages: ['fr'], conflictOrganisationIds: [] });
    expect(await store.people.reviewerProfile(person.id)).toMatchObject({ languages: ['fr'], conflictOrganisationIds: [] });
  });
});

describe('partner sites', () => {
  it('register their origins, adding to a site of the same name', async () => {
    await store.partnerSites.register({ name: 'Portal', origins: ['https://portal.example.org'] });
    const site = await store.partnerSites.register({ name: 'Portal', origins: ['https://www.portal.example.org', 'https://portal.example.org'] });
    expect(site.origins).toEqual(['https://portal.example.org', 'https://www.portal.example.org']);
    expect(await store.partnerSites.list()).toHaveLength(1);
    expect(await store.partnerSites.allowsOrigin('https://www.portal.example.org')).toBe(true);
    expect(await store.partnerSites.allowsOrigin('https://other.example.org')).toBe(false);
  });
});

describe('the audit log', () => {
  it('lists entries newest first, by subject', async () => {
    const at = new Date().toISOString();
    await store.audit.append({ actor: 'cli', action: 'role.granted', subject: 'usr_a', at, details: { role: 'curator' } });
    await store.audit.append({ actor: 'usr_a', action: 'auth.signed-in', subject: 'usr_a', at, details: null });
    await store.audit.append({ actor: 'cli', action: 'organisation.created', subject: 'org_b', at, details: null });
    const entries = await store.audit.list({ subject: 'usr_a', limit: 10 });
    expect(entries.map((e) => e.action)).toEqual(['auth.signed-in', 'role.granted']);
    expect(entries[1]?.details).toEqual({ role: 'curator' });
  });

  it('is append-only, even for SQL written by hand', async () => {
    const path = join(dir, 'audit.db');
    const onDisk = await openSqliteStore(path);
    await onDisk.audit.append({ actor: 'cli', action: 'role.granted', subject: 'usr_a', at: new Date().toISOString(), details: null });
    await onDisk.close();
    const db = new Database(path);
    expect(() => db.prepare("UPDATE audit_log SET action = 'nothing'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    db.close();
  });
});

describe('who a write bumps', () => {
  it('sign-in data leaves the public data version alone, so caches stay warm', async () => {
    const before = store.version();
    const person = await store.people.create({ email: 'v@example.org', name: 'V' });
    await store.people.grantRole(person.id, 'curator');
    await store.outbox.enqueue({ to: 'v@example.org', subject: 's', text: 't', createdAt: new Date().toISOString() });
    expect(store.version()).toBe(before);
  });
});
