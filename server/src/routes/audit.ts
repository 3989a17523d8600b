// Reading the audit log: the whole log for curators (filtered, paged) and one submission's history for its owner.
import { Hono, type MiddlewareHandler } from 'hono';
import type { operations } from '@mnh/contract';
import type { SignIn, SignedIn } from '../auth/sign-in.js';
import { collapseEdits, entryJson, ownerEntryJson } from '../audit/entry-view.js';
import { authenticate, requireRole } from '../http/authenticate.js';
import type { Contract } from '../http/contract.js';
import type { HubEnv } from '../http/env.js';
import { ProblemError } from '../http/problem.js';
import { validateParams } from '../http/validate.js';
import type { Store } from '../store/types.js';
import { readsAll } from '../submissions/access.js';

type AuditListQuery = NonNullable<operations['listAudit']['parameters']['query']>;

export interface AuditRouteDeps {
  store: Store;
  contract: Contract;
  signIn: SignIn;
}

const PRIVATE = { 'Cache-Control': 'no-store' };

/** Mounted at `/v1`: `/audit` and `/submissions/{submission}/history`. */
export function audit({ store, contract, signIn }: AuditRouteDeps): Hono<HubEnv> {
  const signedIn = authenticate({ signIn });
  // The submissions router authenticates everything under /v1/submissions; no need to do it twice.
  const once: MiddlewareHandler<HubEnv> = (c, next) => (c.get('signedIn') ? next() : signedIn(c, next));
  return new Hono<HubEnv>()
    .get('/audit', once, requireRole('curator', 'admin'), validateParams(contract, 'listAudit'), async (c) => {
      const { limit = 20, ...filters } = c.get('query') as AuditListQuery;
      const page = await store.auditTrail.page({ ...filters, limit });
      return c.json({ items: page.items.map(entryJson), nextCursor: page.nextCursor }, 200, PRIVATE);
    })
    .get('/submissions/:submission/history', once, validateParams(contract, 'getSubmissionHistory'), async (c) => {
      const who = c.get('signedIn') as SignedIn;
      const id = (c.get('params') as { submission: string }).submission;
      const submission = await store.submissions.get(id);
      // Checked here, not through the shared submission access rules: those may let assigned
      // reviewers read a submission, but its history would show them who the other reviewers are.
      if (!submission || (submission.ownerId !== who.person.id && !readsAll(who))) {
        throw new ProblemError(404, `You have no submission with the id "${id}".`);
      }
      const entries = collapseEdits(await store.auditTrail.history(submission.id));
      const items = readsAll(who) ? entries.map(entryJson) : entries.map((entry) => ownerEntryJson(entry, submission.ownerId));
      return c.json({ items }, 200, PRIVATE);
    });
}
