// <mnh-expert-finder>'s contact form against the real hub: inline sign-in, counts, sending, 429 and 403, languages.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createHubSession } from '@mnh/sdk';
import type { ExpertPage, ExpertSummary, HubSession } from '@mnh/sdk';
import '../src/components/expert-finder/define.js';
import type { MnhExpertFinder } from '../src/components/expert-finder/expert-finder.js';
import { sessionFor } from '../src/internal/session.js';
import { $, $$, api, hubGet, registerTestOrigin, shadow, signInCode, text, until } from './support/hub.js';

let person = 0;
/** A fresh address each time, so one test's sign-in and contact limits never meet another's. */
const newEmail = () => `expert-contact-${++person}-${Date.now()}@example.org`;
const session = sessionFor(api);
let experts: ExpertSummary[];

async function signInPage(email = newEmail()): Promise<void> {
  await session.requestSignInCode(email);
  await session.signIn(email, await signInCode(email));
}

/** Someone else, signed in beside the page's session (an expert, a curator). */
async function other(address: string): Promise<HubSession> {
  const someone = createHubSession({ baseUrl: api });
  await someone.requestSignInCode(address);
  await someone.signIn(address, await signInCode(address));
  return someone;
}

async function call(as: HubSession, method: string, path: string, body?: object): Promise<Response> {
  const response = await as.fetch(
    new Request(api + path, { method, headers: { 'Content-Type': 'application/json' }, body: body && JSON.stringify(body) }),
  );
  if (!response.ok && response.status !== 429) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response;
}

/** The finder with `name`'s profile open and, once it has loaded, the contact form (or its sign-in) shown. */
async function contactFormFor(name: string, lang = 'en'): Promise<MnhExpertFinder> {
  const el = await fixture<MnhExpertFinder>(html`<mnh-expert-finder api=${api} q=${name} limit="1" lang=${lang}></mnh-expert-finder>`);
  await until(el, '[part="item-name"]');
  $(el, '[part="item-name"]').click();
  await until(el, '[part~="contact-button"]', 'no Contact button in the profile');
  $(el, '[part~="contact-button"]').click();
  await until(el, '[part="contact"]', 'the contact form never loaded');
  return el;
}

const focusedId = (el: Element) => shadow(el).activeElement?.id;

async function typeInto(el: MnhExpertFinder, id: string, value: string): Promise<void> {
  $(el, `#${id}`).focus();
  await sendKeys({ type: value });
  await el.updateComplete;
}

before(async () => {
  await registerTestOrigin();
  experts = (await hubGet<ExpertPage>('/v1/experts?limit=30')).items;
});
afterEach(async () => {
  if (session.user) await session.signOut();
});

describe('<mnh-expert-finder> contact form', () => {
  it('is accessible', async () => {
    await signInPage();
    const el = await contactFormFor(experts[0]!.name);
    await until(el, '#contact-subject');
    await expect(el).to.be.accessible();
  });

  it('asks someone signed out to sign in inline, through the shared session, then shows the form with focus in Subject', async () => {
    const el = await contactFormFor(experts[1]!.name);
    const signIn = $(el, 'mnh-sign-in');
    await waitUntil(() => signIn.shadowRoot?.querySelector('input[name="email"]'), 'the inline sign-in never rendered');
    expect(text($(el, '[part="contact"]'))).to.contain('Sign in to write to this expert.');
    await signInPage();
    await until(el, '#contact-subject', 'the form never replaced the sign-in');
    await waitUntil(() => focusedId(el) === 'contact-subject', 'focus did not move to Subject');
  });

  it('counts the characters left, sends by keyboard, and confirms with focus on the confirmation', async () => {
    await signInPage();
    const el = await contactFormFor(experts[2]!.name);
    await until(el, '#contact-subject');
    expect(text($(el, '#contact-subject-count'))).to.equal('150 characters left');
    await typeInto(el, 'contact-subject', 'Recruitment fees');
    expect(text($(el, '#contact-subject-count'))).to.equal('134 characters left');
    await typeInto(el, 'contact-message', 'Could we talk about your work?');
    expect(text($(el, '#contact-message-count'))).to.equal(`${5000 - 30} characters left`);
    $(el, '#contact-subject').focus();
    await sendKeys({ press: 'Enter' });
    await until(el, '[part="contact-sent"]', 'never confirmed');
    expect(text($(el, '[part="contact-sent"]'))).to.contain('on its way');
    await waitUntil(() => focusedId(el) === 'contact-sent', 'focus did not move to the confirmation');
    expect(shadow(el).innerHTML).not.to.contain('@example.org');
  });

  it('says how long to wait when the sender reached the hourly limit (429)', async () => {
    const email = newEmail();
    await signInPage(email);
    for (const expert of experts.slice(10, 15)) {
      expect((await call(session, 'POST', `/v1/experts/${expert.id}/contact`, { subject: 'Hello', message: 'A question.' })).status).to.equal(202);
    }
    const el = await contactFormFor(experts[3]!.name);
    await typeInto(el, 'contact-subject', 'One more');
    await typeInto(el, 'contact-message', 'Too many today.');
    $(el, '#contact-message').focus();
    $<HTMLButtonElement>(el, '[part="contact"] button[type="submit"]').click();
    await until(el, '#contact-problem', 'no message for the limit');
    expect(text($(el, '#contact-problem'))).to.match(/Try again in (59|60) minutes\./);
    await waitUntil(() => focusedId(el) === 'contact-problem', 'focus did not move to the problem');
  });

  it('says so when the expert switched contact off meanwhile (403), in French', async () => {
    const expertEmail = newEmail();
    const expert = await other(expertEmail);
    const name = `Contact Test ${Date.now()}`;
    const profile = {
      name,
      title: 'Researcher',
      organisation: { name: 'Institute for Mobility Studies', kind: 'academia' },
      expertise: { objectives: [6], themes: [] },
      regions: ['africa'],
      countries: ['KEN'],
      languages: ['fr'],
      bio: 'Planted by the widget tests.',
      links: [],
    };
    const saved = (await (await call(expert, 'PUT', '/v1/me/expert-profile', { profile, consent: { listed: true, contact: true } })).json()) as { id: string };
    const curator = await other('curator@example.org');
    await call(curator, 'POST', `/v1/expert-profiles/${saved.id}/decision`, { decision: 'list' });
    await signInPage();
    const el = await contactFormFor(name, 'fr');
    await until(el, '#contact-subject');
    expect(text($(el, '#contact-title'))).to.equal(`Écrire à ${name}`);
    await call(expert, 'PUT', '/v1/me/expert-profile', { profile, consent: { listed: true, contact: false } });
    await typeInto(el, 'contact-subject', 'Bonjour');
    await typeInto(el, 'contact-message', 'Une question.');
    $<HTMLButtonElement>(el, '[part="contact"] button[type="submit"]').click();
    await until(el, '#contact-problem', 'no message for contact switched off');
    expect(text($(el, '#contact-problem'))).to.equal('Cet expert n’accepte pas de messages par le hub.');
    await expert.signOut();
    await curator.signOut();
  });

  it('Cancel closes the form and gives focus back to Contact', async () => {
    await signInPage();
    const el = await contactFormFor(experts[4]!.name);
    await until(el, '#contact-subject');
    const cancel = $$<HTMLButtonElement>(el, '[part="contact"] button').find((b) => text(b) === 'Cancel')!;
    cancel.click();
    await waitUntil(() => focusedId(el) === 'contact-button', 'focus did not return to Contact');
    expect(shadow(el).querySelector('[part="contact"]')).to.equal(null);
  });
});
