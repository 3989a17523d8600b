// `hub role grant`: gives a person a role beyond contributor; for reviewers, also what they declare.
import { parseArgs } from 'node:util';
import type { Store } from '../store/types.js';
import { audit, databasePath, withStore } from './db.js';
import { RefusedError, UsageError } from './errors.js';
import { email, organisation, role } from './values.js';

export const ROLE_HELP = `  role grant --email <address> --role <reviewer|curator|moderator|admin> [--db <path>]
             [--objective <1-23> …] [--theme <key> …] [--language <xx> …] [--conflict <org> …]
                    Grants a role to someone with an account (invite them first). For a
                    reviewer, the repeatable options declare expertise (GCM objectives,
                    thematic clusters), languages read, and organisations they must not review.`;

type Declared = { objective?: string[]; theme?: string[]; language?: string[]; conflict?: string[] };

async function reviewerProfile(store: Store, values: Declared) {
  const objectives = (values.objective ?? []).map((text) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1 || n > 23) throw new UsageError(`--objective must be a GCM objective number from 1 to 23, not "${text}".`);
    return n;
  });
  const knownThemes = await store.taxonomy.knownThemes();
  const themes = (values.theme ?? []).map((key) => {
    if (!knownThemes.has(key)) throw new UsageError(`--theme must be one of ${[...knownThemes].join(', ')}, not "${key}".`);
    return key;
  });
  const languages = (values.language ?? []).map((code) => {
    if (!/^[a-z]{2}$/.test(code)) throw new UsageError(`--language must be an ISO 639-1 code such as fr, not "${code}".`);
    return code;
  });
  const conflicts = await Promise.all((values.conflict ?? []).map(async (name) => (await organisation(store, name)).id));
  return { expertise: { objectives, themes }, languages, conflictOrganisationIds: conflicts };
}

export async function roleCommand(args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub !== 'grant') throw new UsageError(`Unknown role command "${sub ?? ''}"; use: hub role grant …`);
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      db: { type: 'string' },
      objective: { type: 'string', multiple: true },
      theme: { type: 'string', multiple: true },
      language: { type: 'string', multiple: true },
      conflict: { type: 'string', multiple: true },
    },
    strict: true,
  });
  const address = email(values.email);
  const granted = role(values.role);
  const declares = [values.objective, values.theme, values.language, values.conflict].some((list) => list !== undefined);
  if (declares && granted !== 'reviewer') throw new UsageError('--objective, --theme, --language and --conflict go with --role reviewer.');
  await withStore(databasePath(values.db), async (store) => {
    const person = await store.people.findByEmail(address);
    if (!person) throw new RefusedError(`Nobody has the address ${address}; invite them first with: hub invite --email ${address} --name "…"`);
    // Checked before anything is written, so a typo grants nothing.
    const profile = declares ? await reviewerProfile(store, values) : null;
    const added = await store.people.grantRole(person.id, granted);
    if (added) await audit(store, 'role.granted', person.id, { role: granted });
    console.log(added ? `${address} is now ${granted}.` : `${address} was ${granted} already.`);
    if (profile) {
      await store.people.setReviewerProfile(person.id, profile);
      await audit(store, 'reviewer.declared', person.id, { ...profile.expertise, languages: profile.languages, conflicts: profile.conflictOrganisationIds });
      console.log(
        `Declared: objectives ${profile.expertise.objectives.join(', ') || 'none'}; themes ${profile.expertise.themes.join(', ') || 'none'}; ` +
          `languages ${profile.languages.join(', ') || 'none'}; conflicts with ${profile.conflictOrganisationIds.length} organisation(s).`,
      );
    }
  });
}
