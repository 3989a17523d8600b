// Sign-in by emailed one-time code: sending codes, trading them for tokens, refreshing, signing out.
import type { components } from '@mnh/contract';
import { ProblemError } from '../http/problem.js';
import { signInCodeMail } from '../mail/messages.js';
import type { MailQueue } from '../mail/queue.js';
import { randomId } from '../store/ids.js';
import type { Me, PersonRecord, Role, SessionRecord, Store } from '../store/types.js';
import { SIGN_IN_POLICY, type SignInPolicy } from './policy.js';
import { codeMatches, hashCode, hashToken, newCode, newToken } from './secrets.js';
import { unauthorized } from './unauthorized.js';

export type SignInSession = components['schemas']['SignInSession'];

/** Who a valid access token belongs to, as middleware hands it to routes. */
export interface SignedIn {
  person: PersonRecord;
  session: SessionRecord;
  roles: Role[];
}

export interface SignInOptions {
  store: Store;
  mail: MailQueue;
  clock?: () => Date;
  policy?: SignInPolicy;
}

export interface SignIn {
  /** Sends a code to `email`; 429 problem when the address asked too often. */
  requestCode(email: string): Promise<{ expiresAt: string }>;
  /** 400 problem naming `code` when the code is wrong, expired, used or dead. */
  exchangeCode(email: string, code: string): Promise<SignInSession>;
  /** Rotates the refresh token; 401 problem when it does not work, ending the family on a replay. */
  refresh(refreshToken: string): Promise<SignInSession>;
  /** The session an access token belongs to, or null when it is unknown, expired, rotated or revoked. */
  authenticate(accessToken: string): Promise<SignedIn | null>;
  signOut(signedIn: SignedIn, refreshToken?: string): Promise<void>;
  me(person: PersonRecord): Promise<Me>;
}

const DAY_MS = 24 * 60 * 60_000;

