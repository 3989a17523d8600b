// How CLI commands fail: a usage mistake (exit 2, with help) or a refusal of what was asked (exit 1).

/** The command line itself is wrong: unknown command or option, a value of the wrong form. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The command is well-formed but cannot be done, e.g. the address has an account already. */
export class RefusedError extends Error {
  override name = 'RefusedError';
}

/** `parseArgs` reports unknown or malformed options with these codes; they are usage mistakes too. */
export function isUsageError(error: unknown): boolean {
  return error instanceof UsageError || (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
}
