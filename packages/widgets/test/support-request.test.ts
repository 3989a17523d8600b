// <mnh-support-request> and <mnh-support-desk> against the real hub: asking for support, the curator's desk, the status the requester sees.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createHubSession, memoryTokenStorage } from '@mnh/sdk';
import type { HubSession } from '@mnh/sdk';
import '../src/components/support-request/define.js';
import '../src/components/support-desk/define.js';
import type { MnhSupportRequest, SupportRequestedEvent } from '../src/components/support-request/support-request.js';
import type { MnhSupportDesk, SupportMovedEvent } from '../src/components/support-desk/support-desk.js';
import { $, $$, api, registerTestOrigin, shadow, signInCode, text, until } from './support/hub.js';

/** Reviewer 5 asks for support (anyone signed in may); the admin runs the desk. Addresses no other test file signs in. */
const REQUESTER = 'reviewer5@example.org';
const DESK = 'admin@example.org';
const ENTITY = 'Federation of Domestic Workers, Kenya chapter';

async function signedIn(email: string): Promise<HubSession> {
  const session = createHubSession({ baseUrl: api, storage: memoryTokenStorage() });
  await session.requestSignInCode(email);
  await session.signIn(email, await signInCode(email));
  return session;
}

let requester: HubSession;
let desk: HubSession;

const form = async (lang = 'en') => {
  const el = await fixture<MnhSupportRequest>(html`<mnh-support-request api=${api} lang=${lang} .session=${requester}></mnh-support-request>`);
  await until(el, 'form[part="form"]');
  await waitUntil(() => $$(el, '#f-country option').length > 50, 'no countries from the taxonomy');
  return el;
};
const deskFor = async () => {
  const el = await fixture<MnhSupportDesk>(html`<mnh-support-desk api=${api} .session=${desk}></mnh-support-desk>`);
  await until(el, '[part="queue"]', 'the queue never appeared');
  return el;
};
const focused = (el: Element) => shadow(el).activeElement;
const type = (el: Element, id: string, value: string) => {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, `#${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
};
const check = (el: Element, group: string, label: string) => {
  const box = $$<HTMLLabelElement>(el, `fieldset.${group} label`).find((l) => text(l).includes(label));
  if (!box) throw new Error(`no choice "${label}" in ${group}`);
  box.querySelector('input')!.click();
};

describe('<mnh-support-request>', () => {
  before(async () => {
    await registerTestOrigin();
    requester = await signedIn(REQUESTER);
    desk = await signedIn(DESK);
  });

  it('is accessible', async () => {
    const el = await form();
    await expect(el).to.be.accessible();
  });

  it('shows the hub’s problems beside each field and in a summary that takes focus, reachable by keyboard', async () => {
    const el = await form();
    $<HTMLButtonElement>(el, 'button[type="submit"]').focus();
    await sendKeys({ press: 'Enter' });
    await until(el, '.error-summary');
    await waitUntil(() => focused(el)?.classList.contains('error-summary'), 'the summary did not take focus');
    const items = $$(el, '.error-summary li').map(text);
    expect(items, items.join(' | ')).to.include('Requesting entity: this is required.');
    expect(items).to.include('Country: this is required.');
    expect($(el, '#f-requestingEntity').getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, `#${$(el, '#f-requestingEntity').getAttribute('aria-describedby')!.split(' ').pop()!}`))).to.equal(
      'Requesting entity: this is required.',
    );
    await sendKeys({ press: 'Tab' });
    expect(text(focused(el))).to.equal('Requesting entity: this is required.');
    await sendKeys({ press: 'Enter' });
    expect(focused(el)?.id).to.equal('f-requestingEntity');
    await sendKeys({ type: ENTITY });
    expect($<HTMLInputElement>(el, '#f-requestingEntity').value).to.equal(ENTITY);
    await expect(el).to.be.accessible();
  });

  it('sends a complete request and lists it as received, with its timeline', async () => {
    const el = await form();
    type(el, 'f-requestingEntity', ENTITY);
    const country = $<HTMLSelectElement>(el, '#f-country');
    country.value = 'KEN';
    country.dispatchEvent(new Event('change'));
    check(el, 'objectives', '6.');
    check(el, 'objectives', '22.');
    check(el, 'kinds', 'Training');
    check(el, 'languages', 'English');
    type(el, 'f-description', 'Domestic workers’ organisers need training on the labour rights of migrant domestic workers in the Gulf.');
    type(el, 'f-timeline', 'Before the end of the year');
    type(el, 'f-contact-name', 'Dmitri Petrenko');
    await el.updateComplete;
    const sent = oneEvent(el, 'mnh-support-requested') as Promise<SupportRequestedEvent>;
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    const { detail } = await sent;
    expect(detail.requestId).to.match(/^spr_/);
    await waitUntil(() => $$(el, '[part="request"]').some((r) => text(r).includes(ENTITY)), 'the request is not listed');
    const mine = $$(el, '[part="request"]').find((r) => text(r).includes(ENTITY))!;
    expect(text(mine.querySelector('[part="state"]'))).to.equal('Received');
    expect(mine.querySelectorAll('[part="timeline"] li')).to.have.length(1);
    expect($$(el, '.error-summary')).to.have.length(0);
    expect($<HTMLInputElement>(el, '#f-requestingEntity').value).to.equal('');
  });

  it('lays itself out right to left in Arabic', async () => {
    const el = await form('ar');
    await waitUntil(() => text($(el, 'h2')) === 'الدعم في مجال بناء القدرات', 'not in Arabic');
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(text($(el, 'label[for="f-country"]'))).to.equal('البلد');
    await expect(el).to.be.accessible();
  });
});

