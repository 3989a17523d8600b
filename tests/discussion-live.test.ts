// Live discussion end to end: two browsers on the discussion example; a reply in one shows in the other, a hide disappears.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './src/browser.js';
import { Cast } from './src/cast.js';

const hubUrl = inject('hubUrl');
/** What the brief promises: a comment reaches every open page within two seconds. */
const LIVE_MS = 2000;
let browser: Browser;
let cast: Cast;

interface Outbox {
  items: { to: string; subject: string; text: string }[];
}

/** The newest sign-in code the hub mailed to `email`, from its development outbox. */
async function codeFor(email: string): Promise<string | undefined> {
  const { items } = (await (await fetch(`${hubUrl}/dev/outbox?format=json&limit=100`)).json()) as Outbox;
  return items.find((m) => m.to === email && /sign-in code/i.test(m.subject))?.text.match(/\b\d{6}\b/)?.[0];
}

/** A bearer token for `email`, signed in through the API with the code from the development outbox. */
async function tokenFor(email: string): Promise<string> {
  const json = { 'Content-Type': 'application/json' };
  const asked = await fetch(`${hubUrl}/v1/auth/code`, { method: 'POST', headers: json, body: JSON.stringify({ email }) });
  expect(asked.status).toBeLessThan(300);
  const code = await codeFor(email);
  const answer = await fetch(`${hubUrl}/v1/auth/token`, { method: 'POST', headers: json, body: JSON.stringify({ email, code }) });
  expect(answer.status).toBe(200);
  return ((await answer.json()) as { accessToken: string }).accessToken;
}

async function as<T>(token: string, method: string, path: string, body: object): Promise<T> {
  const response = await fetch(`${hubUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

let discussion: string;
let moderatorToken: string;

beforeAll(async () => {
  browser = await launchBrowser();
  moderatorToken = await tokenFor('moderator@example.org');
  const space = await as<{ slug: string }>(moderatorToken, 'POST', '/v1/spaces', {
    slug: `live-${Date.now().toString(36)}`,
    kind: 'event',
    title: 'Regional review, live',
    welcome: 'Welcome to the live discussion.',
    audience: 'Everyone',
    languages: ['en'],
    opensAt: new Date(Date.now() - 60_000).toISOString(),
  });
  discussion = (await as<{ id: string }>(moderatorToken, 'POST', `/v1/spaces/${space.slug}/discussions`, {
    title: 'What changed since the last review?',
    questions: ['What has changed in your country?'],
  })).id;
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

describe('a live discussion in two browsers', () => {
  it('shows a comment posted in one page in the other within two seconds, and a hidden one goes away', async () => {
    const path = `/examples/discussion/?discussion=${discussion}`;
    const writer = await cast.open('writer', path);
    const reader = await cast.open('reader', path);
    const writerThread = writer.locator('mnh-discussion-thread');
    const readerThread = reader.locator('mnh-discussion-thread');
    await readerThread.getByRole('heading', { name: 'Question 1' }).waitFor();

    // The writer answers, signing in inside the thread. An address of its own: an older code mailed to a
    // shared demo account (other test files sign them in too) would be read before the new one arrives.
    const writerEmail = `live-writer-${Date.now().toString(36)}@example.org`;
    await writerThread.getByRole('button', { name: 'Answer question 1' }).click();
    // The sign-in form gives way to the comment box once signed in.
    const signIn = writerThread.locator('mnh-sign-in');
    await signIn.getByLabel('Email address').fill(writerEmail);
    await signIn.getByRole('button', { name: 'Email me a code' }).click();
    await expect.poll(() => codeFor(writerEmail)).toMatch(/^\d{6}$/);
    await signIn.getByLabel('6-digit code').fill((await codeFor(writerEmail))!);
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await writerThread.getByLabel('Your comment').fill('New labour agreements with two neighbours.');
    await writerThread.getByRole('button', { name: 'Post' }).click();
    const sentAt = Date.now();
    await readerThread.getByText('New labour agreements with two neighbours.').waitFor({ timeout: LIVE_MS });
    expect(Date.now() - sentAt).toBeLessThan(LIVE_MS);
    // Arrivals are gathered for a second, then announced once to screen readers.
    await expect.poll(() => readerThread.getByRole('status').textContent(), { timeout: 3000 }).toBe('1 new comment');

    // A moderator hides it; it leaves the reader's page without a reload.
    const comment = (await (await fetch(`${hubUrl}/v1/discussions/${discussion}/comments`)).json()) as { items: { id: string }[] };
    await as(moderatorToken, 'POST', `/v1/comments/${comment.items[0]!.id}/moderation`, { action: 'hide', reason: 'Test' });
    await readerThread.getByText('New labour agreements with two neighbours.').waitFor({ state: 'detached', timeout: LIVE_MS });
    expect(cast.problems()).toEqual([]);
  });
});
