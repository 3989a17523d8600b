// The 401 every sign-in failure answers with: a problem document and the Bearer challenge (RFC 6750).
import { ProblemError } from '../http/problem.js';

/** `tokenSent` adds `error="invalid_token"`, telling clients to refresh or sign in again rather than just sign in. */
export function unauthorized(detail: string, tokenSent: boolean): ProblemError {
  const challenge = tokenSent ? 'Bearer realm="hub", error="invalid_token"' : 'Bearer realm="hub"';
  return new ProblemError(401, detail, { headers: { 'WWW-Authenticate': challenge } });
}
