// Discussion spaces: listing and reading them (public), creating and editing them (moderators), starting discussions.
import { Hono } from 'hono';
import type { components, operations } from '@mnh/contract';
import { authenticate, requireRole } from '../http/authenticate.js';
import type { HubEnv } from '../http/env.js';
import { jsonBody } from '../http/json-body.js';
import { ProblemError, invalidRequest, type FieldError } from '../http/problem.js';
import { validateParams } from '../http/validate.js';
import { requireModerator, spaceState } from '../discussions/access.js';
import { NO_STORE, REVALIDATE, SPACE_BODY, param, signedIn, spaceOf, type DiscussionDeps } from '../discussions/context.js';
import { renderRichText } from '../discussions/render.js';
import { DEFAULT_SETTINGS, type SpaceChanges, type SpaceRecord, type SpaceState } from '../discussions/types.js';
import { discussionSummary, discussionView, spaceSummary, spaceView } from '../discussions/views.js';
import { randomId } from '../store/ids.js';
import type { Store } from '../store/types.js';

type Schemas = components['schemas'];
type ListQuery = NonNullable<operations['listSpaces']['parameters']['query']>;

/** Open spaces closing soonest first, then upcoming ones by opening, then closed ones newest first. */
const ORDER: Record<SpaceState, number> = { open: 0, upcoming: 1, closed: 2 };
function bySchedule(now: Date) {
  return (a: SpaceRecord, b: SpaceRecord) => {
    const sa = spaceState(a, now);
    const sb = spaceState(b, now);
    if (sa !== sb) return ORDER[sa] - ORDER[sb];
    if (sa === 'open') return (a.closesAt ?? '9999').localeCompare(b.closesAt ?? '9999') || a.id.localeCompare(b.id);
    if (sa === 'upcoming') return a.opensAt.localeCompare(b.opensAt) || a.id.localeCompare(b.id);
    return (b.closedAt ?? b.closesAt ?? '').localeCompare(a.closedAt ?? a.closesAt ?? '') || a.id.localeCompare(b.id);
  };
}

/** Spaces are few (tens): the cursor is the offset into the ordered list, as opaque text. */
const encodeCursor = (offset: number) => Buffer.from(`o${offset}`).toString('base64url');
function decodeCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const match = /^o(\d{1,6})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw invalidRequest([{ field: 'cursor', in: 'query', message: 'Not a cursor this list gave out.' }]);
  return Number(match[1]);
}

async function checkPeople(store: Store, ids: string[] | undefined, errors: FieldError[]) {
  for (const [i, id] of (ids ?? []).entries()) {
    if (!(await store.people.get(id))) errors.push({ field: `/moderatorIds/${i}`, in: 'body', message: `Nobody has the id "${id}".` });
  }
}

function checkDates(opensAt: string, closesAt: string | null | undefined, errors: FieldError[]) {
  if (closesAt && Date.parse(closesAt) <= Date.parse(opensAt)) errors.push({ field: '/closesAt', in: 'body', message: 'A space closes after it opens.' });
}

