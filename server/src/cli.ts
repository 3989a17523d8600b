#!/usr/bin/env node
// The hub's command line: seeding demo data and the admin commands (organisations, partner sites, roles, invitations).
import { inviteCommand, INVITE_HELP } from './cli/invite.js';
import { isUsageError, RefusedError, UsageError } from './cli/errors.js';
import { orgCommand, ORG_HELP } from './cli/org.js';
import { remindersCommand, REMINDERS_HELP } from './cli/reminders.js';
import { roleCommand, ROLE_HELP } from './cli/role.js';
import { seedCommand, SEED_HELP } from './cli/seed.js';
import { siteCommand, SITE_HELP } from './cli/site.js';

const HELP = `Usage: hub <command> [options]

Commands:
  seed    Fill a database with the deterministic demo data set.
${ORG_HELP}
${SITE_HELP}
${ROLE_HELP}
${INVITE_HELP}
${REMINDERS_HELP}
  help    Show this help.

Every command works on --db <path>, else $HUB_DB, else ./data/hub.db.

${SEED_HELP}

Examples:
  pnpm hub seed --practices 100000 --experts 5000 --db ./data/bench.db --reset
  pnpm hub org create --name "Lantern Legal Aid" --kind civil-society --country KEN
  pnpm hub site register --name "Partner portal" --origin https://partner.example.org
  pnpm hub invite --email amina@example.org --name "Amina Abara" --org "Lantern Legal Aid"
  pnpm hub role grant --email amina@example.org --role reviewer
`;

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  seed: seedCommand,
  org: orgCommand,
  site: siteCommand,
  role: roleCommand,
  invite: inviteCommand,
  reminders: remindersCommand,
};

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    console.log(HELP);
    return;
  }
  const run = COMMANDS[command];
  if (!run) throw new UsageError(`Unknown command "${command}".`);
  await run(rest);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (isUsageError(error)) {
    console.error(`hub: ${(error as Error).message}\n\n${HELP}`);
    process.exitCode = 2;
  } else if (error instanceof RefusedError) {
    console.error(`hub: ${error.message}`);
    process.exitCode = 1;
  } else {
    console.error(error);
    process.exitCode = 1;
  }
});
