// One sign-in session per hub address, kept in the page's sessionStorage, shared by every widget that names it.
import { createHubSession, webTokenStorage } from '@mnh/sdk';
import type { HubSession } from '@mnh/sdk';

const sessions = new Map<string, HubSession>();

/**
 * The page's session with the hub at `api`. A session restored after a reload is checked with the
 * hub once (renewing its tokens if they expired), so a session ended elsewhere shows as signed out.
 */
export function sessionFor(api: string): HubSession {
  const baseUrl = api.replace(/\/+$/, '');
  let session = sessions.get(baseUrl);
  if (!session) {
    session = createHubSession({ baseUrl, storage: webTokenStorage(`mnh-session ${baseUrl}`) });
    sessions.set(baseUrl, session);
    // A refused session forgets itself; an unreachable hub leaves it to the next request.
    if (session.user) session.me().catch(() => undefined);
  }
  return session;
}
