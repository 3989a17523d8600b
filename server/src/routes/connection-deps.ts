// What the expert-contact, expert-profile and personal-data routes are built from.
import type { SignIn } from '../auth/sign-in.js';
import type { Contract } from '../http/contract.js';
import type { Store } from '../store/types.js';

export interface ConnectionRouteDeps {
  store: Store;
  contract: Contract;
  signIn: SignIn;
  clock: () => Date;
  /** Called after mail is queued, so the dispatcher sends it at once. */
  onMailQueued?: () => void;
}
