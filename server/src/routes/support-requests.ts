// Capacity-building support requests: asking, reading one's own (curators: all), editing while received, moving on, messages.
import { Hono } from 'hono';
import { requireRole } from '../http/authenticate.js';
import type { HubEnv } from '../http/env.js';
import { jsonBody } from '../http/json-body.js';
import { validateParams } from '../http/validate.js';
import type { SupportContent, SupportState } from '../store/support-types.js';
import { runsDesk, visibleRequest } from '../support/access.js';
import { createRequest, editRequest, postMessage, transitionRequest } from '../support/steps.js';
import type { TransitionAsk } from '../support/transitions.js';
import { SupportReader } from '../support/views.js';
import { NO_STORE, param, signedInOnce, whoIs } from './review-deps.js';
import type { SupportRouteDeps } from './support-desk.js';

/** A request is a few thousand characters of text; 64 KiB leaves room and bounds abuse. */
const SUPPORT_BODY = { maxBytes: 64 * 1024 };
/** The desk's queue and a requester's list are short; the newest this many are shown. */
const LIST_LIMIT = 200;

export function supportRequests(deps: SupportRouteDeps): Hono<HubEnv> {
  const { store, contract } = deps;
  return new Hono<HubEnv>()
    .use('*', signedInOnce(deps.signIn))
    .get('/', validateParams(contract, 'listSupportRequests'), async (c) => {
      const who = whoIs(c);
      const state = (c.get('query') as { state?: SupportState }).state;
      const records = await store.supportRequests.list({ requesterId: runsDesk(who) ? undefined : who.person.id, state, limit: LIST_LIMIT });
      const reader = new SupportReader(store);
      return c.json({ items: await Promise.all(records.map((r) => reader.request(r))) }, 200, NO_STORE);
    })
    .post('/', jsonBody(contract, 'createSupportRequest', SUPPORT_BODY), async (c) => {
      const created = await createRequest(deps, whoIs(c), c.get('body') as SupportContent);
      return c.json(await new SupportReader(store).request(created), 201, { ...NO_STORE, Location: `/v1/support-requests/${created.id}` });
    })
    .get('/:supportRequest', validateParams(contract, 'getSupportRequest'), async (c) => {
      const request = await visibleRequest(store, param(c, 'supportRequest'), whoIs(c));
      return c.json(await new SupportReader(store).request(request), 200, NO_STORE);
    })
    .patch(
      '/:supportRequest',
      validateParams(contract, 'updateSupportRequest'),
      jsonBody(contract, 'updateSupportRequest', SUPPORT_BODY),
      async (c) => {
        const edited = await editRequest(deps, whoIs(c), param(c, 'supportRequest'), c.get('body') as Partial<SupportContent>);
        return c.json(await new SupportReader(store).request(edited), 200, NO_STORE);
      },
    )
    .post(
      '/:supportRequest/transition',
      validateParams(contract, 'transitionSupportRequest'),
      requireRole('curator', 'admin'),
      jsonBody(contract, 'transitionSupportRequest', SUPPORT_BODY),
      async (c) => {
        const moved = await transitionRequest(deps, whoIs(c), param(c, 'supportRequest'), c.get('body') as TransitionAsk);
        return c.json(await new SupportReader(store).request(moved), 200, NO_STORE);
      },
    )
    .get('/:supportRequest/messages', validateParams(contract, 'listSupportMessages'), async (c) => {
      const request = await visibleRequest(store, param(c, 'supportRequest'), whoIs(c));
      const reader = new SupportReader(store);
      const messages = await store.supportRequests.messages(request.id);
      return c.json({ items: await Promise.all(messages.map((m) => reader.message(m))) }, 200, NO_STORE);
    })
    .post(
      '/:supportRequest/messages',
      validateParams(contract, 'postSupportMessage'),
      jsonBody(contract, 'postSupportMessage', SUPPORT_BODY),
      async (c) => {
        const message = await postMessage(deps, whoIs(c), param(c, 'supportRequest'), (c.get('body') as { text: string }).text);
        return c.json(await new SupportReader(store).message(message), 201, NO_STORE);
      },
    );
}