function codeProblem(message: string): ProblemError {
  return new ProblemError(400, `The sign-in code ${message}.`, { errors: [{ field: 'code', in: 'body', message }] });
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * @example
 * ```ts
 * const signIn = createSignIn({ store, mail: mailQueue(store.outbox) });
 * await signIn.requestCode('amina@example.org');
 * const { accessToken } = await signIn.exchangeCode('amina@example.org', '042917');
 * ```
 */
export function createSignIn(options: SignInOptions): SignIn {
  const { store, mail, policy = SIGN_IN_POLICY } = options;
  const clock = options.clock ?? (() => new Date());
  const at = (offsetMs = 0) => new Date(clock().getTime() + offsetMs).toISOString();

  async function me(person: PersonRecord): Promise<Me> {
    const organisation = person.organisationId ? await store.organisations.get(person.organisationId) : null;
    return {
      id: person.id,
      name: person.name,
      email: person.email,
      organisation: organisation ? { id: organisation.id, name: organisation.name, kind: organisation.kind } : null,
      roles: await store.people.roles(person.id),
    };
  }

  async function startSession(person: PersonRecord, familyId: string): Promise<SignInSession> {
    const accessToken = newToken();
    const refreshToken = newToken();
    await store.signIn.createSession({
      familyId,
      personId: person.id,
      accessHash: hashToken(accessToken),
      refreshHash: hashToken(refreshToken),
      accessExpiresAt: at(policy.accessTtlMs),
      refreshExpiresAt: at(policy.refreshTtlMs),
      createdAt: at(),
    });
    return { accessToken, refreshToken, expiresIn: Math.round(policy.accessTtlMs / 1000), user: await me(person) };
  }

  /** People who sign in for the first time become contributors named after their address until they say otherwise. */
  async function personFor(email: string): Promise<PersonRecord> {
    const known = await store.people.findByEmail(email);
    if (known) return known;
    const person = await store.people.create({ email, name: email.split('@')[0] ?? email });
    await store.audit.append({ actor: person.id, action: 'person.registered', subject: person.id, at: at(), details: null });
    return person;
  }

  return {
    async requestCode(rawEmail) {
      const email = normaliseEmail(rawEmail);
      // Hashed before the limit is checked: the hash is the slow (thread-pool) step, and with it
      // between check and save, requests arriving together all passed the check. Check and save
      // now follow each other with no I/O wait, so no other request runs in between.
      const code = newCode();
      const codeHash = await hashCode(code);
      const recent = await store.signIn.codesSince(email, at(-policy.limitWindowMs));
      if (recent.length >= policy.codesPerAddress) {
        const freeAt = Date.parse(recent[0] as string) + policy.limitWindowMs;
        const seconds = Math.max(1, Math.ceil((freeAt - clock().getTime()) / 1000));
        throw new ProblemError(429, `This address was sent ${policy.codesPerAddress} codes recently; ask again in ${seconds} s.`, {
          headers: { 'Retry-After': String(seconds) },
        });
      }
      const expiresAt = at(policy.codeTtlMs);
      await store.signIn.saveCode({ id: randomId('otc'), email, codeHash, createdAt: at(), expiresAt });
      await mail.queue(email, signInCodeMail(code, Math.round(policy.codeTtlMs / 60_000)));
      await store.signIn.purgeCodes(at(-DAY_MS));
      return { expiresAt };
    },

    async exchangeCode(rawEmail, code) {
      const email = normaliseEmail(rawEmail);
      const latest = await store.signIn.latestCode(email);
      const dead = `was entered wrongly ${policy.maxAttempts} times and no longer works; ask for a new code`;
      if (!latest) throw codeProblem('is not the one we sent to this address; ask for a new code');
      if (latest.usedAt) throw codeProblem('has been used already; ask for a new code');
      if (latest.expiresAt <= at()) throw codeProblem('has expired; ask for a new code');
      if (latest.attempts >= policy.maxAttempts) throw codeProblem(dead);
      // Each try takes its attempt before the (slow) comparison: guesses sent all at once would
      // otherwise all read the same count and be compared, right code included, past the limit.
      const attempts = await store.signIn.countAttempt(latest.id);
      if (attempts > policy.maxAttempts) throw codeProblem(dead);
      if (!(await codeMatches(code, latest.codeHash))) {
        const left = policy.maxAttempts - attempts;
        throw codeProblem(left > 0 ? `is not the one we sent to this address; ${left} ${left === 1 ? 'try' : 'tries'} left` : dead);
      }
      if (!(await store.signIn.useCode(latest.id, at()))) throw codeProblem('has been used already; ask for a new code');
      const person = await personFor(email);
      const session = await startSession(person, randomId('fam'));
      await store.audit.append({ actor: person.id, action: 'auth.signed-in', subject: person.id, at: at(), details: null });
      return session;
    },

    async refresh(refreshToken) {
      const session = await store.signIn.sessionByRefreshHash(hashToken(refreshToken));
      if (!session || session.revokedAt) throw unauthorized('The refresh token does not work; sign in again.', true);
      if (session.refreshExpiresAt <= at()) throw unauthorized('The refresh token has expired; sign in again.', true);
      if (session.rotatedAt || !(await store.signIn.rotateSession(session.id, at()))) {
        // A refresh token is used once; seeing it again means someone else holds a copy.
        await store.signIn.revokeFamily(session.familyId, at());
        await store.audit.append({ actor: 'system', action: 'auth.refresh-replayed', subject: session.personId, at: at(), details: null });
        throw unauthorized('The refresh token was used already, so the session has been ended; sign in again.', true);
      }
      const person = await store.people.get(session.personId);
      if (!person) throw unauthorized('The refresh token does not work; sign in again.', true);
      return startSession(person, session.familyId);
    },

    async authenticate(accessToken) {
      const session = await store.signIn.sessionByAccessHash(hashToken(accessToken));
      if (!session || session.revokedAt || session.rotatedAt || session.accessExpiresAt <= at()) return null;
      const person = await store.people.get(session.personId);
      return person ? { person, session, roles: await store.people.roles(person.id) } : null;
    },

    async signOut({ person, session }, refreshToken) {
      await store.signIn.revokeFamily(session.familyId, at());
      if (refreshToken) {
        const other = await store.signIn.sessionByRefreshHash(hashToken(refreshToken));
        if (other && other.personId === person.id) await store.signIn.revokeFamily(other.familyId, at());
      }
      await store.audit.append({ actor: person.id, action: 'auth.signed-out', subject: person.id, at: at(), details: null });
    },

    me,
  };
}
