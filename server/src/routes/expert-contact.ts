// Writing to an expert through the hub: POST /v1/experts/{expert}/contact, within limits, the address never shown.
import { Hono } from 'hono';
import type { components } from '@mnh/contract';
import { contactRefusal, CONTACT_LIMITS } from '../experts/contact-limits.js';
import { expertContactMail } from '../experts/contact-mail.js';
import { authenticate } from '../http/authenticate.js';
import type { HubEnv } from '../http/env.js';
import { jsonBody } from '../http/json-body.js';
import { ProblemError } from '../http/problem.js';
import { validateParams } from '../http/validate.js';
import type { ContactLimits } from '../store/expert-profile-types.js';
import type { ConnectionRouteDeps } from './connection-deps.js';
import { NO_STORE, param, whoIs } from './review-deps.js';

type ContactRequest = components['schemas']['ExpertContactRequest'];

/**
 * Every answer is the same whatever the expert's address: 202 `queued`, or a problem that names
 * the expert only by the id the caller gave. Limits are checked and the message recorded in one
 * transaction (store `expertContact.send`).
 *
 * @example
 * ```ts
 * app.route('/v1/experts', expertContact({ store, contract, signIn, clock }));
 * ```
 */
export function expertContact(deps: ConnectionRouteDeps & { limits?: ContactLimits }): Hono<HubEnv> {
  const { store, contract, signIn, clock, limits = CONTACT_LIMITS } = deps;
  return new Hono<HubEnv>().post(
    '/:expert/contact',
    authenticate({ signIn }),
    validateParams(contract, 'contactExpert'),
    jsonBody(contract, 'contactExpert', { maxBytes: 32 * 1024 }),
    async (c) => {
      const expertId = param(c, 'expert');
      const { subject, message } = c.get('body') as ContactRequest;
      const { person } = whoIs(c);
      const expert = await store.expertContact.target(expertId);
      if (!expert) throw new ProblemError(404, `No expert has the id "${expertId}".`);
      if (!expert.contact) throw new ProblemError(403, 'This expert does not accept messages through the hub.');
      const organisation = person.organisationId ? await store.organisations.get(person.organisationId) : null;
      const mail = expertContactMail(expert.name, { name: person.name, organisation: organisation?.name ?? null }, subject, message);
      const now = clock();
      const refusal = await store.expertContact.send(
        { expertId, senderId: person.id, to: expert.email, replyTo: person.email, subject: mail.subject, text: mail.text, at: now.toISOString() },
        (history) => contactRefusal(limits, history, now),
      );
      if (refusal) {
        throw new ProblemError(429, `${refusal.detail} Try again in ${refusal.retryAfterSeconds} seconds.`, {
          headers: { 'Retry-After': String(refusal.retryAfterSeconds) },
        });
      }
      deps.onMailQueued?.();
      return c.json({ status: 'queued' as const }, 202, NO_STORE);
    },
  );
}
