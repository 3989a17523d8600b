// The authorisation matrix's requests for the translation operations: a published practice and resource to translate.
import type { Fixture } from '../auth/matrix-fixtures.js';
import type { World } from '../auth/matrix-world.js';
import { canaryPractices } from '../helpers/hub.js';
import { resource } from '../resources/support.js';
import type { Store } from '../../src/store/types.js';

const PRACTICE = canaryPractices()[0]!;
const RESOURCE = resource({ id: 'res_matrix0001', slug: 'matrix-resource', language: 'en' });
const planted = new WeakSet<Store>();

/** The matrix world has no published content of its own: one English practice and resource, planted once. */
async function translatable(world: World): Promise<{ practice: string; resource: string }> {
  if (!planted.has(world.store)) {
    planted.add(world.store);
    await world.store.practices.insertMany([PRACTICE]);
    await world.store.resources.insertMany([RESOURCE]);
  }
  return { practice: PRACTICE.id, resource: RESOURCE.id };
}

const text = { title: 'Titre', summary: 'Résumé.', description: 'Description.' };

/** A pending proposal into `language` for a curator to decide on. */
async function pending(world: World, kind: 'practice' | 'resource', language: 'es' | 'ru') {
  const ids = await translatable(world);
  const item = kind === 'practice' ? ids.practice : ids.resource;
  const extra = kind === 'practice' ? { results: 'R.', lessonsLearned: 'L.' } : {};
  await world.store.translations.propose({ ...text, ...extra, kind, item, language, translatorId: world.ids.contributor, state: 'pending', at: new Date().toISOString() });
  return { [kind]: item, language };
}

export const TRANSLATION_FIXTURES: Record<string, Fixture> = {
  createPracticeTranslation: {
    as: 'contributor',
    status: 201,
    params: async (w) => ({ practice: (await translatable(w)).practice }),
    json: () => ({ language: 'fr', ...text, results: 'Résultats.', lessonsLearned: 'Leçons.' }),
  },
  createResourceTranslation: {
    as: 'contributor',
    status: 201,
    params: async (w) => ({ resource: (await translatable(w)).resource }),
    json: () => ({ language: 'fr', ...text }),
  },
  decidePracticeTranslation: { as: 'curator', status: 200, params: (w) => pending(w, 'practice', 'es'), json: () => ({ decision: 'approve' }) },
  decideResourceTranslation: { as: 'curator', status: 200, params: (w) => pending(w, 'resource', 'ru'), json: () => ({ decision: 'approve' }) },
  listTranslations: { as: 'curator', status: 200 },
};
