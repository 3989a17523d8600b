// The SDK over a real socket against the hub as `pnpm start` runs it, with the runtime's own fetch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub } from '../../../server/src/bench-target.js';
import type { RunningHub } from '../../../server/src/bench-target.js';
import { createHubClient, HubProblemError } from '../src/index.js';
import type { HubClient } from '../src/index.js';

let running: RunningHub;
let hub: HubClient;

beforeAll(async () => {
  running = await startHub({ dbPath: ':memory:', port: 0, host: '127.0.0.1' });
  hub = createHubClient({ baseUrl: running.url, lang: 'es' });
});
afterAll(async () => {
  await running.close();
});

describe('against a listening hub', () => {
  it('reads health, labels, lists and single items', async () => {
    await expect(hub.getHealth()).resolves.toMatchObject({ status: 'ok' });

    const taxonomy = await hub.getTaxonomy();
    expect(taxonomy.language).toBe('es');
    expect(taxonomy.regions.map((r) => r.key)).toContain('africa');

    const page = await hub.listPractices({ objective: [5], region: ['africa'], limit: 5 });
    expect(page.items.length).toBeGreaterThan(0);
    const [first] = page.items;
    if (!first) throw new Error('no practice for objective 5 in Africa');
    expect(first.objectives).toContain(5);
    await expect(hub.getPractice(first.slug)).resolves.toMatchObject({ id: first.id });

    const [someone] = (await hub.listExperts({ limit: 1 })).items;
    if (!someone) throw new Error('the seed has no experts');
    await expect(hub.getExpert(someone.id)).resolves.toMatchObject({ name: someone.name });
  });

  it('walks every expert of a filtered list over the network', async () => {
    const query = { region: ['oceania' as const], language: ['en'] };
    const { total } = await hub.listExperts(query);
    let count = 0;
    for await (const expert of hub.experts({ ...query, limit: 25 })) {
      expect(expert.regions).toContain('oceania');
      count++;
    }
    expect(total).toBeGreaterThan(25);
    expect(count).toBe(total);
  });

  it('turns a 400 and a 404 into problem errors', async () => {
    await expect(hub.listExperts({ limit: 0 })).rejects.toMatchObject({
      status: 400,
      problem: { errors: [expect.objectContaining({ field: 'limit', in: 'query' })] },
    });
    const missing = await hub.getPractice('no-such-practice').catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(HubProblemError);
    expect((missing as HubProblemError).status).toBe(404);
  });
});
