// <mnh-practice-detail> against the real hub: every public field, languages, states, hostile text.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Practice, PracticePage, Taxonomy } from '@mnh/sdk';
import '../src/components/practice-detail/define.js';
import type { MnhPracticeDetail } from '../src/components/practice-detail/practice-detail.js';
import { $, $$, api, flakyApi, hubGet, hubUp, shadow, text, until } from './support/hub.js';

const settled = (el: MnhPracticeDetail) => until(el, '[part="title"], [part="error"]');

async function detail(template: ReturnType<typeof html>): Promise<MnhPracticeDetail> {
  const el = await fixture<MnhPracticeDetail>(template);
  await settled(el);
  return el;
}

/** A published practice with partners, links and lessons, from the hub itself. */
async function richPractice(): Promise<Practice> {
  const page = await hubGet<PracticePage>('/v1/practices?limit=20&sort=title');
  for (const summary of page.items) {
    const practice = await hubGet<Practice>(`/v1/practices/${summary.slug}`);
    if (practice.partners.length && practice.links.length && practice.countries.length && practice.lessonsLearned) {
      return practice;
    }
  }
  throw new Error('no practice with partners, links, countries and lessons in the seed');
}

describe('<mnh-practice-detail>', () => {
  it('is accessible', async () => {
    const practice = await richPractice();
    const el = await detail(html`<mnh-practice-detail api=${api} practice=${practice.slug}></mnh-practice-detail>`);
    await expect(el).to.be.accessible();
  });

  it('shows every public field of the practice, with labels in the widget language', async () => {
    const practice = await richPractice();
    const taxonomy = await hubGet<Taxonomy>('/v1/taxonomy?lang=en');
    const el = await detail(html`<mnh-practice-detail api=${api} practice=${practice.slug}></mnh-practice-detail>`);
    const objective = taxonomy.objectives.find((o) => o.number === practice.objectives[0])!;
    await waitUntil(() => text($(el, '[part="facts"]')).includes(objective.label), 'labels never arrived');
    const all = text(shadow(el).querySelector('article'));
    expect(text($(el, '[part="title"]'))).to.equal(practice.title);
    expect($(el, '[part="title"]').getAttribute('lang')).to.equal(practice.language);
    for (const field of [practice.summary, practice.organisation.name, practice.partners[0]!.name]) {
      expect(all).to.contain(text({ textContent: field } as Element));
    }
    for (const field of [practice.description, practice.results, practice.lessonsLearned, practice.replicability]) {
      if (field) expect(all).to.contain(text({ textContent: field } as Element));
    }
    const country = taxonomy.countries.find((c) => c.code === practice.countries[0])!;
    const status = taxonomy.statuses.find((s) => s.key === practice.implementation.status)!;
    expect(all).to.contain(country.label);
    expect(all).to.contain(status.label);
    expect(all).to.contain(String(practice.implementation.startYear));
    expect(all).to.contain('Lessons learned');

    const links = $$<HTMLAnchorElement>(el, 'a[part="link"]');
    expect(links.map((a) => a.href)).to.deep.equal(practice.links.map((l) => new URL(l.url).href));
    for (const link of links) expect(link.rel).to.equal('noopener noreferrer');
  });

  it('finds a practice by id as well as by slug', async () => {
    const page = await hubGet<PracticePage>('/v1/practices?limit=1');
    const el = await detail(html`<mnh-practice-detail api=${api} practice=${page.items[0]!.id}></mnh-practice-detail>`);
    expect(text($(el, '[part="title"]'))).to.equal(page.items[0]!.title);
  });

  it('says so when the practice does not exist', async () => {
    const el = await detail(html`<mnh-practice-detail api=${api} practice="no-such-practice"></mnh-practice-detail>`);
    expect(text($(el, '[part="error"]'))).to.equal('This practice was not found, or it is not published.');
  });

  it('shows markup in API text as text and keeps unsafe links out of href', async () => {
    const el = await detail(html`<mnh-practice-detail api=${api} practice="hostile-markup-test"></mnh-practice-detail>`);
    expect(text($(el, '[part="title"]'))).to.equal('<img src=x onerror="window.__pwned=1">Hostile title');
    expect(text($(el, '[part="summary"]'))).to.equal('<script>window.__pwned=2</script>Hostile summary');
    expect(shadow(el).querySelector('img, script')).to.equal(null);
    const anchors = $$<HTMLAnchorElement>(el, 'a');
    expect(anchors.map((a) => a.href)).to.deep.equal(['https://example.org/practice']);
    expect(text(shadow(el).querySelector('.links'))).to.contain('Script link');
    expect(text(shadow(el).querySelector('article'))).to.not.contain('focal@example.org');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('follows the page language, and reads Arabic right to left', async () => {
    const practice = await richPractice();
    document.documentElement.lang = 'fr';
    try {
      const el = await detail(html`<mnh-practice-detail api=${api} practice=${practice.slug}></mnh-practice-detail>`);
      const article = () => text(shadow(el).querySelector('article'));
      await waitUntil(() => article().includes('Enseignements tirés'), 'French text never shown');
      document.documentElement.lang = 'ar';
      await waitUntil(() => el.getAttribute('dir') === 'rtl', 'page language change not followed');
      await waitUntil(() => article().includes('الدروس المستفادة'), 'Arabic text never shown');
      const taxonomy = await hubGet<Taxonomy>('/v1/taxonomy?lang=ar');
      const region = taxonomy.regions.find((r) => r.key === practice.regions[0])!;
      await waitUntil(() => text($(el, '[part="facts"]')).includes(region.label), 'Arabic labels never arrived');
    } finally {
      document.documentElement.lang = 'en';
    }
  });

  it('shows an error with a retry button when the hub is unreachable, and recovers', async () => {
    const practice = await richPractice();
    await hubUp(false);
    try {
      const el = await detail(html`<mnh-practice-detail api=${flakyApi} practice=${practice.slug}></mnh-practice-detail>`);
      expect($(el, '[part="error"]').getAttribute('role')).to.equal('alert');
      await hubUp(true);
      $<HTMLButtonElement>(el, '[part="error"] button').click();
      await until(el, '[part="title"]');
      expect(text($(el, '[part="title"]'))).to.equal(practice.title);
    } finally {
      await hubUp(true);
    }
  });
});
