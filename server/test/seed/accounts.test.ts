// The demo accounts: someone to sign in as for every role, balanced reviewers, and old databases catching up.
import { describe, expect, it } from 'vitest';
import { seedAccountsIfEmpty } from '../../src/seed/accounts.js';
import { seed, seedIfEmpty } from '../../src/seed/index.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { call } from '../helpers/contract-check.js';
import { appOn } from '../helpers/hub.js';
import { codeSentTo, post } from '../auth/support.js';

describe('the demo accounts', () => {
  it('have an admin, a curator, a moderator, contributors and at least six reviewers from UN and non-UN organisations', async () => {
    const store = await openSqliteStore(':memory:');
    expect(await seedAccountsIfEmpty(store)).toBe(true);
    for (const role of ['admin', 'curator', 'moderator'] as const) expect(await store.people.withRole(role)).toHaveLength(1);
    const reviewers = await store.people.withRole('reviewer');
    expect(reviewers.length).toBeGreaterThanOrEqual(6);
    const unEntity = await Promise.all(reviewers.map(async (r) => (await store.organisations.get(r.organisationId ?? ''))?.unEntity));
    expect(unEntity.filter(Boolean).length).toBeGreaterThanOrEqual(2);
    expect(unEntity.filter((u) => u === false).length).toBeGreaterThanOrEqual(3);
    for (const reviewer of reviewers) {
      const profile = await store.people.reviewerProfile(reviewer.id);
      expect(profile?.expertise.objectives.length).toBeGreaterThan(0);
      expect(profile?.languages.length).toBeGreaterThan(0);
    }
    const kinds = new Set((await store.organisations.list()).map((o) => o.kind));
    expect(kinds.size).toBeGreaterThanOrEqual(6);
    expect(await store.partnerSites.allowsOrigin('http://localhost:8787')).toBe(true);
    expect(await store.partnerSites.allowsOrigin('http://127.0.0.1:8787')).toBe(true);
    expect(await seedAccountsIfEmpty(store)).toBe(false);
    await store.close();
  });

  it('are the same on every run', async () => {
    const ids = async () => {
      const store = await openSqliteStore(':memory:');
      await seedAccountsIfEmpty(store);
      const people = await store.people.withRole('contributor');
      await store.close();
      return people.map((p) => `${p.id} ${p.email} ${p.organisationId}`);
    };
    expect(await ids()).toEqual(await ids());
  });

  it('are added to a database seeded before accounts existed', async () => {
    const store = await openSqliteStore(':memory:');
    await seed(store, { practices: 3, experts: 2 });
    expect(await store.people.count()).toBe(0);
    const result = await seedIfEmpty(store);
    expect(result.seeded).toBe(false);
    expect(await store.people.count()).toBeGreaterThan(10);
    await store.close();
  });

  it('are left out when asked (a production start)', async () => {
    const store = await openSqliteStore(':memory:');
    await seedIfEmpty(store, { accounts: false });
    expect(await store.people.count()).toBe(0);
    await store.close();
  });

  it('sign in as the README says: ask for a code, read it in the outbox, become the curator', async () => {
    const store = await openSqliteStore(':memory:');
    await seedAccountsIfEmpty(store);
    const app = appOn(store);
    await post(app, '/v1/auth/code', { email: 'curator@example.org' });
    const outbox = await call(app, '/dev/outbox?format=json');
    expect((outbox.json as { items: { to: string }[] }).items[0]?.to).toBe('curator@example.org');
    const res = await post(app, '/v1/auth/token', { email: 'curator@example.org', code: await codeSentTo(store, 'curator@example.org') });
    expect(res.json).toMatchObject({ user: { name: 'Carmen Castellanos', roles: ['contributor', 'curator'], organisation: { kind: 'un-entity' } } });
    await store.close();
  });
});
