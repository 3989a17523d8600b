// The widgets on a page whose Content-Security-Policy allows no inline scripts or styles.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/all.js';
import type { MnhPracticeList } from '../src/components/practice-list/practice-list.js';
import { $, $$, api, shadow, until } from './support/hub.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));

// Added before any widget renders; a policy in a <meta> applies from the moment it is inserted.
const policy = document.createElement('meta');
policy.httpEquiv = 'Content-Security-Policy';
policy.content = `default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self' ${api}`;
document.head.append(policy);

describe('under a strict Content-Security-Policy', () => {
  it('enforces the policy on this page (inline styles are refused)', async () => {
    const probe = await fixture<HTMLElement>(html`<div></div>`);
    probe.innerHTML = '<p style="color: rgb(255, 0, 0)">inline</p>';
    await waitUntil(() => violations.some((v) => v.startsWith('style-src')), 'the policy is not enforced');
    expect(getComputedStyle(probe.firstElementChild!).color).to.not.equal('rgb(255, 0, 0)');
    violations.length = 0;
  });

  it('renders, styles and opens practices without a single violation', async () => {
    const list = await fixture<MnhPracticeList>(
      html`<mnh-practice-list api=${api} limit="2" filters color-scheme="dark"></mnh-practice-list>`,
    );
    await until(list, '[part="item"]');
    expect(getComputedStyle($(list, '[part="item"]')).borderRadius).to.equal('8px');
    expect(getComputedStyle(list).backgroundColor).to.equal('rgb(21, 25, 30)');
    $$(list, '[part="item-title"]')[0]!.click();
    await waitUntil(() => shadow(list).querySelector('dialog mnh-practice-detail'), 'no dialog');
    const nested = $(list, 'dialog').querySelector('mnh-practice-detail')!;
    // Styles adopted after the first render (the dialog's, the filter bar's) apply too.
    expect(getComputedStyle($(list, 'dialog')).borderRadius).to.equal('8px');
    // The filter bar is its own module, loaded after the first render: wait for it like a reader would.
    await until(list, '[part="filters"]');
    expect(getComputedStyle($(list, '[part="filters"]')).display).to.equal('flex');
    await waitUntil(() => nested.shadowRoot?.querySelector('[part="title"]'), 'detail never loaded');
    expect(getComputedStyle(nested.shadowRoot!.querySelector('[part="facts"]')!).display).to.equal('grid');
    expect(violations).to.deep.equal([]);
  });
});
