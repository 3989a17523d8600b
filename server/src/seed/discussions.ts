// Demo discussion spaces: an open one with a live discussion, a closed one with its summary, a pre-moderated one.
import { renderRichText } from '../discussions/render.js';
import { DEFAULT_SETTINGS } from '../discussions/types.js';
import type { Store } from '../store/types.js';

const DAY = 86_400_000;

interface DemoComment {
  key: string;
  by: string;
  question: number;
  replyTo?: string;
  text: string;
}

const IMRF_COMMENTS: readonly DemoComment[] = [
  { key: 'a', by: 'contributor1@example.org', question: 1, text: 'Bilateral labour agreements with **standard contracts** in both languages cut recruitment fees in our corridor. The hard part was inspection on the destination side.' },
  { key: 'b', by: 'reviewer1@example.org', question: 1, replyTo: 'a', text: 'Did the agreements include a complaints channel workers could reach *before* departure?' },
  { key: 'c', by: 'contributor1@example.org', question: 1, replyTo: 'b', text: 'Yes: a hotline run by the labour ministry, and a desk at the pre-departure training.' },
  { key: 'd', by: 'contributor2@example.org', question: 2, text: 'Data on missing migrants is still scattered. We would like to see:\n\n- a shared reporting format\n- regular regional exchanges\n- [the Missing Migrants methodology](https://missingmigrants.iom.int/) used more widely' },
  { key: 'e', by: 'reviewer2@example.org', question: 3, text: '> Leave no one behind\n\nRegional reviews should hear from migrant organisations directly, not only through governments.' },
];

async function personId(store: Store, email: string): Promise<string | null> {
  return (await store.people.findByEmail(email))?.id ?? null;
}

/** Adds the demo spaces once, when the demo accounts exist and no space does yet. */
export async function seedDiscussionDemo(store: Store, now = new Date()): Promise<boolean> {
  const moderator = await personId(store, 'moderator@example.org');
  if (!moderator || (await store.discussions.spaces.all()).length > 0) return false;
  const at = now.toISOString();
  const change = { actor: moderator, at };
  const base = { kind: 'event' as const, audience: 'Member States, UN entities, civil society, migrant organisations and researchers', moderatorIds: [moderator], summaryReport: null };

  const imrf = await store.discussions.spaces.create(
    {
      ...base,
      id: 'spc_imrfdemo2026',
      slug: 'towards-imrf',
      title: 'Towards the International Migration Review Forum',
      welcome: renderRichText('Welcome! This space gathers **experiences and proposals** ahead of the International Migration Review Forum.\n\nPlease keep comments respectful and on topic; moderators may hide comments that are not.'),
      languages: ['en', 'fr', 'es'],
      opensAt: new Date(now.getTime() - 7 * DAY).toISOString(),
      closesAt: new Date(now.getTime() + 30 * DAY).toISOString(),
      objectives: [6, 8, 23],
      settings: { ...DEFAULT_SETTINGS },
    },
    change,
  );
  const discussion = await store.discussions.discussions.create(
    {
      id: 'dsc_imrfdemo2026',
      spaceId: imrf.id,
      title: 'Progress since the last review',
      questions: [
        'Which practices have made migration safer in your country or region since the last Forum?',
        'Where is progress slowest, and what is holding it back?',
        'What should the next progress declaration ask of States and stakeholders?',
      ],
    },
    change,
  );
  const ids = new Map<string, string>();
  for (const [i, comment] of IMRF_COMMENTS.entries()) {
    const author = await personId(store, comment.by);
    if (!author) continue;
    const createdAt = new Date(now.getTime() - (IMRF_COMMENTS.length - i) * 3_600_000).toISOString();
    const { comment: stored } = await store.discussions.comments.create(
      { discussionId: discussion.id, question: comment.question, parentId: comment.replyTo ? (ids.get(comment.replyTo) ?? null) : null, authorId: author, body: renderRichText(comment.text), state: 'visible', createdAt },
      { actor: author, at: createdAt, event: 'created' },
    );
    ids.set(comment.key, stored.id);
  }

  const regional = await store.discussions.spaces.create(
    {
      ...base,
      id: 'spc_regionaldemo',
      slug: 'regional-review-africa',
      title: 'Regional review of the GCM in Africa',
      welcome: renderRichText('This space was open during the regional review. Its summary report is below.'),
      languages: ['en', 'fr', 'ar'],
      opensAt: new Date(now.getTime() - 120 * DAY).toISOString(),
      closesAt: new Date(now.getTime() - 60 * DAY).toISOString(),
      objectives: [2, 19, 21],
      settings: { ...DEFAULT_SETTINGS },
    },
    change,
  );
  await store.discussions.discussions.create({ spaceId: regional.id, title: 'Priorities for the region', questions: ['What should the region prioritise?'] }, change);
  await store.discussions.spaces.update(
    regional.id,
    { summaryReport: renderRichText('Participants asked for:\n\n1. more regular pathways within the region\n2. portable social protection\n3. support for *dignified* return and reintegration') },
    change,
  );

  const youth = await store.discussions.spaces.create(
    {
      ...base,
      kind: 'topic',
      id: 'spc_youthdemo01',
      slug: 'young-migrants-voices',
      title: 'Young migrants’ voices',
      welcome: renderRichText('A **pre-moderated** space: comments appear once a moderator approves them.'),
      languages: ['en', 'es'],
      opensAt: new Date(now.getTime() - 2 * DAY).toISOString(),
      closesAt: null,
      objectives: [7, 16, 18],
      settings: { ...DEFAULT_SETTINGS, preModeration: true },
    },
    change,
  );
  await store.discussions.discussions.create({ spaceId: youth.id, title: 'Access to education and skills', questions: ['What helped you continue your studies?', 'What got in the way?'] }, change);
  return true;
}
