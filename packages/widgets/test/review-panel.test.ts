// <mnh-review-panel> against the real hub: a reviewer's queue and verdict, hidden verdicts, the curator's board.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createHubSession } from '@mnh/sdk';
import type { HubSession, StoredSession, TokenStorage } from '@mnh/sdk';
import '../src/components/provider/define.js';
import '../src/components/review-panel/define.js';
import type { MnhReviewPanel, ReviewSentEvent } from '../src/components/review-panel/review-panel.js';
import type { MnhSignIn } from '../src/components/sign-in/sign-in.js';
import { sessionFor } from '../src/internal/session.js';
import { $, $$, api, flakyApi, hubUp, registerTestOrigin, requestsTo, shadow, signInCode, text, until } from './support/hub.js';

/** A session whose stored tokens the test can read, to lend them to a second address of the same hub. */
function keptSession(baseUrl: string, start?: StoredSession): { session: HubSession; kept: () => StoredSession | undefined } {
  let kept = start;
  const storage: TokenStorage = { load: () => kept, save: (next) => (kept = next) };
  return { session: createHubSession({ baseUrl, storage }), kept: () => kept };
}

/** Signs `email` in once for the whole file: each address may be sent only a few codes. */
async function signedIn(email: string) {
  const kept = keptSession(api);
  await kept.session.requestSignInCode(email);
  await kept.session.signIn(email, await signInCode(email));
  return kept;
}

async function call<T>(session: HubSession, method: string, path: string, body?: BodyInit | object, type = 'application/json') {
  const raw = body instanceof Blob;
  const response = await session.fetch(
    new Request(api + path, {
      method,
      headers: body ? { 'Content-Type': type } : {},
      body: raw ? body : body && JSON.stringify(body),
    }),
  );
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

// A 1×1 PNG: the hub checks a file's type from its bytes.
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

let contributor: HubSession;
let curator: HubSession;
let reviewer1: ReturnType<typeof keptSession>;
let reviewer4: HubSession;
/** Reviewer ids by email's local part, as the hub's suggestions name them. */
const reviewerIds = new Map<string, string>();

/**
 * A practice implemented by Lantern Legal Aid (so reviewer3, who works there, and reviewer7, who
 * declared a conflict with it, may not review it), submitted as the practice form would.
 */
async function submitPractice(title: string, withFile = false): Promise<string> {
  const draft = await call<{ id: string }>(contributor, 'POST', '/v1/submissions', {
    title,
    summary: 'Paralegals help migrant domestic workers <b>recover</b> unpaid wages.',
    description: 'Weekly clinics in three cities.\nA hotline in four languages.',
    objectives: [6, 7],
    principles: [{ principle: 'human-rights', justification: 'Every case starts from the worker’s own rights.' }],
    countries: ['PHL'],
    scope: 'national',
    organisation: { name: 'Lantern Legal Aid', kind: 'civil-society' },
    focalPoint: { name: 'Focal Point', email: 'focal.point@example.org' },
    implementation: { startYear: 2019, endYear: 2023, status: 'completed' },
    results: 'Wages recovered for 1,200 workers.',
    lessonsLearned: 'Trust comes from peers.',
    language: 'en',
    links: [{ title: 'Annual report', url: 'https://example.org/report' }],
  });
  if (withFile) {
    await call(contributor, 'POST', `/v1/submissions/${draft.id}/files?filename=poster.png`, new Blob([PNG]), 'image/png');
  }
  await call(contributor, 'POST', `/v1/submissions/${draft.id}/submit`);
  return draft.id;
}

const assign = (submission: string, reviewer: string) =>
  call(curator, 'POST', `/v1/submissions/${submission}/assignments`, { reviewerId: reviewerIds.get(reviewer) });

async function panel(session: HubSession, attrs = html``, base = api): Promise<MnhReviewPanel> {
  const el = await fixture<MnhReviewPanel>(html`<mnh-review-panel api=${base} .session=${session}>${attrs}</mnh-review-panel>`);
  await el.updateComplete;
  return el;
}

const focused = (el: Element) => shadow(el).activeElement;

/** The element matching `selector` whose text contains `needle`. */
function find(el: Element, selector: string, needle: string): HTMLElement {
  const found = $$(el, selector).find((e) => text(e).includes(needle));
  if (!found) throw new Error(`no ${selector} with “${needle}”`);
  return found;
}

async function untilText(el: MnhReviewPanel, selector: string, needle: string): Promise<HTMLElement> {
  await waitUntil(() => $$(el, selector).some((e) => text(e).includes(needle)), `no ${selector} with “${needle}”`, {
    timeout: 8000,
  });
  await el.updateComplete;
  return find(el, selector, needle);
}

/** Opens a queue or board item with the keyboard and waits for its heading to take focus. */
async function openByKeyboard(el: MnhReviewPanel, title: string): Promise<void> {
  const button = await untilText(el, '.card-title button', title);
  button.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => focused(el)?.id === 'detail-title', 'the detail heading never took focus');
}

