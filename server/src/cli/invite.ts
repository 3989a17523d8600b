// `hub invite`: creates a person's account and queues a welcome email.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { welcomeMail } from '../mail/messages.js';
import { mailQueue } from '../mail/queue.js';
import { audit, databasePath, withStore } from './db.js';
import { RefusedError } from './errors.js';
import { email, organisation, required } from './values.js';

export const INVITE_HELP = `  invite --email <address> --name <name> [--org <name or id>] [--db <path>]
                    Creates the account and queues a welcome email; a running hub sends it.`;

export async function inviteCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { email: { type: 'string' }, name: { type: 'string' }, org: { type: 'string' }, db: { type: 'string' } },
    strict: true,
  });
  const address = email(values.email);
  const name = required(values.name, 'name');
  await withStore(databasePath(values.db), async (store) => {
    const org = values.org === undefined ? null : await organisation(store, values.org);
    if (await store.people.findByEmail(address)) throw new RefusedError(`${address} has an account already.`);
    const person = await store.people.create({ email: address, name, organisationId: org?.id ?? null });
    await audit(store, 'person.invited', person.id, { organisation: org?.id ?? null });
    await mailQueue(store.outbox).queue(address, welcomeMail(name, org?.name ?? null, loadConfig().hubOrigin));
    console.log(`Invited ${name} <${address}> (${person.id})${org ? ` of ${org.name}` : ''}; the welcome email is in the outbox.`);
  });
}
