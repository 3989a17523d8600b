// What is never public: unpublished practices, a focal point's contact, an expert's email and phone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PracticeRecord, Store } from '../../src/store/types.js';
import { expectContract, expert, ids, practice, storeWith } from './support.js';

const SECRET_NAME = 'Quillon Secretperson';
const SECRET_EMAIL = 'quillon.private@example.org';
const SECRET_PHONE = '+1 555 0199';
const focalPoint = { name: SECRET_NAME, email: SECRET_EMAIL, phone: SECRET_PHONE };

const published = practice({ id: 'prc_public0001', slug: 'public-one', title: 'Shelters for migrants', focalPoint });
const hiddenStates: PracticeRecord['state'][] = ['draft', 'submitted', 'in-review', 'rejected', 'withdrawn'];
const hidden = hiddenStates.map((state, i) =>
  practice({ id: `prc_hidden000${i}`, slug: `hidden-${state}`, state, title: `Shelters for migrants ${state}`, focalPoint }),
);
const person = expert({ id: 'exp_private001', name: 'Ada Example', email: 'ada.secret@example.org', phone: '+1 555 0142' });

let store: Store;
beforeAll(async () => {
  store = await storeWith([published, ...hidden], [person]);
});
afterAll(() => store.close());

/** Every read a client can make, as JSON. */
async function everyRead(): Promise<string[]> {
  const bodies: unknown[] = [];
  for (const sort of ['newest', 'title', 'relevance'] as const) {
    bodies.push(await store.practices.list({ sort, limit: 100 }));
    for (const q of ['shelters', 'Quillon', 'secretperson', 'private', '555']) bodies.push(await store.practices.list({ q, sort, limit: 100 }));
  }
  for (const key of [published.id, published.slug, ...hidden.flatMap((p) => [p.id, p.slug])]) bodies.push(await store.practices.get(key));
  bodies.push(await store.experts.list({ limit: 100 }));
  for (const q of ['Ada', 'secret', 'example', '0142']) bodies.push(await store.experts.list({ q, limit: 100 }));
  bodies.push(await store.experts.get(person.id));
  return bodies.map((body) => JSON.stringify(body));
}

describe('private data', () => {
  it('unpublished practices are never listed, searched or fetched', async () => {
    for (const sort of ['newest', 'title'] as const) {
      const page = await store.practices.list({ sort, limit: 100 });
      expect(ids(page.items)).toEqual([published.id]);
      expect(page.total).toBe(1);
    }
    const found = await store.practices.list({ q: 'shelters', sort: 'relevance', limit: 100 });
    expect(ids(found.items)).toEqual([published.id]);
    for (const p of hidden) {
      expect(await store.practices.get(p.id)).toBeNull();
      expect(await store.practices.get(p.slug)).toBeNull();
    }
  });

  it('filters never reveal unpublished practices either', async () => {
    const page = await store.practices.list({ sort: 'newest', limit: 100, objective: [1], region: ['africa'], language: ['en'] });
    expect(ids(page.items)).toEqual([published.id]);
  });

  it("a focal point's contact appears in no read, and cannot be searched for", async () => {
    for (const body of await everyRead()) {
      for (const secret of [SECRET_NAME, SECRET_EMAIL, SECRET_PHONE, 'focalPoint', 'focal_point']) expect(body).not.toContain(secret);
    }
    expect((await store.practices.list({ q: 'Quillon', sort: 'relevance', limit: 10 })).total).toBe(0);
  });

  it("an expert's email and phone appear in no read, and cannot be searched for", async () => {
    for (const body of await everyRead()) {
      for (const secret of ['ada.secret', '555 0142', '"email"', '"phone"']) expect(body).not.toContain(secret);
    }
    expect((await store.experts.list({ q: 'secret', limit: 10 })).total).toBe(0);
  });

  it('reads are exactly the public schemas of the contract', async () => {
    const got = await store.practices.get(published.slug);
    expectContract('Practice', got);
    expectContract('PracticePage', await store.practices.list({ sort: 'newest', limit: 10 }));
    expectContract('Expert', await store.experts.get(person.id));
    expectContract('ExpertPage', await store.experts.list({ limit: 10 }));
    expect(() => expectContract('Practice', { ...got, focalPoint })).toThrow();
  });

  it('a practice reads back as it was stored, minus the private fields', async () => {
    const { state: _state, focalPoint: _focal, ...publicPart } = published;
    expect(await store.practices.get(published.id)).toEqual(publicPart);
    const { email: _email, phone: _phone, ...publicProfile } = person;
    // Imported experts accept messages through the hub until they switch it off (their address stays private).
    expect(await store.experts.get(person.id)).toEqual({ ...publicProfile, contactable: true });
  });
});
