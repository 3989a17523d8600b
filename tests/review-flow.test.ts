// Peer review end to end in real Chromium against the real hub: submitted in <mnh-practice-form>, reviewers
// assigned and verdicts given in <mnh-review-panel>, the published practice found in <mnh-practice-list>.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { launchBrowser, watchedPage } from './src/browser.js';
import { Cast } from './src/cast.js';
import { workspaceDir } from './src/hub.js';
import { startPartnerSite } from './src/partner-site.js';
import { openStep, sendForReview, submitPractice } from './src/practice-form.js';
import type { PracticeInput } from './src/practice-form.js';
import { assignReviewer, giveVerdict, openSubmission, suggestion } from './src/review-desk.js';

const hubUrl = inject('hubUrl');
/** Each test signs in five people and walks a practice through review: minutes, on a shared machine. */
const STORY_MS = 300_000;
let browser: Browser;
let cast: Cast;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(() => {
  cast = new Cast(browser, hubUrl);
});

afterEach(async () => {
  await cast.close();
});

/** A practice that meets the Hub's checklist, under a title no other practice has. */
function practice(title: string, changes: Partial<PracticeInput>): PracticeInput {
  return {
    title: `${title} ${Date.now().toString(36)}`,
    summary: 'Lawyers and labour inspectors visit the farms where seasonal workers live and work.',
    description:
      'Every week of the harvest, a mobile team of two lawyers and a labour inspector visits farms, checks contracts and pay slips, and takes complaints in the workers’ own languages.',
    language: 'en',
    objectives: ['6 · Recruitment and decent work', '22 · Social protection'],
    principle: { label: 'People-centred', justification: 'The clinics go to the workers, on their day off, in their own languages.' },
    country: 'MEX',
    scope: 'national',
    organisation: { name: 'Ministry of Labour and Migration, Mexico', kind: 'member-state' },
    startYear: 2019,
    endYear: 2023,
    status: 'completed',
    results: 'Eleven thousand workers were seen in four seasons; most wage claims were settled within a month.',
    ...changes,
  };
}

const approval = {
  Applied: 'Ran for four harvests in three states.',
  Timely: 'Started in 2019, after the Global Compact was adopted.',
};

/** Finds the practice with the demo page's search box; its list shows it once it is published. */
async function searchDemoPage(title: string): Promise<void> {
  const page = await cast.open('a visitor', '/');
  const list = page.locator('mnh-practice-list[filters]');
  await list.getByLabel('Search practices').fill(title);
  await list.locator('[part~="item-title"]', { hasText: title }).waitFor();
}

interface Published {
  id: string;
  title: string;
  results?: string;
}

/** The hub's published practice of that title, through the public API; `undefined` while there is none. */
async function published(title: string): Promise<Published | undefined> {
  const page = (await (await fetch(`${hubUrl}/v1/practices?q=${encodeURIComponent(title)}`)).json()) as { items: Published[] };
  const summary = page.items.find((item) => item.title === title);
  return summary && ((await (await fetch(`${hubUrl}/v1/practices/${summary.id}`)).json()) as Published);
}

/** Public answers are cached for as long as the store's data version is (a tenth of a second): polled. */
const eventually = { timeout: 5_000, interval: 200 };

