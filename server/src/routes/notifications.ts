// The signed-in person's own notifications: the list (with the unread count) and marking them read.
import { Hono } from 'hono';
import type { components, operations } from '@mnh/contract';
import type { SignIn, SignedIn } from '../auth/sign-in.js';
import { authenticate } from '../http/authenticate.js';
import type { Contract } from '../http/contract.js';
import type { HubEnv } from '../http/env.js';
import { jsonBody } from '../http/json-body.js';
import { validateParams } from '../http/validate.js';
import type { Store } from '../store/types.js';

type ListQuery = NonNullable<operations['listMyNotifications']['parameters']['query']>;
type ReadBody = components['schemas']['NotificationsRead'];

export interface NotificationRouteDeps {
  store: Store;
  contract: Contract;
  signIn: SignIn;
  clock: () => Date;
}

const PRIVATE = { 'Cache-Control': 'no-store' };

/** Every query is by the signed-in person's id, so there is no id of someone else's to guess. */
export function notifications({ store, contract, signIn, clock }: NotificationRouteDeps): Hono<HubEnv> {
  const personOf = (signedIn: SignedIn | undefined) => (signedIn as SignedIn).person.id; // authenticate() ran first
  return new Hono<HubEnv>()
    .use(authenticate({ signIn }))
    .get('/', validateParams(contract, 'listMyNotifications'), async (c) => {
      const query = c.get('query') as ListQuery;
      const list = await store.notifications.list(personOf(c.get('signedIn')), {
        unreadOnly: query.unread === true,
        limit: query.limit ?? 20,
      });
      return c.json(list, 200, PRIVATE);
    })
    .post('/read', validateParams(contract, 'markNotificationsRead'), jsonBody(contract, 'markNotificationsRead', { maxBytes: 16 * 1024 }), async (c) => {
      const body = c.get('body') as ReadBody | undefined;
      await store.notifications.markRead(personOf(c.get('signedIn')), body?.ids, clock().toISOString());
      return c.body(null, 204, PRIVATE);
    });
}
