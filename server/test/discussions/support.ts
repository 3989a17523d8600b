// What discussion tests start from: a real store and app, people in each role signed in, and an open space with a discussion.
import type { components } from '@mnh/contract';
import type { AppOptions } from '../../src/app.js';
import { call, type Checked } from '../helpers/contract-check.js';
import { authHub, signIn, START, type AuthHub } from '../auth/support.js';

type Schemas = components['schemas'];
export type Comment = Schemas['Comment'];
export type Space = Schemas['Space'];
export type Discussion = Schemas['Discussion'];

export const PEOPLE = {
  /** Holds the global moderator role. */
  moderator: 'mod@example.org',
  /** A contributor named moderator of the open space only. */
  host: 'host@example.org',
  /** A contributor named moderator of another space. */
  otherHost: 'otherhost@example.org',
  author: 'author@example.org',
  reader: 'reader@example.org',
  third: 'third@example.org',
  fourth: 'fourth@example.org',
} as const;
export type Who = keyof typeof PEOPLE;

export interface DiscussionHub extends AuthHub {
  tokens: Record<Who, string>;
  ids: Record<Who, string>;
  /** An open space moderated by `host`, without pre-moderation, flag threshold 3. */
  space: Space;
  discussion: Discussion;
  /** Another open space, moderated by `otherHost`. */
  otherSpace: Space;
}

export const OPENED = new Date(START - 86_400_000).toISOString();

export function as(hub: AuthHub, token: string | null, path: string, init: RequestInit & { json?: unknown } = {}): Promise<Checked> {
  const { json, ...rest } = init;
  const headers: Record<string, string> = { ...(rest.headers as Record<string, string>) };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (json !== undefined) headers['Content-Type'] = 'application/json';
  return call(hub.app, path, { ...rest, headers, body: json === undefined ? rest.body : JSON.stringify(json) });
}

export async function createSpace(
  hub: AuthHub,
  token: string,
  fields: Partial<Omit<Schemas['NewSpace'], 'settings'>> & { settings?: Partial<Schemas['SpaceSettings']> } = {},
): Promise<Space> {
  const res = await as(hub, token, '/v1/spaces', {
    method: 'POST',
    json: { slug: `space-${Math.random().toString(36).slice(2, 10)}`, kind: 'topic', title: 'Labour migration', welcome: 'Welcome *all*.', audience: 'Practitioners', languages: ['en'], opensAt: OPENED, ...fields },
  });
  if (res.status !== 201) throw new Error(`cannot create a space (${res.status}): ${res.text}`);
  return res.json as Space;
}

export async function createDiscussion(hub: AuthHub, token: string, space: string, questions = ['What works?', 'What does not?', 'What next?']): Promise<Discussion> {
  const res = await as(hub, token, `/v1/spaces/${space}/discussions`, { method: 'POST', json: { title: 'Round one', questions } });
  if (res.status !== 201) throw new Error(`cannot create a discussion (${res.status}): ${res.text}`);
  return res.json as Discussion;
}

export async function post(hub: AuthHub, token: string, discussion: string, markdown: string, extra: Partial<Schemas['NewComment']> = {}): Promise<Checked> {
  return as(hub, token, `/v1/discussions/${discussion}/comments`, { method: 'POST', json: { question: 1, markdown, ...extra } });
}

export async function comments(hub: AuthHub, token: string | null, discussion: string, query = ''): Promise<Comment[]> {
  const res = await as(hub, token, `/v1/discussions/${discussion}/comments${query}`);
  if (res.status !== 200) throw new Error(`cannot list comments (${res.status}): ${res.text}`);
  return (res.json as Schemas['CommentPage']).items;
}

/** Write limits are off unless a test asks for them, so that rules, not rates, decide. */
export async function discussionHub(options: Partial<AppOptions> = {}): Promise<DiscussionHub> {
  const hub = await authHub({ discussions: { writes: { perMinute: 1000, perHour: 10_000 } }, ...options });
  const org = await hub.store.organisations.create({ name: 'Migrant Voices Network', kind: 'civil-society' });
  const tokens = {} as Record<Who, string>;
  const ids = {} as Record<Who, string>;
  for (const [who, email] of Object.entries(PEOPLE) as [Who, string][]) {
    const person = await hub.store.people.create({ email, name: `${who[0]!.toUpperCase()}${who.slice(1)} Person`, organisationId: who === 'author' ? org.id : null });
    if (who === 'moderator') await hub.store.people.grantRole(person.id, 'moderator');
    const signedIn = await signIn(hub, email);
    tokens[who] = signedIn.accessToken;
    ids[who] = person.id;
  }
  const space = await createSpace(hub, tokens.moderator, { moderatorIds: [ids.host] });
  const otherSpace = await createSpace(hub, tokens.moderator, { moderatorIds: [ids.otherHost] });
  const discussion = await createDiscussion(hub, tokens.host, space.id);
  return { ...hub, tokens, ids, space, discussion, otherSpace };
}
