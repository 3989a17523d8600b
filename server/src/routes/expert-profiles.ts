// The curator's check of experts' own profiles: the queue, and listing or declining one.
import { Hono } from 'hono';
import type { components, operations } from '@mnh/contract';
import { authenticate, requireRole } from '../http/authenticate.js';
import type { HubEnv } from '../http/env.js';
import { jsonBody } from '../http/json-body.js';
import { invalidRequest, ProblemError } from '../http/problem.js';
import { validateParams } from '../http/validate.js';
import type { ExpertProfile } from '../store/expert-profile-types.js';
import type { Notice } from '../store/types.js';
import type { ConnectionRouteDeps } from './connection-deps.js';
import { NO_STORE, param, whoIs } from './review-deps.js';

type ListQuery = NonNullable<operations['listExpertProfiles']['parameters']['query']>;
type Decision = components['schemas']['ExpertProfileDecision'];

function decisionNotice(profile: ExpertProfile, person: { email: string; name: string }, reason: string | null): Notice {
  const listed = profile.state === 'listed';
  return {
    personId: profile.personId,
    email: person.email,
    kind: listed ? 'expert.listed' : 'expert.declined',
    subject: profile.id,
    title: listed ? 'Your expert profile is listed' : 'Your expert profile was not listed',
    text: listed
      ? `Hello ${person.name},\n\nA curator checked your expert profile: it is now listed in the Migration Network Hub's experts directory.`
      : `Hello ${person.name},\n\nA curator checked your expert profile and did not list it, for this reason:\n\n${reason ?? ''}\n\nYou can edit it and submit it again.`,
  };
}

export function expertProfiles({ store, contract, signIn, clock, onMailQueued }: ConnectionRouteDeps): Hono<HubEnv> {
  return new Hono<HubEnv>()
    .use(authenticate({ signIn }), requireRole('curator', 'admin'))
    .get('/', validateParams(contract, 'listExpertProfiles'), async (c) => {
      const { state = 'pending-check', limit = 20 } = c.get('query') as ListQuery;
      return c.json({ items: await store.expertProfiles.list({ state, limit }) }, 200, NO_STORE);
    })
    .post('/:profile/decision', validateParams(contract, 'decideExpertProfile'), jsonBody(contract, 'decideExpertProfile', { maxBytes: 16 * 1024 }), async (c) => {
      const id = param(c, 'profile');
      const body = c.get('body') as Decision;
      const reason = body.reason?.trim() ?? '';
      if (body.decision === 'decline' && reason === '') {
        throw invalidRequest([{ field: 'reason', in: 'body', message: 'say why the profile is declined; the expert reads it' }]);
      }
      const list = body.decision === 'list';
      const result = await store.expertProfiles.decide(id, {
        list,
        reason: list ? null : reason,
        curatorId: whoIs(c).person.id,
        at: clock().toISOString(),
        notice: (profile, person) => decisionNotice(profile, person, list ? null : reason),
      });
      if (result === null) throw new ProblemError(404, `No expert profile has the id "${id}".`);
      if (result === 'not-pending') throw new ProblemError(409, 'This profile is not waiting for a check.');
      onMailQueued?.();
      return c.json(result, 200, NO_STORE);
    });
}
