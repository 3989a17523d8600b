// `hub org create`: adds an organisation people can belong to.
import { parseArgs } from 'node:util';
import { DuplicateError } from '../store/types.js';
import { audit, databasePath, withStore } from './db.js';
import { RefusedError, UsageError } from './errors.js';
import { country, kind, required } from './values.js';

export const ORG_HELP = `  org create --name <name> --kind <kind> [--country <ISO3>] [--db <path>]
                    Adds an organisation. Kinds: un-entity, member-state, regional-body,
                    civil-society, academia, private-sector, trade-union,
                    migrant-organisation, other.`;

export async function orgCommand(args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub !== 'create') throw new UsageError(`Unknown org command "${sub ?? ''}"; use: hub org create …`);
  const { values } = parseArgs({
    args: rest,
    options: { name: { type: 'string' }, kind: { type: 'string' }, country: { type: 'string' }, db: { type: 'string' } },
    strict: true,
  });
  const name = required(values.name, 'name');
  const organisationKind = kind(values.kind);
  await withStore(databasePath(values.db), async (store) => {
    const code = await country(store, values.country);
    try {
      const created = await store.organisations.create({ name, kind: organisationKind, country: code });
      await audit(store, 'organisation.created', created.id, { name, kind: organisationKind });
      const facts = [created.kind, ...(created.unEntity ? ['UN entity'] : []), ...(code ? [code] : [])];
      console.log(`Created ${created.id} "${created.name}" (${facts.join(', ')}).`);
    } catch (error) {
      if (error instanceof DuplicateError) throw new RefusedError(error.message);
      throw error;
    }
  });
}
