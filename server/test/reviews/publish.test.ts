// Publishing is one transaction with the last verdict: a failure leaves nothing half-written; success is listed at once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { components } from '@mnh/contract';
import { call } from '../helpers/contract-check.js';
import { assignAll, CONTRIBUTOR, mexicanDraft, NON_UN, reviewHub, submitted, UN, verdict, type ReviewHub } from './support.js';

type PracticePage = components['schemas']['PracticePage'];
const REVIEWERS = [UN[0], NON_UN[1], NON_UN[2]] as const;

let hub: ReviewHub | undefined;
let dir: string | undefined;
afterEach(async () => {
  await hub?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function snapshot(h: ReviewHub, id: string) {
  return {
    submission: await h.store.submissions.get(id),
    reviews: await h.store.reviews.forSubmission(id),
    audit: await h.store.audit.list({ subject: id, limit: 100 }),
    outbox: (await h.store.outbox.list(500)).length,
    notifications: (await h.store.notifications.list(await h.id(CONTRIBUTOR), { unreadOnly: false, limit: 100 })).items.length,
    practices: await h.store.practices.count(),
    version: h.store.version(),
  };
}

describe('publishing', () => {
  it('rolls back the verdict, the state, the audit rows and the notices when the practice cannot be inserted', async () => {
    dir = mkdtempSync(join(tmpdir(), 'mnh-publish-'));
    const path = join(dir, 'hub.db');
    hub = await reviewHub({}, path);
    const practice = await submitted(hub, CONTRIBUTOR);
    await assignAll(hub, practice.id, REVIEWERS);
    await verdict(hub, practice.id, REVIEWERS[0], 'approve');
    await verdict(hub, practice.id, REVIEWERS[1], 'approve');
    await hub.token(REVIEWERS[2]); // signed in beforehand: its code mail is not part of the step
    const before = await snapshot(hub, practice.id);

    // Another connection makes every practice insert fail, as a full disk or a broken index would.
    const saboteur = new Database(path);
    saboteur.exec(`CREATE TRIGGER refuse_practice BEFORE INSERT ON practice BEGIN SELECT RAISE(ABORT, 'disk full'); END;`);
    const failed = await verdict(hub, practice.id, REVIEWERS[2], 'approve');
    expect(failed.status).toBe(500);
    expect(await snapshot(hub, practice.id)).toEqual(before);
    expect(before.submission?.state).toBe('in-review');

    // Once the fault is gone, the same verdict publishes it.
    saboteur.exec('DROP TRIGGER refuse_practice');
    saboteur.close();
    expect((await verdict(hub, practice.id, REVIEWERS[2], 'approve')).status).toBe(201);
    const after = await snapshot(hub, practice.id);
    expect(after.submission?.state).toBe('published');
    expect(after.practices).toBe(before.practices + 1);
    expect(after.version).toBeGreaterThan(before.version);
  });

  it('keeps slugs unique and derives regions and scope from the countries when the submitter gave none', async () => {
    hub = await reviewHub();
    const publish = async (draft = mexicanDraft()) => {
      const practice = await submitted(hub as ReviewHub, CONTRIBUTOR, draft);
      await assignAll(hub as ReviewHub, practice.id, REVIEWERS);
      for (const reviewer of REVIEWERS) await verdict(hub as ReviewHub, practice.id, reviewer, 'approve');
    };
    await publish(mexicanDraft({ countries: ['MEX', 'KEN'] }));
    await publish(mexicanDraft({ countries: [] }));
    const page = (await call(hub.app, '/v1/practices?sort=title')).json as PracticePage;
    expect(page.items.map((p) => [p.slug, p.regions, p.scope])).toEqual(
      expect.arrayContaining([
        ['temporary-work-visas-with-portable-social-security', ['africa', 'americas'], 'regional'],
        ['temporary-work-visas-with-portable-social-security-2', ['global'], 'global'],
      ]),
    );
    // Listed at once: the public cache keyed on the store's version sees it without waiting.
    expect(page.total).toBe(2);
  });
});
