// `hub site register`: lets a partner site's origins send signed-in requests (CORS).
import { parseArgs } from 'node:util';
import { audit, databasePath, withStore } from './db.js';
import { UsageError } from './errors.js';
import { origins, required } from './values.js';

export const SITE_HELP = `  site register --name <name> --origin <origin> [--origin <origin> …] [--db <path>]
                    Registers a partner site embedding the hub; signed-in requests are
                    accepted from its origins. Registering a known name adds the origins.`;

export async function siteCommand(args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub !== 'register') throw new UsageError(`Unknown site command "${sub ?? ''}"; use: hub site register …`);
  const { values } = parseArgs({
    args: rest,
    options: { name: { type: 'string' }, origin: { type: 'string', multiple: true }, db: { type: 'string' } },
    strict: true,
  });
  const name = required(values.name, 'name');
  const allowed = origins(values.origin);
  await withStore(databasePath(values.db), async (store) => {
    const site = await store.partnerSites.register({ name, origins: allowed });
    await audit(store, 'partner-site.registered', site.id, { name, origins: allowed });
    console.log(`Partner site "${site.name}" (${site.id}) accepts signed-in requests from: ${site.origins.join(', ')}.`);
  });
}
