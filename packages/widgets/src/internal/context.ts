// What <mnh-provider> shares with the widgets inside it.
import { createContext } from '@lit/context';
import type { HubClient, HubSession, Me } from '@mnh/sdk';

export interface HubContext {
  /** The hub's base URL, as given to the provider. */
  api: string;
  client: HubClient;
  /** The provider's `lang`, when it has one. */
  lang?: string;
  /** The sign-in session for `api`, shared with every widget inside (and any other with the same `api`). */
  session?: HubSession;
  /** Who is signed in, if anyone; a new context value each time it changes. */
  user?: Me;
  /**
   * The page's own `<mnh-sign-in>` inside the provider (the first, in page order), if it has one:
   * widgets that need someone signed in point to it rather than showing a second form.
   */
  signIn?: HTMLElement;
  /** Tells the provider a page's `<mnh-sign-in>` is inside it; returns how to take it back. */
  registerSignIn?: (form: HTMLElement) => () => void;
}

// A registered symbol, so widgets from a second copy of the bundle still find the provider.
export const hubContext = createContext<HubContext | undefined>(Symbol.for('mnh-hub-context'));
