// <mnh-practice-form> against the real hub: steps by keyboard, autosave and resume, conflicts, checklist errors, files, RTL.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createHubSession, createSubmissions } from '@mnh/sdk';
import type { HubSession, Submissions } from '@mnh/sdk';
import '../src/components/provider/define.js';
import '../src/components/practice-form/define.js';
import type { MnhPracticeForm, SubmissionDetail } from '../src/components/practice-form/practice-form.js';
import type { MnhSignIn } from '../src/components/sign-in/sign-in.js';
import { sessionFor } from '../src/internal/session.js';
import { $, $$, api, flakyApi, hubUp, registerTestOrigin, shadow, signInCode, text, until } from './support/hub.js';

/** One person for the whole file (an address may be sent only a few codes), and the page's session with the hub. */
const email = `practice-form-${Date.now()}@example.org`;
const session = sessionFor(api);
let submissions: Submissions;

async function signIn(): Promise<void> {
  if (session.user) return;
  await session.requestSignInCode(email);
  await session.signIn(email, await signInCode(email));
}

/** A draft that is complete but for what a test leaves out. */
const complete = {
  title: 'Skills passports for returning migrants',
  summary: 'Returning migrants get their skills recognised.',
  description: 'A national scheme recognising skills learned abroad, run with employers and colleges.',
  objectives: [18, 21],
  principles: [{ principle: 'people-centred' as const, justification: 'Designed with returnees and their families.' }],
  countries: ['PHL'],
  organisation: { name: 'Lantern Legal Aid', kind: 'civil-society' as const },
  focalPoint: { name: 'Rosa Focal', email: 'rosa.focal@example.org' },
  implementation: { startYear: 2019, endYear: 2022, status: 'completed' as const },
};

/** Someone else, signed in beside the page's session (a curator, a reviewer). */
async function other(address: string): Promise<HubSession> {
  const someone = createHubSession({ baseUrl: api });
  await someone.requestSignInCode(address);
  await someone.signIn(address, await signInCode(address));
  return someone;
}

