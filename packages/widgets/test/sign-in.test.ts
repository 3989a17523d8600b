// <mnh-sign-in> against the real hub: the code by email, wrong codes, waiting, signing out, the provider, RTL.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/provider/define.js';
import '../src/components/practice-list/define.js';
import '../src/components/sign-in/define.js';
import type { MnhProvider } from '../src/components/provider/provider.js';
import type { MnhPracticeList } from '../src/components/practice-list/practice-list.js';
import type { MnhSignIn, SignedInEvent } from '../src/components/sign-in/sign-in.js';
import { sessionFor } from '../src/internal/session.js';
import { $, $$, api, member, registerTestOrigin, signInCode, shadow, text, until } from './support/hub.js';

let person = 0;
/** A fresh address each time, so one test's per-address limits never meet another's. */
const newEmail = () => `widget-person-${++person}-${Date.now()}@example.org`;

const input = (el: MnhSignIn, name: string) => $<HTMLInputElement>(el, `input[name="${name}"]`);
const focused = (el: MnhSignIn) => shadow(el).activeElement;

/** Types into the field that has focus and presses Enter, the way a keyboard user would. */
async function typeAndEnter(value: string): Promise<void> {
  await sendKeys({ type: value });
  await sendKeys({ press: 'Enter' });
}

/** Asks for a code for `email` by keyboard and waits until the code field has focus. */
async function askForCode(el: MnhSignIn, email: string): Promise<void> {
  input(el, 'email').focus();
  await typeAndEnter(email);
  await waitUntil(() => focused(el)?.getAttribute('name') === 'code', 'the code field never took focus', {
    timeout: 8000,
  });
}

/** Signs in through `el` entirely by keyboard, with the code the hub emailed. */
async function signIn(el: MnhSignIn, email = newEmail()): Promise<string> {
  await askForCode(el, email);
  await typeAndEnter(await signInCode(email));
  await until(el, '[part="user"]', 'never signed in');
  return email;
}

async function signInWidget(template = html`<mnh-sign-in api=${api}></mnh-sign-in>`): Promise<MnhSignIn> {
  const el = await fixture<MnhSignIn>(template);
  await el.updateComplete;
  return el;
}