const hostile = '<img src=x onerror="window.__pwned=1">Wage recovery clinics';
let reviewed: string;

describe('<mnh-review-panel>', () => {
  before(async () => {
    await registerTestOrigin();
    contributor = (await signedIn('contributor3@example.org')).session;
    curator = (await signedIn('curator@example.org')).session;
    reviewer1 = await signedIn('reviewer1@example.org');
    reviewer4 = (await signedIn('reviewer4@example.org')).session;
    reviewed = await submitPractice(hostile, true);
    const { items } = await call<{ items: { reviewer: { id: string; name: string } }[] }>(
      curator,
      'GET',
      `/v1/submissions/${reviewed}/reviewer-suggestions`,
    );
    const names: Record<string, string> = {
      'Hana Haddad': 'reviewer1',
      'Rosa Ramírez': 'reviewer2',
      'Kwame Kariuki': 'reviewer3',
      'Ines Lemaire': 'reviewer4',
      'Dmitri Petrenko': 'reviewer5',
      'Wei Zhou': 'reviewer6',
    };
    for (const { reviewer } of items) if (names[reviewer.name]) reviewerIds.set(names[reviewer.name]!, reviewer.id);
    for (const reviewer of ['reviewer1', 'reviewer4', 'reviewer5']) await assign(reviewed, reviewer);
  });

  it('is accessible: the queue, the review form and the board', async () => {
    const queue = await panel(reviewer1.session);
    await untilText(queue, '.card-title button', 'Wage recovery');
    await expect(queue).to.be.accessible();
    find(queue, '.card-title button', 'Wage recovery').click();
    await until(queue, 'form[part="review-form"]');
    await expect(queue).to.be.accessible();

    const board = await panel(curator);
    await untilText(board, '.card-title button', 'Wage recovery');
    await expect(board).to.be.accessible();
  });

  it('shows a reviewer their queue and records a verdict given with the keyboard', async () => {
    const el = await panel(reviewer1.session);
    await untilText(el, '.card-title button', 'Wage recovery');
    const item = find(el, '[part="item"]', 'Wage recovery');
    expect(text(item)).to.match(/Due \w+ \d{1,2}, \d{4}/);
    expect(text($(el, '#queue-title'))).to.equal('Your reviews');

    await openByKeyboard(el, 'Wage recovery');
    // The submission's content, as text: markup in it is never parsed, unsafe links never linked.
    expect(text($(el, '#detail-title'))).to.equal(hostile);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(text($(el, '[part="submission"]'))).to.contain('<b>recover</b>');
    expect(text($(el, '[part="submission"]'))).to.contain('Wages recovered for 1,200 workers.');
    expect(find(el, 'a[part="link"]', 'Annual report').getAttribute('href')).to.equal('https://example.org/report');
    // Files download with the reviewer's token.
    const file = $<HTMLAnchorElement>(el, 'a[part="file"]');
    expect(text(file)).to.equal('poster.png');
    file.click();
    await waitUntil(() => requestsTo(`/files/`).length > 0, 'the file was never fetched');

    // Verdict by arrow keys in the radio group, comments typed, then confirmed.
    $<HTMLInputElement>(el, 'input[name="verdict"]').focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    expect($<HTMLInputElement>(el, 'input[value="approve"]').checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('name')).to.equal('applied');
    await sendKeys({ type: 'Running since 2019.' });
    $(el, 'textarea[name="comment"]').focus();
    await sendKeys({ type: 'A model for the region.' });
    $(el, '[part~="send"]').focus();
    await sendKeys({ press: 'Enter' });
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    await waitUntil(() => dialog.open, 'no confirmation');
    expect(text(dialog)).to.contain('“Approve”');
    expect(focused(el)?.textContent?.trim()).to.equal('Send review');

    const sent = oneEvent(el, 'mnh-review-sent') as Promise<ReviewSentEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await sent).detail).to.deep.equal({ submissionId: reviewed, verdict: 'approve' });
    await waitUntil(() => focused(el)?.id === 'mine-title', 'focus never moved to the review sent');
    expect(text($(el, '[role="status"]'))).to.equal('Your review was sent.');
    expect(text($(el, '[part="review"]'))).to.contain('Approve');
    expect(text($(el, '[part="review"]'))).to.contain('Running since 2019.');
    await untilText(el, '[part="others"]', 'No other verdict yet.');

    const { items } = await call<{ items: { verdict: string; comment: string }[] }>(curator, 'GET', `/v1/submissions/${reviewed}/reviews`);
    expect(items.map((r) => [r.verdict, r.comment])).to.deep.equal([['approve', 'A model for the region.']]);

    // Back to the queue: focus returns to the item, now among the reviewed.
    $(el, '[part="back"]').click();
    await waitUntil(() => focused(el)?.getAttribute('data-id'), 'focus never returned to the queue');
    await untilText(el, '[part="item"]', 'Verdict: Approve');
  });

  it('keeps the other reviewers’ verdicts hidden until the reviewer has given their own', async () => {
    const before = requestsTo(`/v1/submissions/${reviewed}/reviews`).length;
    const el = await panel(reviewer4);
    await openByKeyboard(el, 'Wage recovery');
    expect(shadow(el).querySelector('[part="others"]')).to.equal(null);
    expect(text(el.shadowRoot!.querySelector('[part="review-side"]'))).not.to.contain('Hana Haddad');
    expect(text($(el, '[part="review-form"]'))).to.contain('once you have sent yours');

    // Sending without a verdict is stopped at the radio group.
    $(el, '[part~="send"]').click();
    await until(el, '#verdict-error:not(:empty)');
    expect(text($(el, '#verdict-error'))).to.equal('Choose a verdict.');
    expect(focused(el)?.getAttribute('name')).to.equal('verdict');

    $<HTMLInputElement>(el, 'input[value="request-changes"]').click();
    $<HTMLTextAreaElement>(el, 'textarea[name="comment"]').value = 'Say more about funding.';
    // Escape steps back from the confirmation to the send button, with nothing sent and nothing lost.
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    $(el, '[part~="send"]').click();
    await waitUntil(() => dialog.open, 'no confirmation');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open && focused(el) === $(el, '[part~="send"]'), 'focus never came back to the send button');
    expect($<HTMLTextAreaElement>(el, 'textarea[name="comment"]').value).to.equal('Say more about funding.');
    $(el, '[part~="send"]').click();
    await waitUntil(() => dialog.open, 'no confirmation');
    // Nothing about the others was even asked for before the verdict went.
    expect(requestsTo(`/v1/submissions/${reviewed}/reviews`).length).to.equal(before);
    $(el, 'dialog button[value="send"]').click();

    const other = await untilText(el, '[part="others"] [part="review"]', 'Hana Haddad');
    expect(text(other)).to.contain('Approve');
    expect(text(other)).to.contain('A model for the region.');
    expect(text($(el, '[part="review"]'))).to.contain('Request changes');
  });

  it('shows the curator the board, with conflicted reviewers not selectable, and moves a balanced set to review', async () => {
    const waiting = await submitPractice('Community paralegal network');
    const el = await panel(curator);
    const card = await untilText(el, '[part="item"]', 'Community paralegal network');
    expect(text(card)).to.contain('Waiting for reviewers');
    expect(text(card)).to.contain('By ');
    expect(text(card)).to.contain('Verdicts: 0 of 3');
    expect(text(card.querySelector('[part="balance"]'))).to.contain('Missing:');
    // The practice under review shows its progress.
    expect(text(find(el, '[part="item"]', 'Wage recovery'))).to.contain('Verdicts: 2 of 3');

    await openByKeyboard(el, 'Community paralegal network');
    const kwame = await untilText(el, '[part="suggestion"]', 'Kwame Kariuki');
    expect(kwame.querySelector('button')).to.equal(null);
    expect(text(kwame.querySelector('[part="conflict"]'))).to.equal('Cannot be assigned: from the implementing organisation.');
    const fatou = find(el, '[part="suggestion"]', 'Fatou Ndiaye');
    expect(fatou.querySelector('button')).to.equal(null);
    expect(text(fatou)).to.contain('declared a conflict of interest');

    const assignByKeyboard = async (name: string) => {
      const button = find(el, '[part="suggestion"]', name).querySelector('button')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await untilText(el, '[role="status"]', `${name}\u2069 is assigned.`);
      expect(text(find(el, '[part="assignment"]', name))).to.contain('Due');
    };
    await assignByKeyboard('Ines Lemaire');
    await assignByKeyboard('Dmitri Petrenko');
    // Focus waits at the suggestions, ready for the next one.
    expect(focused(el)?.id).to.equal('suggestions-title');
    // Two reviewers from other organisations: a third would leave no room for a UN entity.
    const wei = find(el, '[part="suggestion"]', 'Wei Zhou');
    expect(wei.querySelector('button')).to.equal(null);
    expect(text(wei)).to.contain('the balance could no longer be met');
    await assignByKeyboard('Hana Haddad');

    await untilText(el, '[part="state"]', 'In review');
    expect(text($(el, '[role="status"]'))).to.equal('\u2068Hana Haddad\u2069 is assigned. In review');
    expect(focused(el)?.id).to.equal('reviewers-title');
    expect(shadow(el).querySelector('[part="suggestions"]')).to.equal(null);
    expect(text($(el, '[part="balance"]'))).to.contain('Complete and balanced');
    const submission = await call<{ state: string }>(curator, 'GET', `/v1/submissions/${waiting}`);
    expect(submission.state).to.equal('in-review');
  });

  it('shows the hub’s refusal of an assignment beside the reviewer, and replaces a reviewer', async () => {
    const id = await submitPractice('Legal aid by text message');
    const el = await panel(curator);
    await openByKeyboard(el, 'Legal aid by text message');
    const rosa = await untilText(el, '[part="suggestion"]', 'Rosa Ramírez');
    // Another curator got there first.
    await assign(id, 'reviewer2');
    rosa.querySelector('button')!.click();
    const problem = await untilText(el, '[part="suggestion"] [role="alert"]', 'assigned');
    expect(problem.closest('[part="suggestion"]')).to.equal(find(el, '[part="suggestion"]', 'Rosa Ramírez'));

    await assign(id, 'reviewer4');
    await assign(id, 'reviewer5');
    el.remove();
    const again = await panel(curator);
    await openByKeyboard(again, 'Legal aid by text message');
    const dmitri = await untilText(again, '[part="assignment"]', 'Dmitri Petrenko');
    dmitri.querySelector<HTMLButtonElement>('[part~="replace"]')!.click();
    await untilText(again, '[part="suggestions"]', 'Choose who replaces');
    expect(focused(again)?.id).to.equal('suggestions-title');
    find(again, '[part="suggestion"]', 'Wei Zhou').querySelector('button')!.click();
    await untilText(again, '[part="assignment"]', 'Wei Zhou');
    expect(text(find(again, '[part="assignment"]', 'Dmitri Petrenko'))).to.contain('Replaced');
  });

  it('shows a resource with its own fields: type, publisher, address', async () => {
    const draft = await call<{ id: string }>(contributor, 'POST', '/v1/submissions', {
      kind: 'resource',
      title: 'Toolkit on fair recruitment',
      summary: 'Checklists for recruiters.',
      resourceType: 'guidance',
      objectives: [6],
      publisher: { name: 'Institute for Mobility Studies', kind: 'academia' },
      url: 'https://example.org/toolkit',
      language: 'en',
      year: 2022,
    });
    await call(contributor, 'POST', `/v1/submissions/${draft.id}/submit`);
    for (const reviewer of ['reviewer1', 'reviewer2', 'reviewer5']) await assign(draft.id, reviewer);
    const el = await panel(reviewer1.session);
    await openByKeyboard(el, 'Toolkit on fair recruitment');
    const fact = (term: string) => text(find(el, '.fact', term).querySelector('dd'));
    expect(fact('Type of resource')).to.equal('Guidance');
    expect(fact('Publisher')).to.equal('\u2068Institute for Mobility Studies\u2069 (Academia) · 2022');
    expect(find(el, 'a[part="link"]', 'https://example.org/toolkit').getAttribute('href')).to.equal('https://example.org/toolkit');
  });

  it('shows a curator their own queue when asked for the reviewer view, empty here', async () => {
    const el = await panel(curator, html``);
    el.view = 'reviewer';
    await untilText(el, '[part="empty"]', 'Nothing is waiting for your review.');
    expect(text($(el, '#queue-title'))).to.equal('Your reviews');
    expect(shadow(el).querySelector('[part="board"]')).to.equal(null);
  });

  it('offers sign-in to someone not signed in, inside a provider too', async () => {
    const el = await panel(keptSession(api).session);
    await until(el, 'mnh-sign-in');
    await expect(el).to.be.accessible();
    // Signing in right there opens the person's queue, with focus on its heading.
    const form = $<MnhSignIn>(el, 'mnh-sign-in');
    await until(form, 'input[name="email"]');
    const email = `panel-person-${Date.now()}@example.org`;
    $(form, 'input[name="email"]').focus();
    await sendKeys({ type: email });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(form).activeElement?.getAttribute('name') === 'code', 'no code field', { timeout: 8000 });
    await sendKeys({ type: await signInCode(email) });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.id === 'queue-title', 'the queue never took focus', { timeout: 8000 });
    await untilText(el, '[part="empty"]', 'Nothing is waiting for your review.');

    // A session an earlier test file left in this tab's storage would sign the provider in.
    await sessionFor(api).signOut();
    const provider = await fixture(html`<mnh-provider api=${api} lang="fr"><mnh-review-panel></mnh-review-panel></mnh-provider>`);
    const inside = provider.querySelector<MnhReviewPanel>('mnh-review-panel')!;
    await until(inside, 'mnh-sign-in');
    // The provider's session and language reach the sign-in form.
    const signIn = $(inside, 'mnh-sign-in');
    expect(signIn.getAttribute('lang')).to.equal('fr');
    await waitUntil(() => text(signIn.shadowRoot?.querySelector('button[type="submit"]')) === 'Recevoir un code', 'not in French');
  });

  it('speaks Arabic, right to left', async () => {
    const el = await fixture<MnhReviewPanel>(
      html`<mnh-review-panel api=${api} lang="ar" .session=${reviewer1.session}></mnh-review-panel>`,
    );
    await untilText(el, '#queue-title', 'مراجعاتك');
    expect(el.getAttribute('dir')).to.equal('rtl');
    await untilText(el, '[part="item"]', 'القرار: موافقة');
  });

  it('shows an error it can recover from when the hub is unreachable', async () => {
    const lent = keptSession(flakyApi, reviewer1.kept()).session;
    await hubUp(false);
    try {
      const el = await panel(lent, html``, flakyApi);
      await until(el, '[part="error"]');
      expect(text($(el, '[part="error"]'))).to.contain('could not be reached');
      await hubUp(true);
      $(el, '[part="error"] button').click();
      await untilText(el, '.card-title button', 'Wage recovery');
    } finally {
      await hubUp(true);
    }
  });
});