export function spaces(deps: DiscussionDeps): Hono<HubEnv> {
  const { store, contract, signIn, clock } = deps;
  const auth = authenticate({ signIn });
  return new Hono<HubEnv>()
    .get('/', validateParams(contract, 'listSpaces'), async (c) => {
      const query = c.get('query') as ListQuery;
      const now = clock();
      const limit = query.limit ?? 20;
      const offset = decodeCursor(query.cursor);
      const all = (await store.discussions.spaces.all()).filter((s) => !query.state || spaceState(s, now) === query.state).sort(bySchedule(now));
      const page = all.slice(offset, offset + limit);
      const discussions = await store.discussions.discussions.forSpaces(page.map((s) => s.id));
      const counts = await store.discussions.discussions.visibleCounts(discussions.map((d) => d.id));
      const items = page.map((space) =>
        spaceSummary(space, discussions.filter((d) => d.spaceId === space.id).map((d) => discussionSummary(d, counts.get(d.id) ?? 0)), now),
      );
      const nextCursor = offset + limit < all.length ? encodeCursor(offset + limit) : null;
      return c.json({ items, nextCursor } satisfies Schemas['SpacePage'], 200, REVALIDATE);
    })
    .post('/', auth, requireRole('moderator', 'admin'), validateParams(contract, 'createSpace'), jsonBody(contract, 'createSpace', SPACE_BODY), async (c) => {
      const body = c.get('body') as Schemas['NewSpace'];
      const errors: FieldError[] = [];
      checkDates(body.opensAt, body.closesAt, errors);
      await checkPeople(store, body.moderatorIds, errors);
      if (errors.length) throw invalidRequest(errors);
      if (await store.discussions.spaces.slugTaken(body.slug)) throw new ProblemError(409, `The slug "${body.slug}" is taken by another space.`);
      const who = signedIn(c);
      const at = clock().toISOString();
      const id = randomId('spc');
      const space = await store.discussions.spaces.create(
        {
          id,
          slug: body.slug,
          kind: body.kind,
          title: body.title,
          welcome: renderRichText(body.welcome),
          audience: body.audience,
          languages: body.languages,
          opensAt: body.opensAt,
          closesAt: body.closesAt ?? null,
          objectives: body.objectives ?? [],
          // The creator moderates what they made unless they named others.
          moderatorIds: body.moderatorIds?.length ? body.moderatorIds : [who.person.id],
          summaryReport: null,
          settings: { ...DEFAULT_SETTINGS, ...body.settings },
        },
        { actor: who.person.id, at, audit: [{ action: 'space.created', subject: id, details: { slug: body.slug } }] },
      );
      c.header('Location', `/v1/spaces/${space.id}`);
      return c.json(await spaceView(store, space, clock()), 201, NO_STORE);
    })
    .get('/:space', validateParams(contract, 'getSpace'), async (c) => {
      const space = await spaceOf(store, param(c, 'space'));
      return c.json(await spaceView(store, space, clock()), 200, REVALIDATE);
    })
    .patch('/:space', auth, validateParams(contract, 'updateSpace'), jsonBody(contract, 'updateSpace', SPACE_BODY), async (c) => {
      const space = await spaceOf(store, param(c, 'space'));
      const who = signedIn(c);
      requireModerator(space, who);
      const body = c.get('body') as Schemas['SpaceUpdate'];
      const errors: FieldError[] = [];
      checkDates(body.opensAt ?? space.opensAt, body.closesAt === undefined ? space.closesAt : body.closesAt, errors);
      await checkPeople(store, body.moderatorIds, errors);
      if (errors.length) throw invalidRequest(errors);
      const at = clock().toISOString();
      const { welcome, summaryReport, settings, state, ...plain } = body;
      const changes: SpaceChanges = { ...plain };
      if (welcome !== undefined) changes.welcome = renderRichText(welcome);
      if (summaryReport !== undefined) changes.summaryReport = summaryReport === null ? null : renderRichText(summaryReport);
      if (settings) changes.settings = { ...space.settings, ...settings };
      if (state === 'closed' && space.closedAt === null) changes.closedAt = at;
      if (state === 'open') changes.closedAt = null;
      const action = state === 'closed' ? 'space.closed' : state === 'open' ? 'space.reopened' : 'space.updated';
      const updated = await store.discussions.spaces.update(space.id, changes, {
        actor: who.person.id,
        at,
        audit: [{ action, subject: space.id, details: { fields: Object.keys(body) } }],
      });
      return c.json(await spaceView(store, updated, clock()), 200, NO_STORE);
    })
    .post('/:space/discussions', auth, validateParams(contract, 'createDiscussion'), jsonBody(contract, 'createDiscussion', SPACE_BODY), async (c) => {
      const space = await spaceOf(store, param(c, 'space'));
      const who = signedIn(c);
      requireModerator(space, who);
      if (spaceState(space, clock()) === 'closed') throw new ProblemError(409, 'The space is closed: it takes no new discussions.');
      const body = c.get('body') as Schemas['NewDiscussion'];
      const id = randomId('dsc');
      const discussion = await store.discussions.discussions.create(
        { id, spaceId: space.id, title: body.title, questions: body.questions },
        { actor: who.person.id, at: clock().toISOString(), audit: [{ action: 'discussion.created', subject: id, details: { space: space.id } }] },
      );
      c.header('Location', `/v1/discussions/${discussion.id}`);
      return c.json(discussionView(discussion, 0), 201, NO_STORE);
    });
}