describe('<mnh-support-desk>', () => {
  it('is accessible, with the queue and a request’s detail', async () => {
    const el = await deskFor();
    await expect(el).to.be.accessible();
    $$<HTMLButtonElement>(el, '[part="queue"] button')[0]!.click();
    await until(el, '[part="detail"]');
    await waitUntil(() => $$(el, '[part="suggestion"]').length > 0, 'no suggested experts');
    await expect(el).to.be.accessible();
  });

  it('tells someone who is not a curator that the desk is not for them', async () => {
    const el = await fixture<MnhSupportDesk>(html`<mnh-support-desk api=${api} .session=${requester}></mnh-support-desk>`);
    await el.updateComplete;
    expect(text($(el, 'section p'))).to.equal('The support desk is for the hub’s curators.');
  });

  it('lets a curator move the request to matched, and the requester then sees the new status', async () => {
    const el = await deskFor();
    const filter = $<HTMLSelectElement>(el, '#filter');
    filter.value = 'received';
    filter.dispatchEvent(new Event('change'));
    await waitUntil(() => $$(el, '[part="queue"] button').some((b) => text(b) === ENTITY), 'the new request is not in the queue');
    $$<HTMLButtonElement>(el, '[part="queue"] button').find((b) => text(b) === ENTITY)!.click();
    await until(el, '[part="detail"]');
    await waitUntil(() => focused(el)?.id === 'detail-title', 'the detail heading did not take focus');

    // Under assessment: the first move offered, sent by keyboard.
    expect($<HTMLSelectElement>(el, '#move-to').value).to.equal('under-assessment');
    let moved = oneEvent(el, 'mnh-support-moved') as Promise<SupportMovedEvent>;
    $<HTMLButtonElement>(el, '[part="move"] button[type="submit"]').focus();
    await sendKeys({ press: 'Enter' });
    expect((await moved).detail.state).to.equal('under-assessment');

    // Matched too early is refused by the hub, and says why.
    await waitUntil(() => $<HTMLSelectElement>(el, '#move-to').value === 'matched', 'matched is not offered next');
    $<HTMLButtonElement>(el, '[part="move"] button[type="submit"]').click();
    await waitUntil(() => text(shadow(el).querySelector('[part="move"] [role="alert"]')).includes('Assign at least one expert'), 'no refusal shown');

    // Assign the best suggested expert, then match with what was agreed.
    await waitUntil(() => $$(el, '[part="suggestion"] button').length > 0, 'no suggested experts');
    const expert = text($(el, '[part="suggestion"] strong'));
    $<HTMLButtonElement>(el, '[part="suggestion"] button').click();
    await waitUntil(() => $$(el, 'section[aria-labelledby="assigned-title"] li').some((li) => text(li).includes(expert)), 'not assigned');
    type(el, 'move-agreement', 'Three online sessions with the organisers in October.');
    moved = oneEvent(el, 'mnh-support-moved') as Promise<SupportMovedEvent>;
    $<HTMLButtonElement>(el, '[part="move"] button[type="submit"]').click();
    expect((await moved).detail.state).to.equal('matched');
    await waitUntil(() => text($(el, '[role="status"]')).includes('Matched with experts'), 'the move was not announced');

    const mine = await form();
    await waitUntil(() => $$(mine, '[part="request"]').some((r) => text(r).includes(ENTITY)), 'the request is not listed');
    const request = $$(mine, '[part="request"]').find((r) => text(r).includes(ENTITY))!;
    expect(text(request.querySelector('.facts [part="state"]'))).to.equal('Matched with experts');
    expect([...request.querySelectorAll('[part="timeline"] [part="state"]')].map(text)).to.deep.equal([
      'Received',
      'Under assessment',
      'Matched with experts',
    ]);
    expect(text(request.querySelector('[part="agreement"]'))).to.contain('Three online sessions with the organisers in October.');
    expect(text(request.querySelector('[part="experts"]'))).to.contain(expert);
  });
});
