// The demo's organisations, people and roles: someone to sign in as for every role (listed in the README).
import type { OrganisationKind, Role, Store } from '../store/types.js';
import { seededId } from './ids.js';

interface DemoOrganisation {
  key: string;
  name: string;
  kind: OrganisationKind;
  country: string | null;
}

interface DemoPerson {
  email: string;
  name: string;
  organisation: string | null;
  roles: Role[];
  reviewer?: { objectives: number[]; themes: string[]; languages: string[]; conflicts?: string[] };
}

/** Fictional organisations of several kinds, three of them UN entities, so reviewer balance can be shown. */
export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  { key: 'secretariat', name: 'UN Network on Migration Secretariat', kind: 'un-entity', country: null },
  { key: 'unct-kenya', name: 'UN Country Team, Kenya', kind: 'un-entity', country: 'KEN' },
  { key: 'un-americas', name: 'Regional UN Migration Working Group, Americas', kind: 'un-entity', country: null },
  { key: 'ministry-mexico', name: 'Ministry of Labour and Migration, Mexico', kind: 'member-state', country: 'MEX' },
  { key: 'forum-asia', name: 'Intergovernmental Forum on Labour Mobility, Asia', kind: 'regional-body', country: null },
  { key: 'lantern', name: 'Lantern Legal Aid', kind: 'civil-society', country: 'PHL' },
  { key: 'institute', name: 'Institute for Mobility Studies', kind: 'academia', country: 'DEU' },
  { key: 'domestic-workers', name: 'Federation of Domestic Workers', kind: 'trade-union', country: 'ZAF' },
  { key: 'diaspora', name: 'Diaspora Development Council', kind: 'migrant-organisation', country: 'SEN' },
];

/** Addresses at example.org (RFC 2606): they never reach anyone, so the demo reads codes at /dev/outbox. */
export const DEMO_PEOPLE: readonly DemoPerson[] = [
  { email: 'admin@example.org', name: 'Amina Abara', organisation: 'secretariat', roles: ['admin'] },
  { email: 'curator@example.org', name: 'Carmen Castellanos', organisation: 'secretariat', roles: ['curator'] },
  { email: 'moderator@example.org', name: 'Mateo Morales', organisation: 'institute', roles: ['moderator'] },
  {
    email: 'reviewer1@example.org',
    name: 'Hana Haddad',
    organisation: 'unct-kenya',
    roles: ['reviewer'],
    reviewer: { objectives: [7, 15, 16], themes: ['protection', 'social-inclusion'], languages: ['en', 'ar'] },
  },
  {
    email: 'reviewer2@example.org',
    name: 'Rosa Ramírez',
    organisation: 'un-americas',
    roles: ['reviewer'],
    reviewer: { objectives: [5, 6, 23], themes: ['regular-migration'], languages: ['es', 'en'] },
  },
  {
    email: 'reviewer3@example.org',
    name: 'Kwame Kariuki',
    organisation: 'lantern',
    roles: ['reviewer'],
    reviewer: { objectives: [10, 13, 21], themes: ['protection', 'irregular-migration'], languages: ['en', 'fr'] },
  },
  {
    email: 'reviewer4@example.org',
    name: 'Ines Lemaire',
    organisation: 'institute',
    roles: ['reviewer'],
    reviewer: { objectives: [1, 17, 18], themes: ['evidence-and-data'], languages: ['fr', 'en'] },
  },
  {
    email: 'reviewer5@example.org',
    name: 'Dmitri Petrenko',
    organisation: 'domestic-workers',
    roles: ['reviewer'],
    reviewer: { objectives: [6, 22], themes: ['regular-migration'], languages: ['ru', 'en'] },
  },
  {
    email: 'reviewer6@example.org',
    name: 'Wei Zhou',
    organisation: 'forum-asia',
    roles: ['reviewer'],
    reviewer: { objectives: [11, 12, 20], themes: ['irregular-migration', 'regular-migration'], languages: ['zh', 'en'] },
  },
  {
    email: 'reviewer7@example.org',
    name: 'Fatou Ndiaye',
    organisation: 'diaspora',
    roles: ['reviewer'],
    // Declared: she sits on Lantern Legal Aid's board, so she must not review its practices.
    reviewer: { objectives: [19, 20], themes: ['regular-migration'], languages: ['fr', 'en'], conflicts: ['lantern'] },
  },
  { email: 'contributor1@example.org', name: 'Omar Farouk', organisation: 'ministry-mexico', roles: [] },
  { email: 'contributor2@example.org', name: 'Priya Banerjee', organisation: 'lantern', roles: [] },
  { email: 'contributor3@example.org', name: 'Samuel Tembo', organisation: null, roles: [] },
];

/** The demo pages are served by the hub itself, on either name of the local machine. */
export const DEMO_PARTNER_SITE = { name: 'Hub demo pages', origins: ['http://localhost:8787', 'http://127.0.0.1:8787'] };

/** Offsets keep seeded person and organisation ids apart from each other's number ranges. */
const ORG_ID_BASE = 10_000;
const PERSON_ID_BASE = 20_000;

/**
 * Adds the demo organisations, people, roles, reviewer profiles and partner origins when the store
 * has no people yet, including databases seeded before accounts existed. Returns whether it did.
 */
export async function seedAccountsIfEmpty(store: Store): Promise<boolean> {
  if ((await store.people.count()) > 0) return false;
  const organisationIds = new Map<string, string>();
  for (const [n, org] of DEMO_ORGANISATIONS.entries()) {
    const existing = await store.organisations.findByName(org.name);
    const created =
      existing ?? (await store.organisations.create({ id: seededId('org', ORG_ID_BASE + n), name: org.name, kind: org.kind, country: org.country }));
    organisationIds.set(org.key, created.id);
  }
  const idOf = (key: string) => organisationIds.get(key) as string;
  for (const [n, person] of DEMO_PEOPLE.entries()) {
    const created = await store.people.create({
      id: seededId('usr', PERSON_ID_BASE + n),
      email: person.email,
      name: person.name,
      organisationId: person.organisation === null ? null : idOf(person.organisation),
    });
    for (const role of person.roles) await store.people.grantRole(created.id, role);
    if (person.reviewer) {
      await store.people.setReviewerProfile(created.id, {
        expertise: { objectives: person.reviewer.objectives, themes: person.reviewer.themes },
        languages: person.reviewer.languages,
        conflictOrganisationIds: (person.reviewer.conflicts ?? []).map(idOf),
      });
    }
  }
  await store.partnerSites.register(DEMO_PARTNER_SITE);
  return true;
}