async function call(as: HubSession, method: string, path: string, body?: object): Promise<unknown> {
  const response = await as.fetch(
    new Request(api + path, { method, headers: { 'Content-Type': 'application/json' }, body: body && JSON.stringify(body) }),
  );
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

const focused = (el: Element) => shadow(el).activeElement;
/**
 * Whether focus is on what `selector` finds: a boolean, because chai describing two mismatched
 * elements walks their whole object graph (a Lit element's takes minutes).
 */
const hasFocus = (el: Element, selector: string) => !!focused(el) && focused(el) === shadow(el).querySelector(selector);
const status = (el: Element) => text($(el, '[part="save-status"]'));
const heading = (el: Element) => text($(el, '[part="step-heading"]'));
const field = <E extends HTMLElement = HTMLInputElement>(el: Element, id: string) => $<E>(el, `#${id}`);

async function form(template = html`<mnh-practice-form api=${api}></mnh-practice-form>`): Promise<MnhPracticeForm> {
  const el = await fixture<MnhPracticeForm>(template);
  await until(el, '[part="step-heading"], .intro h2[tabindex]', 'neither the form nor the offer appeared');
  return el;
}

/** Moves through the steps with the Next button, by keyboard, until `name` is the step shown. */
async function stepTo(el: MnhPracticeForm, name: string): Promise<void> {
  for (let i = 0; i < 6 && heading(el) !== name; i++) {
    $$<HTMLButtonElement>(el, '.step .actions button').at(-1)!.focus();
    const before = heading(el);
    await sendKeys({ press: 'Enter' });
    // Each step change moves focus to the new step's heading.
    await waitUntil(() => heading(el) !== before && hasFocus(el, '[part="step-heading"]'), 'the step never changed');
  }
  expect(heading(el)).to.equal(name);
}

const saved = (el: Element) => waitUntil(() => status(el) === 'Saved', 'never saved', { timeout: 8000 });
/** After a change: "Saved" goes at once (the change is not, yet), and comes back once it is. */
async function savedAgain(el: Element): Promise<void> {
  await waitUntil(() => status(el) !== 'Saved', 'still said "Saved" after a change');
  await saved(el);
}

describe('<mnh-practice-form>', () => {
  before(async () => {
    await registerTestOrigin();
    await signIn();
    submissions = createSubmissions({ baseUrl: api, fetch: session.fetch });
  });

  // Each test starts with no draft waiting, so the form opens on a new one unless a test makes one.
  beforeEach(async () => {
    await signIn();
    for (const draft of await submissions.list({ state: ['draft'], limit: 100 })) await submissions.withdraw(draft.id);
  });

  it('is accessible on every step', async () => {
    const el = await form();
    await waitUntil(() => $$(el, '#f-language option').length > 5, 'no taxonomy labels');
    for (let step = 0; step < 6; step++) {
      await expect(el).to.be.accessible();
      if (step < 5) await stepTo(el, ['The practice', 'Objectives and principles', 'Where and who', 'Implementation and results', 'Links and files', 'Review and submit'][step + 1]!);
    }
  });

  it('shows <mnh-sign-in> to someone signed out, and the form once they sign in there (inside a provider)', async () => {
    await session.signOut();
    const provider = await fixture<HTMLElement>(html`<mnh-provider api=${api}><mnh-practice-form></mnh-practice-form></mnh-provider>`);
    const el = provider.querySelector<MnhPracticeForm>('mnh-practice-form')!;
    await until(el, 'mnh-sign-in');
    await expect(el).to.be.accessible();
    expect(text($(el, '.intro p'))).to.contain('Sign in to submit a practice');
    await customElements.whenDefined('mnh-sign-in');
    const signInEl = $<MnhSignIn>(el, 'mnh-sign-in');
    await signInEl.updateComplete;
    $<HTMLInputElement>(signInEl, 'input[name="email"]').focus();
    await sendKeys({ type: email });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(signInEl).activeElement?.getAttribute('name') === 'code', 'no code field', { timeout: 8000 });
    await sendKeys({ type: await signInCode(email) });
    await sendKeys({ press: 'Enter' });
    await until(el, '[part="step-heading"]', 'the form never appeared after signing in');
    expect(heading(el)).to.equal('The practice');
    await waitUntil(() => hasFocus(el, '[part="step-heading"]'), 'focus was lost with the sign-in form');
  });

  it('is filled in by keyboard, step by step, with the current step marked and its heading focused', async () => {
    const el = await form();
    const created = oneEvent(el, 'mnh-draft-created') as Promise<CustomEvent<SubmissionDetail>>;
    field(el, 'f-title').focus();
    await sendKeys({ type: 'Mobile legal clinics' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Lawyers visit farms where migrant workers live.' });
    const { detail } = await created;
    await saved(el);

    await stepTo(el, 'Objectives and principles');
    expect(hasFocus(el, '[part="step-heading"]')).to.equal(true);
    expect(text($(el, '[aria-current="step"]'))).to.equal('Objectives and principles');
    expect(text($(el, '.step > p.muted'))).to.equal('Step 2 of 6');
    // Tab from the heading into the first objective, and tick it with the space bar.
    await sendKeys({ press: 'Tab' });
    expect(hasFocus(el, '#f-objectives')).to.equal(true);
    await sendKeys({ press: 'Space' });
    await waitUntil(() => field(el, 'f-objectives').checked, 'the objective was not ticked');
    await savedAgain(el);

    // A country picked by typing its name in the closed select, then added with the Add button.
    await stepTo(el, 'Where and who');
    await sendKeys({ press: 'Tab' });
    expect(hasFocus(el, '#f-countries')).to.equal(true);
    await sendKeys({ type: 'Kenya' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(el, '[part="chosen"] li');
    expect(text($(el, '[part="chosen"] li span'))).to.equal('Kenya');
    await savedAgain(el);

    const { submission } = await submissions.get(detail.id);
    expect(submission.content).to.deep.include({ title: 'Mobile legal clinics', objectives: [1], countries: ['KEN'] });
    expect(submission.content.summary).to.equal('Lawyers visit farms where migrant workers live.');
  });

  it('offers the newest draft to continue, and opens one given by its id', async () => {
    const { submission } = await submissions.create({ title: 'Community interpreters', summary: 'Saved earlier.' });
    const el = await form();
    expect(text($(el, '.intro p'))).to.contain('You have a draft, “Community interpreters”');
    // Nothing takes the focus from the page on load.
    expect(focused(el)?.outerHTML ?? 'nothing').to.equal('nothing', 'focus moved on load');
    $<HTMLButtonElement>(el, '.intro .actions button').focus();
    await sendKeys({ press: 'Enter' });
    await until(el, '[part="step-heading"]');
    await waitUntil(() => hasFocus(el, '[part="step-heading"]'), 'focus did not move to the step');
    expect(field(el, 'f-title').value).to.equal('Community interpreters');
    expect(field<HTMLTextAreaElement>(el, 'f-summary').value).to.equal('Saved earlier.');

    const direct = await form(html`<mnh-practice-form api=${api} submission=${submission.id}></mnh-practice-form>`);
    expect(field(direct, 'f-title').value).to.equal('Community interpreters');
  });

  it('survives a reload: what was typed is saved, and the new form continues it', async () => {
    const el = await form();
    field(el, 'f-title').focus();
    await sendKeys({ type: 'Remittance apps' });
    await saved(el);
    el.remove();
    const again = await form();
    $<HTMLButtonElement>(again, '.intro .actions button').click();
    await until(again, '[part="step-heading"]');
    expect(field(again, 'f-title').value).to.equal('Remittance apps');
  });

  it('keeps what could not be saved while the hub is unreachable, and saves it on “Try again”', async () => {
    const el = await form(html`<mnh-practice-form api=${flakyApi} .session=${session}></mnh-practice-form>`);
    field(el, 'f-title').focus();
    await sendKeys({ type: 'Offline' });
    await saved(el);
    await hubUp(false);
    try {
      await sendKeys({ type: ' first' });
      await waitUntil(() => status(el).startsWith('Could not save'), 'no message about the failed save', { timeout: 8000 });
      expect(field(el, 'f-title').value).to.equal('Offline first');
    } finally {
      await hubUp(true);
    }
    const retry = $$<HTMLButtonElement>(el, 'button').find((b) => text(b) === 'Try again')!;
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await saved(el);
    expect(hasFocus(el, '[part="step-heading"]')).to.equal(true);
    const [draft] = await submissions.list({ state: ['draft'], limit: 1 });
    expect(draft!.content.title).to.equal('Offline first');
  });

  it('says when the draft was changed elsewhere (412), and loads the latest version', async () => {
    const { submission, etag } = await submissions.create({ title: 'First version' });
    const el = await form(html`<mnh-practice-form api=${api} submission=${submission.id}></mnh-practice-form>`);
    await submissions.save(submission.id, { title: 'Changed in another tab' }, etag);
    field(el, 'f-title').focus();
    await sendKeys({ type: ' here' });
    await until(el, '[part="conflict"]', 'no conflict message');
    expect(text($(el, '[part="conflict"]'))).to.contain('changed somewhere else');
    $<HTMLButtonElement>(el, '[part="conflict"] button').click();
    await waitUntil(() => field(el, 'f-title').value === 'Changed in another tab', 'the latest version never loaded');
    expect(shadow(el).querySelector('[part="conflict"]')).to.equal(null);
  });

  it('shows what the checklist misses at each field, with a summary of links to them', async () => {
    const { submission } = await submissions.create({
      title: 'Half done',
      principles: [{ principle: 'human-rights', justification: 'Too short.' }],
    });
    const el = await form(html`<mnh-practice-form api=${api} submission=${submission.id}></mnh-practice-form>`);
    await stepTo(el, 'Review and submit');
    $<HTMLButtonElement>(el, '.step .actions button:last-child').click();
    await until(el, '[part="error-summary"]', 'no error summary');
    const summary = $(el, '[part="error-summary"]');
    await waitUntil(() => hasFocus(el, '[part="error-summary"]'), 'the summary never took focus');
    expect(text(summary)).to.contain('There is a problem');
    const links = $$<HTMLAnchorElement>(el, '[part="error-summary"] a').map((a) => [text(a), a.getAttribute('href')]);
    expect(links).to.deep.include(['Summary: required to submit.', '#f-summary']);
    expect(links).to.deep.include(['Choose at least one GCM objective.', '#f-objectives']);
    expect(links).to.deep.include(['Say in at least 20 characters how the practice meets “Human rights”.', '#f-principles-0-justification']);
    await expect(el).to.be.accessible();

    // A link takes you to the field, on its own step, where the same message waits.
    $<HTMLAnchorElement>(el, '[part="error-summary"] a[href="#f-principles-0-justification"]').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.id === 'f-principles-0-justification', 'the link never reached its field');
    expect(heading(el)).to.equal('Objectives and principles');
    const justification = field<HTMLTextAreaElement>(el, 'f-principles-0-justification');
    expect(justification.getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, `#${justification.getAttribute('aria-describedby')}`))).to.contain('at least 20 characters');

    // Fixing it takes the message away, at the field and in the summary.
    await sendKeys({ type: ' It gives every worker a lawyer.' });
    await waitUntil(() => justification.getAttribute('aria-invalid') === 'false', 'the message stayed');
    expect($$(el, '[part="error-summary"] a[href="#f-principles-0-justification"]')).to.have.length(0);
  });

  it('submits a complete practice and says it was submitted', async () => {
    const { submission } = await submissions.create(complete);
    const el = await form(html`<mnh-practice-form api=${api} submission=${submission.id}></mnh-practice-form>`);
    await stepTo(el, 'Review and submit');
    expect(text($(el, '[part="review-section"]'))).to.contain('Skills passports for returning migrants');
    const submitted = oneEvent(el, 'mnh-submitted') as Promise<CustomEvent<SubmissionDetail>>;
    $<HTMLButtonElement>(el, '.step .actions button:last-child').click();
    expect((await submitted).detail.id).to.equal(submission.id);
    await until(el, '.intro [part="state"]');
    expect(text($(el, '.intro h2'))).to.equal('Submitted for review');
    expect(text($(el, '.intro [part="state"]'))).to.equal('Submitted');
    await waitUntil(() => hasFocus(el, '.intro h2'), 'focus did not move to the confirmation');
    expect((await submissions.get(submission.id)).submission.state).to.equal('submitted');
  });

  it('uploads a file to the draft, and keeps saving after it', async () => {
    const el = await form();
    await stepTo(el, 'Links and files');
    const input = field(el, 'f-files');
    const png = Uint8Array.from(
      atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
      (c) => c.charCodeAt(0),
    );
    const files = new DataTransfer();
    files.items.add(new File([png], 'poster.png', { type: 'image/png' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(el, '[part="files"] li', 'the file never showed as attached');
    expect(text($(el, '[part="files"] li'))).to.contain('poster.png');
    expect(text($(el, '.vh[role="status"]'))).to.equal('poster.png is attached.');

    // A file the hub would refuse is not sent at all.
    const wrong = new DataTransfer();
    wrong.items.add(new File(['<p>hi</p>'], 'page.html', { type: 'text/html' }));
    input.files = wrong.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(el, '#files-error');
    expect(text($(el, '#files-error'))).to.contain('is not a PDF, DOCX, PNG or JPEG file');

    // The upload moved the draft to a new revision: the next save goes with its ETag, not a stale one.
    field(el, 'f-links').focus();
    await sendKeys({ type: 'Annual report' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'https://example.org/report' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await savedAgain(el);
    const [draft] = await submissions.list({ state: ['draft'], limit: 1 });
    expect(draft!.files.map((f) => f.filename)).to.deep.equal(['poster.png']);
    expect(draft!.content.links).to.deep.equal([{ title: 'Annual report', url: 'https://example.org/report' }]);
  });

  it('lists my submissions with their state, and withdraws one after asking', async () => {
    const { submission } = await submissions.create({ title: 'To be withdrawn' });
    const el = await form(html`<mnh-practice-form api=${api} submission=${submission.id}></mnh-practice-form>`);
    $$<HTMLButtonElement>(el, '.tabs button')[1]!.click();
    await until(el, '[part="submission"]');
    const item = $$(el, '[part="submission"]').find((li) => text(li.querySelector('h3')) === 'To be withdrawn')!;
    expect(text(item.querySelector('[part="state"]'))).to.equal('Draft');
    const history = [...item.querySelectorAll('button')].find((b) => text(b) === 'History')!;
    history.click();
    await waitUntil(() => item.querySelector('[part="history"] li'), 'no history');
    expect(history.getAttribute('aria-expanded')).to.equal('true');
    expect(text(item.querySelector('[part="history"] li'))).to.match(/ · Started$/);
    const withdraw = [...item.querySelectorAll('button')].find((b) => text(b) === 'Withdraw')!;
    withdraw.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, '[part="confirm"]');
    expect(text($(el, '[part="confirm"] p'))).to.contain('Withdraw “');
    await waitUntil(() => hasFocus(el, '[part="confirm"] button'), 'focus did not move to the question');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(item.querySelector('[part="state"]')) === 'Withdrawn', 'never withdrawn');
    expect((await submissions.get(submission.id)).submission.state).to.equal('withdrawn');
    await expect(el).to.be.accessible();
  });

  it('shows the reviewers’ comments beside a submission sent back, and submits it again', async () => {
    const { submission, etag } = await submissions.create({ ...complete, title: 'Sent back for changes' });
    await submissions.submit(submission.id, etag);
    // A curator assigns three reviewers (two not UN, one UN); each asks for changes.
    const curator = await other('curator@example.org');
    const { items } = (await call(curator, 'GET', `/v1/submissions/${submission.id}/reviewer-suggestions`)) as {
      items: { reviewer: { id: string; name: string } }[];
    };
    const reviewers = { 'Rosa Ramírez': 'reviewer2', 'Dmitri Petrenko': 'reviewer5', 'Wei Zhou': 'reviewer6' };
    for (const name of Object.keys(reviewers)) {
      const reviewerId = items.find((item) => item.reviewer.name === name)!.reviewer.id;
      await call(curator, 'POST', `/v1/submissions/${submission.id}/assignments`, { reviewerId });
    }
    const criteria = { applied: '', relevant: '', coherent: '', innovative: '', replicable: 'Say who could run it elsewhere.', crossCutting: '', timely: '' };
    for (const local of Object.values(reviewers)) {
      await call(await other(`${local}@example.org`), 'PUT', `/v1/submissions/${submission.id}/reviews/mine`, {
        verdict: 'request-changes',
        criteria,
        comment: `Please add the results (${local}).`,
      });
    }
    expect((await submissions.get(submission.id)).submission.state).to.equal('changes-requested');

    const el = await form();
    $$<HTMLButtonElement>(el, '.tabs button')[1]!.click();
    await until(el, '[part="submission"]');
    const item = $$(el, '[part="submission"]').find((li) => text(li.querySelector('h3')) === 'Sent back for changes')!;
    expect(text(item.querySelector('[part="state"]'))).to.equal('Changes requested');
    const answer = [...item.querySelectorAll('button')].find((b) => text(b) === 'Answer the reviewers')!;
    answer.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, '[part="reviews"] .review');
    await waitUntil(() => hasFocus(el, '[part="step-heading"]'), 'the form never took focus');
    const reviews = $$(el, '[part="reviews"] .review');
    expect(reviews.map((r) => text(r.querySelector('h3')))).to.deep.equal([
      'Reviewer 1 · Asks for changes',
      'Reviewer 2 · Asks for changes',
      'Reviewer 3 · Asks for changes',
    ]);
    // Anonymous: what they said, never who they are.
    expect(text($(el, '[part="reviews"]'))).to.contain('Please add the results');
    expect(text($(el, '[part="reviews"]'))).to.contain('Replicable Say who could run it elsewhere.');
    expect(text($(el, '[part="reviews"]'))).not.to.contain('Rosa');
    await expect(el).to.be.accessible();

    await stepTo(el, 'Implementation and results');
    field<HTMLTextAreaElement>(el, 'f-replicability').focus();
    await sendKeys({ type: 'Any ministry with a skills register can run it.' });
    await stepTo(el, 'Review and submit');
    $<HTMLButtonElement>(el, '.step .actions button:last-child').click();
    await until(el, '.intro [part="state"]');
    expect(text($(el, '.intro [part="state"]'))).to.equal('In review');
    const { submission: after } = await submissions.get(submission.id);
    expect(after.state).to.equal('in-review');
    expect(after.content.replicability).to.equal('Any ministry with a skills register can run it.');
  });

  it('lays itself out right to left in Arabic', async () => {
    const el = await form(html`<mnh-practice-form api=${api} lang="ar"></mnh-practice-form>`);
    await waitUntil(() => heading(el) === 'الممارسة', 'not in Arabic');
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(field(el, 'f-title')).direction).to.equal('rtl');
    expect(text($(el, '[aria-current="step"]'))).to.equal('الممارسة');
    expect(text($(el, '.step > p.muted'))).to.equal(`الخطوة ${(1).toLocaleString('ar')} من ${(6).toLocaleString('ar')}`);
    await expect(el).to.be.accessible();
  });
});
