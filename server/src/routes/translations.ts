// Translations of practices and resources: contributors propose them, curators decide, and the queue to decide on.
import { Hono, type Context } from 'hono';
import type { operations } from '@mnh/contract';
import type { SignIn } from '../auth/sign-in.js';
import { requireRole } from '../http/authenticate.js';
import type { Contract } from '../http/contract.js';
import type { HubEnv } from '../http/env.js';
import { jsonBody } from '../http/json-body.js';
import { ProblemError } from '../http/problem.js';
import { validateParams } from '../http/validate.js';
import { notice } from '../review/notices.js';
import { PendingTranslationError, type TranslationKind, type TranslationLanguage } from '../store/translation-types.js';
import type { Store } from '../store/types.js';
import { translationDecidedMail } from '../translations/messages.js';
import { NO_STORE, signedInOnce, whoIs } from './review-deps.js';

type NewTranslation = operations['createPracticeTranslation']['requestBody']['content']['application/json'];
type Decision = operations['decidePracticeTranslation']['requestBody']['content']['application/json'];
type ListQuery = NonNullable<operations['listTranslations']['parameters']['query']>;

export interface TranslationRouteDeps {
  store: Store;
  contract: Contract;
  signIn: SignIn;
  clock: () => Date;
}

/** A translation is text: three long fields at most 20,000 characters, in UTF-8 up to four bytes each. */
const BODY = { maxBytes: 256 * 1024 };

/** The published item a path names, by id or slug, with what a translation needs of it. */
async function itemOf(store: Store, kind: TranslationKind, idOrSlug: string) {
  const item = kind === 'practice' ? await store.practices.get(idOrSlug) : await store.resources.get(idOrSlug);
  if (!item) throw new ProblemError(404, `No published ${kind} has the id or slug "${idOrSlug}".`);
  return { id: item.id, title: item.title, language: item.language };
}

/** A 400 naming one field of the body, as a JSON pointer like the contract's validation does. */
const fieldProblem = (field: string, message: string) => new ProblemError(400, message, { errors: [{ field: `/${field}`, in: 'body', message }] });

export function translations({ store, contract, signIn, clock }: TranslationRouteDeps): Hono<HubEnv> {
  const signedIn = signedInOnce(signIn);

  const propose = (kind: TranslationKind, param: string) => async (c: Context<HubEnv>) => {
    const item = await itemOf(store, kind, (c.get('params') as Record<string, string>)[param] as string);
    const body = c.get('body') as NewTranslation;
    if (body.language === item.language) throw fieldProblem('language', `The ${kind} is written in "${item.language}"; translate it into another language.`);
    if (kind === 'practice') {
      for (const field of ['results', 'lessonsLearned'] as const) {
        if (body[field] === undefined) throw fieldProblem(field, `A practice's translation needs its ${field} too.`);
      }
    } else if (body.results !== undefined || body.lessonsLearned !== undefined) {
      throw fieldProblem(body.results !== undefined ? 'results' : 'lessonsLearned', 'A resource has no results or lessons learned to translate.');
    }
    const who = whoIs(c);
    const at = clock().toISOString();
    try {
      const translation = await store.translations.propose({ ...body, kind, item: item.id, translatorId: who.person.id, state: 'pending', at });
      await store.audit.append({ actor: who.person.id, action: 'translation.proposed', subject: translation.id, at, details: { kind, item: item.id, language: body.language } });
      return c.json(translation, 201, NO_STORE);
    } catch (error) {
      if (!(error instanceof PendingTranslationError)) throw error;
      throw new ProblemError(409, `A ${body.language} translation of this ${kind} is already waiting for a curator.`, {
        errors: [{ field: '/language', in: 'body', message: 'already pending' }],
      });
    }
  };

  const decide = (kind: TranslationKind, param: string) => async (c: Context<HubEnv>) => {
    const params = c.get('params') as Record<string, string>;
    const item = await itemOf(store, kind, params[param] as string);
    const language = params.language as TranslationLanguage;
    const body = c.get('body') as Decision;
    const approve = body.decision === 'approve';
    if (!approve && body.reason === undefined) throw fieldProblem('reason', 'Say why the translation is declined: the translator reads it.');
    // The translator is looked up first: the decision's transaction is synchronous.
    const pending = await store.translations.pending(kind, item.id, language);
    const person = pending ? await store.people.get(pending.translatorId) : null;
    const decided = await store.translations.decide(
      { kind, item: item.id, language, approve, checkerId: whoIs(c).person.id, reason: body.reason ?? null, at: clock().toISOString() },
      (translation) =>
        person
          ? [notice(person, approve ? 'translation.approved' : 'translation.declined', translation.id, translationDecidedMail(person.name, item.title, language, approve, body.reason ?? null))]
          : [],
    );
    if (!decided) throw new ProblemError(404, `No ${language} translation of this ${kind} is waiting for a decision.`);
    return c.json(decided, 200, NO_STORE);
  };

  return new Hono<HubEnv>()
    .use('/practices/:practice/translations', signedIn)
    .use('/practices/:practice/translations/*', signedIn)
    .use('/resources/:resource/translations', signedIn)
    .use('/resources/:resource/translations/*', signedIn)
    .use('/translations', signedIn)
    .post('/practices/:practice/translations', validateParams(contract, 'createPracticeTranslation'), jsonBody(contract, 'createPracticeTranslation', BODY), propose('practice', 'practice'))
    .post('/resources/:resource/translations', validateParams(contract, 'createResourceTranslation'), jsonBody(contract, 'createResourceTranslation', BODY), propose('resource', 'resource'))
    .post(
      '/practices/:practice/translations/:language/decision',
      validateParams(contract, 'decidePracticeTranslation'),
      requireRole('curator', 'admin'),
      jsonBody(contract, 'decidePracticeTranslation', { maxBytes: 16 * 1024 }),
      decide('practice', 'practice'),
    )
    .post(
      '/resources/:resource/translations/:language/decision',
      validateParams(contract, 'decideResourceTranslation'),
      requireRole('curator', 'admin'),
      jsonBody(contract, 'decideResourceTranslation', { maxBytes: 16 * 1024 }),
      decide('resource', 'resource'),
    )
    .get('/translations', validateParams(contract, 'listTranslations'), requireRole('curator', 'admin'), async (c) => {
      const query = c.get('query') as ListQuery;
      const items = await store.translations.list({ state: query.state ?? 'pending', kind: query.kind, limit: query.limit ?? 20 });
      return c.json({ items }, 200, NO_STORE);
    });
}