describe('<mnh-sign-in>', () => {
  before(registerTestOrigin);
  afterEach(async () => {
    await sessionFor(api).signOut();
    sessionStorage.clear();
  });

  it('is accessible at each step', async () => {
    const el = await signInWidget();
    await expect(el).to.be.accessible();
    await askForCode(el, newEmail());
    await expect(el).to.be.accessible();
    const code = input(el, 'code');
    expect(code.autocomplete).to.equal('one-time-code');
    expect(code.inputMode).to.equal('numeric');
    expect(code.labels?.[0]?.textContent).to.contain('6-digit code');
  });

  it('signs in with the code from the email, by keyboard alone, and shows who is signed in', async () => {
    const el = await signInWidget();
    const signedIn = oneEvent(el, 'mnh-signed-in') as Promise<SignedInEvent>;
    const email = await signIn(el);
    const { detail } = await signedIn;
    expect(detail.user.email).to.equal(email);
    expect(text($(el, '[part="user"]'))).to.contain(`Signed in as`);
    expect(text($(el, '[part="user"]'))).to.contain(detail.user.name);
    expect(focused(el)).to.equal($(el, '[part="user"]'));
    // The session lives in the page's own storage: a widget made after a reload is signed in at once.
    expect(JSON.stringify(Object.entries(sessionStorage))).to.contain(email);
    await expect(el).to.be.accessible();
  });

  it('shows the name and organisation of someone the hub knows', async () => {
    const el = await signInWidget();
    await signIn(el, member.email);
    expect(text($(el, '[part="user"]'))).to.equal(`Signed in as \u2068${member.name}\u2069`);
    expect(text($(el, '[part="organisation"]'))).to.equal(member.organisation);
  });

  it('says a wrong code is wrong beside the code field, in the hub’s words', async () => {
    const el = await signInWidget();
    const email = newEmail();
    await askForCode(el, email);
    const right = await signInCode(email);
    await typeAndEnter(right === '123456' ? '654321' : '123456');
    await until(el, '#code-error:not(:empty)', 'no message for the wrong code');
    const code = input(el, 'code');
    expect(code.getAttribute('aria-invalid')).to.equal('true');
    expect(code.getAttribute('aria-describedby')).to.contain('code-error');
    // The hub's own sentence about the code.
    expect(text($(el, '#code-error'))).to.match(/code.{12,}/i);
    expect(text($(el, '#code-error'))).not.to.contain('Enter the 6 digits');
    expect(sessionFor(api).user).to.equal(undefined);

    // A code of the wrong shape never reaches the hub.
    code.select();
    await typeAndEnter('12');
    await waitUntil(() => text($(el, '#code-error')) === 'Enter the 6 digits from the email.', 'no shape message');
  });

  it('asks for a proper address before sending anything', async () => {
    const el = await signInWidget();
    input(el, 'email').focus();
    await typeAndEnter('not an address');
    await until(el, '#email-error:not(:empty)');
    expect(text($(el, '#email-error'))).to.contain('Enter an email address');
    expect(input(el, 'email').getAttribute('aria-invalid')).to.equal('true');
  });

  it('counts down before another code may be sent, and honours the hub’s Retry-After', async () => {
    const el = await signInWidget();
    const email = newEmail();
    await askForCode(el, email);
    const resend = $<HTMLButtonElement>(el, '[part~="resend"]');
    expect(resend.disabled).to.equal(true);
    const first = text(resend);
    expect(first).to.match(/^Send a new code in 0:(29|30)$/);
    await waitUntil(() => text(resend) !== first, 'the countdown never moved', { timeout: 3000 });

    // Spend the address's allowance, then ask again from the widget: the hub says how long to wait.
    let retryAfter = '';
    for (let i = 0; i < 5 && !retryAfter; i++) {
      const response = await fetch(`${api}/v1/auth/code`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email }),
      });
      if (response.status === 429) retryAfter = response.headers.get('Retry-After') ?? '';
    }
    expect(Number(retryAfter)).to.be.greaterThan(0);
    $<HTMLButtonElement>(el, '[part="button"].quiet:not([part~="resend"])').click();
    await until(el, 'input[name="email"]');
    await typeAndEnter('');
    await until(el, '[part="error"]', 'no message about waiting');
    const [, m, sec] = /^Too many attempts\. Try again in (\d+):(\d\d)\.$/.exec(text($(el, '[part="error"]'))) ?? [];
    const shown = Number(m) * 60 + Number(sec);
    expect(shown).to.be.within(Number(retryAfter) - 5, Number(retryAfter));
    expect($<HTMLButtonElement>(el, 'button[type="submit"]').disabled).to.equal(true);
  });

  it('signs out, ending the session on the hub', async () => {
    const el = await signInWidget();
    await signIn(el);
    const token = (JSON.parse(Object.values(sessionStorage)[0] ?? '{}') as { accessToken?: string }).accessToken;
    expect(token).to.be.a('string');
    const signedOut = oneEvent(el, 'mnh-signed-out');
    $<HTMLButtonElement>(el, '[part="signed-in"] button').focus();
    await sendKeys({ press: 'Enter' });
    await signedOut;
    await until(el, 'input[name="email"]');
    expect(focused(el)).to.equal(input(el, 'email'));
    expect(text($(el, '[role="status"]'))).to.equal('You are signed out.');
    expect(Object.keys(sessionStorage)).to.have.length(0);
    const me = await fetch(`${api}/v1/me`, { headers: { Authorization: `Bearer ${token}` } });
    expect(me.status).to.equal(401);
  });

  it('shares the signed-in person through <mnh-provider> with every widget inside', async () => {
    const provider = await fixture<MnhProvider>(html`<mnh-provider api=${api}>
      <mnh-sign-in id="one"></mnh-sign-in>
      <mnh-sign-in id="two" lang="fr"></mnh-sign-in>
      <mnh-practice-list limit="1"></mnh-practice-list>
    </mnh-provider>`);
    const [one, two] = [...provider.querySelectorAll<MnhSignIn>('mnh-sign-in')];
    const list = provider.querySelector<MnhPracticeList>('mnh-practice-list')!;
    await one!.updateComplete;
    const email = await signIn(one!);
    await until(two!, '[part="user"]', 'the other widget never heard');
    expect(text($(two!, '[part="user"]'))).to.contain('Connecté·e en tant que');
    expect(list.hubUser?.email).to.equal(email);

    $<HTMLButtonElement>(two!, '[part="signed-in"] button').click();
    await until(one!, 'input[name="email"]', 'the first widget never heard of the sign-out');
    expect(list.hubUser).to.equal(undefined);
  });

  it('works without a provider or api only to say what is missing', async () => {
    const el = await signInWidget(html`<mnh-sign-in></mnh-sign-in>`);
    expect(text($(el, '[part="error"]'))).to.contain('api attribute');
  });

  it('lays itself out right to left in Arabic', async () => {
    const el = await signInWidget(html`<mnh-sign-in api=${api} lang="ar"></mnh-sign-in>`);
    await waitUntil(() => $$(el, 'button').some((b) => text(b) === 'أرسل لي رمزًا'), 'not in Arabic');
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(input(el, 'email')).direction).to.equal('rtl');
    const email = newEmail();
    await askForCode(el, email);
    expect(text($(el, 'form p'))).to.contain(email);
    await expect(el).to.be.accessible();
  });
});
