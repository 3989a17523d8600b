// Demo support requests in three states, so the support desk and the requesters' lists are not empty on first start.
import type { Store } from '../store/types.js';
import type { SupportContent } from '../store/support-types.js';
import { randomId } from '../store/ids.js';
import { seededId } from './ids.js';

interface DemoRequest {
  requester: string;
  content: SupportContent;
  /** How far the desk has taken it. */
  stage: 'received' | 'under-assessment' | 'matched';
}

const DEMO_REQUESTS: readonly DemoRequest[] = [
  {
    requester: 'contributor1@example.org',
    stage: 'received',
    content: {
      requestingEntity: 'Ministry of Labour and Migration, Mexico',
      country: 'MEX',
      objectives: [6, 5],
      kinds: ['training', 'peer-exchange'],
      description:
        'Labour inspectors in three states of origin need training on fair and ethical recruitment of seasonal workers, and an exchange with a country that licenses recruitment agencies.',
      timeline: 'Before the next recruitment season, in March',
      languages: ['es', 'en'],
      contact: { name: 'Omar Farouk', position: 'Head of labour mobility' },
    },
  },
  {
    requester: 'contributor2@example.org',
    stage: 'under-assessment',
    content: {
      requestingEntity: 'Lantern Legal Aid',
      country: 'KEN',
      objectives: [13, 7],
      kinds: ['technical-advice', 'policy-development'],
      description:
        'We want to propose community-based alternatives to immigration detention for children and families, and need advice on case management models that have worked elsewhere.',
      timeline: 'Within six months',
      languages: ['en', 'sw'],
      contact: { name: 'Priya Banerjee' },
    },
  },
  {
    requester: 'contributor3@example.org',
    stage: 'matched',
    content: {
      requestingEntity: 'National Statistics Office, Zambia',
      country: 'ZMB',
      objectives: [1],
      kinds: ['data'],
      description:
        'The census office wants to add migration questions to the labour force survey and publish disaggregated data on migrant workers by sex and age.',
      timeline: 'By the end of next year',
      languages: ['en'],
      contact: { name: 'Samuel Tembo', position: 'Survey coordinator' },
    },
  },
];

/** Adds the demo requests once (when there are none), without mail: call it after the accounts and experts exist. */
export async function seedSupportDemo(store: Store, at = new Date().toISOString()): Promise<void> {
  if ((await store.supportRequests.list({ limit: 1 })).length > 0) return;
  const curator = await store.people.findByEmail('curator@example.org');
  const expert = await store.experts.get(seededId('exp', 0));
  for (const demo of DEMO_REQUESTS) {
    const requester = await store.people.findByEmail(demo.requester);
    if (!requester || !curator) continue;
    const quiet = { actor: 'system', at, audit: [], notices: [] };
    let request = await store.supportRequests.create(randomId('spr'), requester.id, demo.content, quiet);
    if (demo.stage === 'received') continue;
    request = await store.supportRequests.move(request.id, request.revision, { state: 'under-assessment', reason: null }, quiet);
    if (demo.stage !== 'matched' || !expert) continue;
    await store.supportRequests.assign(request.id, request.revision, { expertId: expert.id, note: 'Reviews the draft questionnaire.', assignedBy: curator.id, assignedAt: at }, quiet);
    const assigned = (await store.supportRequests.get(request.id))!;
    await store.supportRequests.move(
      assigned.id,
      assigned.revision,
      { state: 'matched', reason: null, agreement: 'Two remote workshops on the questionnaire, then a review of the first tables.' },
      quiet,
    );
  }
}
