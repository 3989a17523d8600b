// <mnh-practice-detail> with translated practices, against the real hub: the language switch changes the content's language only.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Practice, PracticePage, UiLanguage } from '@mnh/sdk';
import '../src/components/practice-detail/define.js';
import type { MnhPracticeDetail } from '../src/components/practice-detail/practice-detail.js';
import { $, $$, api, hubGet, shadow, text, until } from './support/hub.js';

/** The seed translates its first English practice into French, Spanish and Arabic; found through the list. */
async function translatedPractice(into: UiLanguage[]): Promise<Practice> {
  let cursor: string | null = null;
  do {
    const page: PracticePage = await hubGet<PracticePage>(`/v1/practices?limit=100&lang=en${cursor ? `&cursor=${cursor}` : ''}`);
    const found = page.items.find((p) => into.every((l) => p.translations?.includes(l)));
    if (found) return hubGet<Practice>(`/v1/practices/${found.slug}?lang=en`);
    cursor = page.nextCursor;
  } while (cursor);
  throw new Error(`the seed has no practice translated into ${into.join(', ')}`);
}

async function detail(practice: string, lang = 'en'): Promise<MnhPracticeDetail> {
  const el = await fixture<MnhPracticeDetail>(html`<mnh-practice-detail api=${api} lang=${lang} practice=${practice}></mnh-practice-detail>`);
  await until(el, '[part="title"]');
  return el;
}

const buttons = (el: MnhPracticeDetail) => $$<HTMLButtonElement>(el, '[part="language"]');
const pressed = (el: MnhPracticeDetail) => buttons(el).find((b) => b.getAttribute('aria-pressed') === 'true');
const titleOf = (el: MnhPracticeDetail) => $(el, '[part="title"]');

describe('<mnh-practice-detail> and translations', () => {
  it('is accessible with the language switch', async () => {
    const practice = await translatedPractice(['fr', 'ar']);
    const el = await detail(practice.slug);
    await waitUntil(() => buttons(el).length > 0, 'no language switch');
    await expect(el).to.be.accessible();
  });

  it('offers the original and each translation by its own name, and shows the original to an English page', async () => {
    const practice = await translatedPractice(['fr', 'es', 'ar']);
    const el = await detail(practice.slug);
    expect(text($(el, '[part="languages"]'))).to.contain('Also in');
    expect(buttons(el).map((b) => [b.lang, text(b)])).to.deep.equal([
      ['en', 'English'],
      ['ar', 'العربية'],
      ['es', 'Español'],
      ['fr', 'Français'],
    ]);
    expect(pressed(el)?.lang).to.equal('en');
    expect(text(titleOf(el))).to.equal(practice.title);
  });

  it('switches the content to French and to Arabic, with lang and dir on the content, and not the interface', async () => {
    const practice = await translatedPractice(['fr', 'ar']);
    const [french, arabic] = await Promise.all([
      hubGet<Practice>(`/v1/practices/${practice.slug}?lang=fr`),
      hubGet<Practice>(`/v1/practices/${practice.slug}?lang=ar`),
    ]);
    const el = await detail(practice.slug);
    const chosen = oneEvent(el, 'mnh-content-language');
    buttons(el).find((b) => b.lang === 'fr')!.click();
    expect((await chosen).detail).to.deep.equal({ language: 'fr' });
    await waitUntil(() => text(titleOf(el)) === french.title, 'the French text never came');
    expect(titleOf(el).lang).to.equal('fr');
    expect(titleOf(el).dir).to.equal('ltr');
    expect(text($(el, '[part="summary"]'))).to.equal(text({ textContent: french.summary } as Element));
    expect(pressed(el)?.lang).to.equal('fr');
    // The interface stays in the widget's language.
    expect(el.getAttribute('lang')).to.equal('en');
    expect(text(shadow(el).querySelector('article'))).to.contain('Lessons learned');

    buttons(el).find((b) => b.lang === 'ar')!.click();
    await waitUntil(() => text(titleOf(el)) === arabic.title, 'the Arabic text never came');
    for (const part of ['[part="title"]', '[part="summary"]']) {
      expect($(el, part).lang).to.equal('ar');
      expect($(el, part).dir).to.equal('rtl');
    }
    expect(shadow(el).querySelector('.prose[lang="ar"][dir="rtl"]')).not.to.equal(null);
    // Replicability is not translated: it stays in the original's language.
    expect(shadow(el).querySelector(`.prose[lang="${practice.language}"]`)).not.to.equal(null);
  });

  it('shows a translation into the page language by default, and the original when there is none', async () => {
    const practice = await translatedPractice(['fr']);
    const french = await hubGet<Practice>(`/v1/practices/${practice.slug}?lang=fr`);
    const inFrench = await detail(practice.slug, 'fr');
    await waitUntil(() => text(titleOf(inFrench)) === french.title, 'not shown in French');
    expect(pressed(inFrench)?.lang).to.equal('fr');
    await waitUntil(() => text($(inFrench, '[part="languages"]')).includes('Aussi en'), 'the switch is not labelled in French');

    const inRussian = await detail(practice.slug, practice.translations?.includes('ru') ? 'zh' : 'ru');
    expect(text(titleOf(inRussian))).to.equal(practice.title);
    expect(pressed(inRussian)?.lang).to.equal(practice.language);
  });

  it('switches by keyboard, and keeps the focus on the switch', async () => {
    const practice = await translatedPractice(['es']);
    const spanish = await hubGet<Practice>(`/v1/practices/${practice.slug}?lang=es`);
    const el = await detail(practice.slug);
    const button = buttons(el).find((b) => b.lang === 'es')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(titleOf(el)) === spanish.title, 'the Spanish text never came');
    expect(shadow(el).activeElement?.getAttribute('lang')).to.equal('es');
  });

  it('shows no switch for a practice without translations', async () => {
    const page = await hubGet<PracticePage>('/v1/practices?limit=20&lang=en');
    const plain = page.items.find((p) => (p.translations ?? []).length === 0)!;
    const el = await detail(plain.slug);
    expect(shadow(el).querySelector('[part="languages"]')).to.equal(null);
  });
});
