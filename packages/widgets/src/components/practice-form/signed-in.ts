// Who <mnh-practice-form> works for: the sign-in session (its own, the one for `api`, else the provider's) and its submissions.
import type { ReactiveController, ReactiveElement } from 'lit';
import { ContextConsumer } from '@lit/context';
import { createSubmissions } from '@mnh/sdk';
import type { HubSession, Submissions } from '@mnh/sdk';
import { hubContext } from '../../internal/context.js';
import { sessionFor } from '../../internal/session.js';

export interface SignedInHost extends ReactiveElement {
  /** A session of the app's own, if it gave one. */
  session?: HubSession;
  api?: string;
}

/** Re-renders the host whenever someone signs in or out of its session. */
export class SignedIn implements ReactiveController {
  readonly #hub: ContextConsumer<typeof hubContext, SignedInHost>;
  #listening: [HubSession, () => void] | undefined;
  #submissions: [HubSession, string, Submissions] | undefined;

  constructor(private readonly host: SignedInHost) {
    this.#hub = new ContextConsumer(host, { context: hubContext, subscribe: true });
    host.addController(this);
  }

  get session(): HubSession | undefined {
    return this.host.session ?? (this.host.api ? sessionFor(this.host.api) : this.#hub.value?.session);
  }

  /** The page's own `<mnh-sign-in>`, when it signs in to this form's session: pointed to rather than shown twice. */
  get pageSignIn(): HTMLElement | undefined {
    const hub = this.#hub.value;
    return hub?.session && hub.session === this.session ? hub.signIn : undefined;
  }

  /** The signed-in person's submissions; `undefined` while nobody is signed in. */
  get submissions(): Submissions | undefined {
    const session = this.session;
    const baseUrl = this.host.api ?? this.#hub.value?.api;
    if (!session?.user || !baseUrl) return undefined;
    if (this.#submissions?.[0] !== session || this.#submissions[1] !== baseUrl) {
      this.#submissions = [session, baseUrl, createSubmissions({ baseUrl, fetch: session.fetch })];
    }
    return this.#submissions[2];
  }

  hostUpdate(): void {
    const session = this.session;
    if (this.#listening?.[0] === session) return;
    this.#listening?.[1]();
    this.#listening = session ? [session, session.subscribe(() => this.host.requestUpdate())] : undefined;
  }

  /** Back on the page: whoever signed in or out meanwhile shows at once. */
  hostConnected(): void {
    if (this.host.hasUpdated) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#listening?.[1]();
    this.#listening = undefined;
  }
}
