// An expert's own profile: GET/PUT /v1/me/expert-profile, with the consent to be listed and to be contacted.
import { Hono } from 'hono';
import type { components } from '@mnh/contract';
import { authenticate } from '../http/authenticate.js';
import type { HubEnv } from '../http/env.js';
import { jsonBody } from '../http/json-body.js';
import { invalidRequest, ProblemError, type FieldError } from '../http/problem.js';
import { validateParams } from '../http/validate.js';
import type { Store } from '../store/types.js';
import type { ConnectionRouteDeps } from './connection-deps.js';
import { NO_STORE, whoIs } from './review-deps.js';

type ProfileInput = components['schemas']['ExpertProfileInput'];

/** Themes and countries are taxonomy data, so the contract cannot list them: checked here, each unknown one named. */
async function checkCodes(store: Store, input: ProfileInput): Promise<void> {
  const [themes, countries] = await Promise.all([store.taxonomy.knownThemes(), store.taxonomy.knownCountries()]);
  const errors: FieldError[] = [];
  input.profile.expertise.themes.forEach((theme, i) => {
    if (!themes.has(theme)) errors.push({ field: `profile.expertise.themes[${i}]`, in: 'body', message: `unknown theme "${theme}"; see /v1/taxonomy` });
  });
  input.profile.countries.forEach((country, i) => {
    if (!countries.has(country)) errors.push({ field: `profile.countries[${i}]`, in: 'body', message: `unknown country "${country}"; see /v1/taxonomy` });
  });
  if (errors.length > 0) throw invalidRequest(errors);
}

export function myExpertProfile({ store, contract, signIn, clock }: ConnectionRouteDeps): Hono<HubEnv> {
  return new Hono<HubEnv>()
    .get('/', authenticate({ signIn }), validateParams(contract, 'getMyExpertProfile'), async (c) => {
      const profile = await store.expertProfiles.mine(whoIs(c).person.id);
      if (!profile) throw new ProblemError(404, 'You have no expert profile yet; create one with PUT /v1/me/expert-profile.');
      return c.json(profile, 200, NO_STORE);
    })
    .put(
      '/',
      authenticate({ signIn }),
      validateParams(contract, 'putMyExpertProfile'),
      jsonBody(contract, 'putMyExpertProfile', { maxBytes: 64 * 1024 }),
      async (c) => {
        const input = c.get('body') as ProfileInput;
        await checkCodes(store, input);
        const { person } = whoIs(c);
        const profile = await store.expertProfiles.save({ id: person.id, email: person.email }, input, clock().toISOString());
        return c.json(profile, 200, NO_STORE);
      },
    );
}