describe('peer review in the browser', () => {
  it('publishes a practice once three balanced reviewers approve it', { timeout: STORY_MS }, async () => {
    const p = practice('Mobile labour clinics for seasonal workers', {});
    const omar = await cast.contributor('contributor1@example.org');
    // Not yet public: submitted practices are not listed.
    await submitPractice(omar.widget, p);
    expect(await published(p.title)).toBeUndefined();

    const curator = await cast.reviewDesk('curator@example.org');
    await openSubmission(curator.widget, p.title);
    await assignReviewer(curator.widget, 'Kwame Kariuki');
    await assignReviewer(curator.widget, 'Ines Lemaire');
    // Two from other organisations: the last seat is a UN entity's, and the panel says why no one else may take it.
    await suggestion(curator.widget, 'Dmitri Petrenko').getByText('the balance could no longer be met').waitFor();
    await assignReviewer(curator.widget, 'Hana Haddad');
    await curator.widget.locator('[part~="balance"]', { hasText: 'Complete and balanced' }).waitFor();
    await curator.widget.locator('[part~="state"]', { hasText: 'In review' }).waitFor();
    expect(await curator.widget.locator('[part~="assignment"]').count()).toBe(3);

    const reviewers = ['reviewer3@example.org', 'reviewer4@example.org', 'reviewer1@example.org'];
    for (const [i, email] of reviewers.entries()) {
      const reviewer = await cast.reviewDesk(email);
      await openSubmission(reviewer.widget, p.title);
      // The full content beside the form, and no one else's verdict before one's own.
      await reviewer.widget.locator('[part~="submission"]', { hasText: p.results }).waitFor();
      await reviewer.widget.getByText('You will see the other reviewers’ verdicts once you have sent yours.').waitFor();
      await giveVerdict(reviewer.widget, 'Approve', approval, `Clear and replicable (${email}).`);
      // Once sent, the verdicts given before it show.
      const others = reviewer.widget.locator('[part~="others"]');
      if (i === 0) await others.getByText('No other verdict yet.').waitFor();
      else await expect.poll(() => others.locator('[part~="review"]').count(), eventually).toBe(i);
    }

    await expect.poll(() => published(p.title), eventually).toMatchObject({ title: p.title });
    await searchDemoPage(p.title);
    expect(cast.problems()).toEqual([]);
  });

  it('sends a practice back with the comments, and publishes the answer once the same reviewers approve it', { timeout: STORY_MS }, async () => {
    // Samuel has no organisation: he submits Lantern Legal Aid's practice and names its focal point.
    const p = practice('Legal aid desks at seasonal hiring fairs', {
      organisation: { name: 'Lantern Legal Aid', kind: 'civil-society' },
      focalPoint: { name: 'Priya Banerjee', email: 'contributor2@example.org' },
    });
    const samuel = await cast.contributor('contributor3@example.org');
    await submitPractice(samuel.widget, p);

    const curator = await cast.reviewDesk('curator@example.org');
    await openSubmission(curator.widget, p.title);
    // Kwame works for the implementer; Fatou declared a conflict with it: neither can be chosen.
    await suggestion(curator.widget, 'Kwame Kariuki').getByText('from the implementing organisation').waitFor();
    await suggestion(curator.widget, 'Fatou Ndiaye').getByText('declared a conflict of interest').waitFor();
    for (const name of ['Rosa Ramírez', 'Dmitri Petrenko', 'Wei Zhou']) await assignReviewer(curator.widget, name);
    await curator.widget.locator('[part~="state"]', { hasText: 'In review' }).waitFor();

    const request = 'Please say how many workers each desk served, and in which languages.';
    const rosa = await cast.reviewDesk('reviewer2@example.org');
    await openSubmission(rosa.widget, p.title);
    await giveVerdict(rosa.widget, 'Request changes', { Replicable: 'Say what a fair needs to host a desk.' }, request);
    const others = [await cast.reviewDesk('reviewer5@example.org'), await cast.reviewDesk('reviewer6@example.org')];
    for (const reviewer of others) {
      await openSubmission(reviewer.widget, p.title);
      await giveVerdict(reviewer.widget, 'Approve', approval, 'Well documented.');
    }

    // Samuel finds it sent back under My submissions, with the comments, and not who wrote them.
    const form = samuel.widget;
    // From the thanks still on screen, as its text invites: "follow its review under My submissions".
    await form.getByRole('region', { name: 'Submitted for review' }).getByRole('button', { name: 'My submissions' }).click();
    const mine = form.locator('[part~="submission"]', { hasText: p.title });
    await mine.locator('[part~="state"]', { hasText: 'Changes requested' }).waitFor();
    await mine.getByRole('button', { name: 'Answer the reviewers' }).click();
    const comments = form.locator('[part~="reviews"]');
    await comments.getByText(request).waitFor();
    await comments.getByText('Say what a fair needs to host a desk.').waitFor();
    expect(await comments.textContent()).not.toContain('Rosa');

    const answer = 'Four desks served 2,300 workers in Spanish, Mixtec and Kʼicheʼ; a fair needs one room and a phone line.';
    await openStep(form, 'Implementation and results');
    await form.getByLabel('Results', { exact: true }).fill(answer);
    await openStep(form, 'Review and submit');
    await sendForReview(form);
    // Straight back to the same reviewers, without the curator.
    await form.locator('[part~="state"]', { hasText: 'In review' }).waitFor();

    for (const reviewer of [rosa, ...others]) {
      // The reviewers come back later: a reload keeps them signed in, and the practice waits in their queue again.
      await reviewer.page.reload();
      await openSubmission(reviewer.widget, p.title);
      await reviewer.widget.locator('[part~="submission"]', { hasText: answer }).waitFor();
      // Soft: the rest of the story still runs (and reports) if the round shown is wrong.
      expect(await reviewer.widget.locator('[part~="detail"] > .meta').textContent()).toContain('Round 2');
      await giveVerdict(reviewer.widget, 'Approve', approval, 'Thank you for the figures.');
    }

    await expect.poll(() => published(p.title), eventually).toMatchObject({ results: answer });
    await searchDemoPage(p.title);
    expect(cast.problems()).toEqual([]);
  });
});

describe('the Contribute and review desk examples', () => {
  const policyOf = async (example: string) =>
    /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(await readFile(join(workspaceDir, 'examples', example, 'index.html'), 'utf8'))?.[1];

  for (const [example, widget] of [['contribute', 'mnh-practice-form'], ['review-desk', 'mnh-review-panel']] as const) {
    it(`${example}: offers sign-in from a partner's origin, under the policy the embedding guide gives`, async () => {
      // The partner page's policy is the guide's (its own test checks that): no 'unsafe-inline'.
      expect(await policyOf(example)).toBe(await policyOf('partner-page'));
      const site = await startPartnerSite(join(workspaceDir, 'examples', example), hubUrl);
      const { page, problems } = await watchedPage(browser);
      try {
        await page.goto(`${site.url}/`);
        // One sign-in form on the page, the page's own: the widget points to it rather than showing a second one.
        await page.locator(widget).getByRole('button', { name: 'Go to the sign-in form' }).click();
        const email = page.locator('mnh-sign-in').getByLabel('Email address');
        expect(await email.evaluate((input) => (input.getRootNode() as ShadowRoot).activeElement === input)).toBe(true);
        expect(await page.locator('mnh-sign-in').count()).toBe(1);
        expect(problems).toEqual([]);
      } finally {
        await Promise.all([page.context().close(), site.close()]);
      }
    });
  }
});
