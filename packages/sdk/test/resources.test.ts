// The SDK's reads of the tools and library against the real Hono app and seeded store, in-process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HubProblemError } from '../src/index.js';
import { inProcessClient, openSeededHub } from './hub.js';
import type { App, Store } from './hub.js';

let store: Store;
let app: App;

beforeAll(async () => {
  ({ store, app } = await openSeededHub());
});
afterAll(async () => {
  await store.close();
});

describe('resources', () => {
  it('sends type, publisher and facets as repeated parameters and gets only matching resources', async () => {
    const { hub, requests } = inProcessClient(app);
    const page = await hub.listResources({ type: ['tool', 'dataset'], region: ['asia'], limit: 50 });
    expect(requests[0]?.search).toBe('?type=tool&type=dataset&region=asia&limit=50');
    expect(page.total).toBeGreaterThan(0);
    for (const resource of page.items) {
      expect(['tool', 'dataset']).toContain(resource.type);
      expect(resource.regions).toContain('asia');
    }
    const publisher = page.items[0]?.publisher ?? '';
    const byPublisher = await hub.listResources({ publisher: [publisher] });
    expect(byPublisher.items.every((r) => r.publisher === publisher)).toBe(true);
  });

  it('gets a resource by id or slug, in full', async () => {
    const { hub } = inProcessClient(app);
    const [first] = (await hub.listResources({ limit: 1 })).items;
    const byId = await hub.getResource(first?.id ?? '');
    expect(await hub.getResource(first?.slug ?? '')).toEqual(byId);
    expect(byId).toMatchObject({ id: first?.id, url: first?.url, publisher: { name: first?.publisher } });
    expect(byId.description.length).toBeGreaterThan(0);
  });

  it('walks every resource of a query across pages', async () => {
    const { hub } = inProcessClient(app);
    const ids: string[] = [];
    for await (const resource of hub.resources({ language: ['fr'], limit: 5 })) ids.push(resource.id);
    expect(ids.length).toBe((await hub.listResources({ language: ['fr'] })).total);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('throws a problem naming the field for a type the hub does not know, and 404 for an unknown resource', async () => {
    const { hub } = inProcessClient(app);
    const refused = await hub.listResources({ type: ['podcast' as 'tool'] }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(HubProblemError);
    expect((refused as HubProblemError).problem.errors?.map((e) => e.field)).toEqual(['type']);
    await expect(hub.getResource('no-such-resource')).rejects.toMatchObject({ status: 404 });
  });
});
