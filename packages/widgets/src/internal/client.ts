// One SDK client per hub address, shared by every widget on the page that names it.
import { createHubClient } from '@mnh/sdk';
import type { HubClient } from '@mnh/sdk';

const clients = new Map<string, HubClient>();

/** The page's client for the hub at `api` (a trailing slash makes no difference). */
export function clientFor(api: string): HubClient {
  const baseUrl = api.replace(/\/+$/, '');
  let client = clients.get(baseUrl);
  if (!client) {
    client = createHubClient({ baseUrl });
    clients.set(baseUrl, client);
  }
  return client;
}
