// A partner's script reading the hub through @mnh/sdk: health, French labels, a filtered feed,
// a walk over every matching expert, and what a missing practice looks like.
import { createHubClient, HubProblemError } from '@mnh/sdk';

const baseUrl = process.env.HUB_URL ?? 'http://localhost:8787';
const hub = createHubClient({ baseUrl, lang: 'fr' });

const health = await hub.getHealth();
console.log(`Hub at ${baseUrl}: ${health.status} (version ${health.version})`);

const taxonomy = await hub.getTaxonomy();
const objective = (n) => taxonomy.objectives.find((o) => o.number === n)?.label ?? String(n);
console.log(`\nObjectif 5 : ${objective(5)}`);

// A regional platform's feed: practices on regular pathways in Africa, newest first.
const feed = await hub.listPractices({ objective: [5], region: ['africa'], limit: 5 });
console.log(`\n${feed.total} pratiques en Afrique pour « ${objective(5)} » ; les ${feed.items.length} dernières publiées :`);
for (const practice of feed.items) {
  console.log(`- ${practice.title} (${practice.countries.join(', ')}, ${practice.year})`);
}

// Every expert on remittances who works in Arabic, page after page.
let experts = 0;
for await (const expert of hub.experts({ expertise: ['20'], language: ['ar'] })) {
  if (experts++ < 3) console.log(`  ${expert.name}, ${expert.organisation.name}`);
}
console.log(`\n${experts} experts en « ${objective(20)} » parlant arabe`);

// Failures are problem documents, with the offending fields named.
try {
  await hub.getPractice('no-such-practice');
} catch (error) {
  if (!(error instanceof HubProblemError)) throw error;
  console.log(`\n${error.status} ${error.problem.title}: ${error.problem.detail}`);
}
