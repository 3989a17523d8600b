// How long sign-in secrets live and how often they may be tried or asked for.

export interface SignInPolicy {
  /** A code works this long after it is sent. */
  codeTtlMs: number;
  /** Wrong entries before a code stops working. */
  maxAttempts: number;
  /** Codes an address may be sent per window. */
  codesPerAddress: number;
  /** Code requests a client IP may make per window. */
  codeRequestsPerIp: number;
  /** Code exchanges and refreshes a client IP may make per window. */
  tokenRequestsPerIp: number;
  /** The window the three limits above count in. */
  limitWindowMs: number;
  accessTtlMs: number;
  refreshTtlMs: number;
}

export const SIGN_IN_POLICY: SignInPolicy = {
  codeTtlMs: 10 * 60_000,
  maxAttempts: 5,
  codesPerAddress: 3,
  codeRequestsPerIp: 20,
  tokenRequestsPerIp: 60,
  limitWindowMs: 10 * 60_000,
  accessTtlMs: 15 * 60_000,
  refreshTtlMs: 30 * 24 * 60 * 60_000,
};
