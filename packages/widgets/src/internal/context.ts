// What <mnh-provider> shares with the widgets inside it.
import { createContext } from '@lit/context';
import type { HubClient } from '@mnh/sdk';

export interface HubContext {
  /** The hub's base URL, as given to the provider. */
  api: string;
  client: HubClient;
  /** The provider's `lang`, when it has one. Later issues add the signed-in user here. */
  lang?: string;
}

// A registered symbol, so widgets from a second copy of the bundle still find the provider.
export const hubContext = createContext<HubContext | undefined>(Symbol.for('mnh-hub-context'));
