// The admin commands run as real processes on a database file: organisations, partner sites, invitations, roles.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/types.js';

const serverDir = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mnh-admin-'));
const db = join(dir, 'admin.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function hub(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli.ts', ...args],
      { cwd: serverDir, env: { ...process.env, HUB_DB: db, HUB_ORIGIN: 'https://hub.example.org' } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

async function inStore<T>(read: (store: Store) => Promise<T>): Promise<T> {
  const store = await openSqliteStore(db);
  try {
    return await read(store);
  } finally {
    await store.close();
  }
}

// The commands build on each other, in the order an administrator would run them.
describe('hub admin commands', () => {
  it('org create adds an organisation, knowing UN entities by their kind', async () => {
    const un = await hub('org', 'create', '--name', 'UN Country Team, Chile', '--kind', 'un-entity', '--country', 'chl');
    expect(un.code).toBe(0);
    expect(un.stdout).toMatch(/Created org_\w+ "UN Country Team, Chile" \(un-entity, UN entity, CHL\)/);
    expect((await hub('org', 'create', '--name', 'Harbour Light Foundation', '--kind', 'civil-society')).code).toBe(0);
    const orgs = await inStore((store) => store.organisations.list());
    expect(orgs.map((o) => [o.name, o.unEntity])).toEqual([
      ['Harbour Light Foundation', false],
      ['UN Country Team, Chile', true],
    ]);
  });

  it('org create refuses a duplicate name, an unknown kind and an unknown country', async () => {
    const twice = await hub('org', 'create', '--name', 'harbour light foundation', '--kind', 'academia');
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/exists already/);
    const kind = await hub('org', 'create', '--name', 'X', '--kind', 'club');
    expect(kind.code).toBe(2);
    expect(kind.stderr).toMatch(/--kind must be one of un-entity, member-state/);
    const country = await hub('org', 'create', '--name', 'X', '--kind', 'other', '--country', 'XXX');
    expect(country.code).toBe(2);
    expect(country.stderr).toMatch(/--country/);
  });

  it('site register records a partner site and its origins, normalised', async () => {
    const res = await hub('site', 'register', '--name', 'Partner portal', '--origin', 'https://Partner.example.org/', '--origin', 'http://localhost:5173');
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/https:\/\/partner\.example\.org, http:\/\/localhost:5173|http:\/\/localhost:5173, https:\/\/partner\.example\.org/);
    expect(await inStore((store) => store.partnerSites.allowsOrigin('https://partner.example.org'))).toBe(true);
    const bad = await hub('site', 'register', '--name', 'Bad', '--origin', 'https://partner.example.org/some/page');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--origin: .* is not an origin/);
    expect((await hub('site', 'register', '--name', 'None')).stderr).toMatch(/--origin is required/);
  });

  it('invite creates the person in their organisation and queues a welcome email', async () => {
    const res = await hub('invite', '--email', 'Lucia.Ramirez@Example.org', '--name', 'Lucía Ramírez', '--org', 'UN Country Team, Chile');
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/Invited Lucía Ramírez <lucia.ramirez@example.org> \(usr_\w+\) of UN Country Team, Chile/);
    const [person, mail] = await inStore(async (store) => [await store.people.findByEmail('lucia.ramirez@example.org'), (await store.outbox.list(1))[0]] as const);
    expect(person?.name).toBe('Lucía Ramírez');
    expect(mail).toMatchObject({ to: 'lucia.ramirez@example.org', status: 'pending' });
    expect(mail?.text).toContain('https://hub.example.org');
    expect(mail?.text).toContain('UN Country Team, Chile');

    const again = await hub('invite', '--email', 'lucia.ramirez@example.org', '--name', 'Twin');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/has an account already/);
    const noOrg = await hub('invite', '--email', 'x@example.org', '--name', 'X', '--org', 'Nowhere Inc');
    expect(noOrg.code).toBe(1);
    expect(noOrg.stderr).toMatch(/No organisation is called "Nowhere Inc"/);
  });

  it('role grant gives a role once and writes it to the audit log', async () => {
    const res = await hub('role', 'grant', '--email', 'lucia.ramirez@example.org', '--role', 'reviewer');
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/is now reviewer/);
    expect((await hub('role', 'grant', '--email', 'lucia.ramirez@example.org', '--role', 'reviewer')).stdout).toMatch(/reviewer already/);
    const [roles, audit] = await inStore(async (store) => {
      const person = await store.people.findByEmail('lucia.ramirez@example.org');
      return [await store.people.roles(person?.id ?? ''), await store.audit.list({ subject: person?.id ?? '', limit: 10 })] as const;
    });
    expect(roles).toEqual(['contributor', 'reviewer']);
    expect(audit.map((e) => e.action)).toEqual(['role.granted', 'person.invited']);
  });

  it('role grant --role reviewer records declared expertise, languages and conflicts', async () => {
    const res = await hub(
      'role', 'grant', '--email', 'lucia.ramirez@example.org', '--role', 'reviewer',
      '--objective', '5', '--objective', '23', '--theme', 'regular-migration', '--language', 'es', '--language', 'en',
      '--conflict', 'Harbour Light Foundation',
    );
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/Declared: objectives 5, 23; themes regular-migration; languages es, en; conflicts with 1 organisation/);
    const profile = await inStore(async (store) => {
      const person = await store.people.findByEmail('lucia.ramirez@example.org');
      return store.people.reviewerProfile(person?.id ?? '');
    });
    const harbour = await inStore((store) => store.organisations.findByName('Harbour Light Foundation'));
    expect(profile).toMatchObject({
      expertise: { objectives: [5, 23], themes: ['regular-migration'] },
      languages: ['es', 'en'],
      conflictOrganisationIds: [harbour?.id],
    });
  });

  it.each([
    [['role', 'grant', '--email', 'lucia.ramirez@example.org', '--role', 'curator', '--objective', '5'], 2, /go with --role reviewer/],
    [['role', 'grant', '--email', 'lucia.ramirez@example.org', '--role', 'reviewer', '--objective', '24'], 2, /--objective must be/],
    [['role', 'grant', '--email', 'lucia.ramirez@example.org', '--role', 'reviewer', '--theme', 'cooking'], 2, /--theme must be one of/],
    [['role', 'grant', '--email', 'lucia.ramirez@example.org', '--role', 'reviewer', '--conflict', 'Nowhere'], 1, /No organisation is called/],
    [['role', 'grant', '--email', 'nobody@example.org', '--role', 'curator'], 1, /invite them first/],
    [['role', 'grant', '--email', 'lucia.ramirez@example.org', '--role', 'contributor'], 2, /contributor already/],
    [['role', 'grant', '--email', 'lucia.ramirez@example.org', '--role', 'king'], 2, /--role must be one of/],
    [['role', 'grant', '--email', 'not-an-address', '--role', 'admin'], 2, /--email must be an email address/],
    [['role', 'revoke'], 2, /Unknown role command/],
    [['org', 'create', '--name', 'X', '--kind', 'other', '--colour', 'red'], 2, /Usage: hub/],
  ])('refuses %j', async (args, code, message) => {
    const res = await hub(...args);
    expect(res.code).toBe(code);
    expect(res.stderr).toMatch(message);
  });

  it('grants nothing when a declaration is wrong', async () => {
    expect((await hub('invite', '--email', 'typo@example.org', '--name', 'Typo')).code).toBe(0);
    const res = await hub('role', 'grant', '--email', 'typo@example.org', '--role', 'reviewer', '--language', 'English');
    expect(res.code).toBe(2);
    const roles = await inStore(async (store) => store.people.roles((await store.people.findByEmail('typo@example.org'))?.id ?? ''));
    expect(roles).toEqual(['contributor']);
  });

  it('lists the admin commands in the help', async () => {
    const { stdout } = await hub('help');
    for (const command of ['org create', 'site register', 'role grant', 'invite']) expect(stdout).toContain(command);
  });
});
