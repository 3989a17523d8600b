// The connection hub end to end in real Chromium on the whole-hub page: writing to an expert through
// <mnh-expert-finder>, and a capacity-building request from <mnh-support-request> to <mnh-support-desk> and back.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './src/browser.js';
import { Cast } from './src/cast.js';
import { workspaceDir } from './src/hub.js';
import { signInThrough } from './src/sign-in.js';

const hubUrl = inject('hubUrl');
const hubDb = inject('hubDb');
/** Two or three people signing in and a dozen clicks each: well under a minute, with room for a busy machine. */
const STORY_MS = 60_000;
let browser: Browser;
let cast: Cast;

/** The few better-sqlite3 calls used here; the driver is the server's own, read-only. */
interface ReadOnlyDb {
  prepare(sql: string): { get(...params: unknown[]): unknown };
  close(): void;
}
type DatabaseConstructor = new (file: string, options: { readonly: boolean; fileMustExist: boolean }) => ReadOnlyDb;
const Database = createRequire(join(workspaceDir, 'server/package.json'))('better-sqlite3') as DatabaseConstructor;

/** One row of the hub's database: what no answer of the hub may show (addresses) is checked against it. */
function row<T>(sql: string, ...params: unknown[]): T | undefined {
  if (!hubDb) throw new Error('The hub’s database is unknown: set E2E_HUB_DB beside E2E_HUB_URL.');
  const db = new Database(hubDb, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).get(...params) as T | undefined;
  } finally {
    db.close();
  }
}

/**
 * Keeps every response a page receives, headers and body, to search them for text that must never
 * reach a browser. Streams (server-sent events) never end, so only their headers are kept; so are
 * the bodies Chromium never loads because the page did not read them (the contact form reads only
 * the status of its 202), which the page's script therefore never saw.
 */
function recordResponses(page: Page): () => Promise<string[]> {
  const seen: (() => Promise<string>)[] = [];
  page.on('response', (response) => {
    const head = `${response.status()} ${response.url()}\n${JSON.stringify(response.headers())}`;
    const streamed = (response.headers()['content-type'] ?? '').startsWith('text/event-stream');
    const body = streamed ? undefined : response.body().then((b) => b.toString('utf8'), () => ''); // A redirect has no body.
    const unread = new Promise<string>((resolve) => setTimeout(() => resolve(''), 2_000).unref());
    seen.push(async () => `${head}\n${body ? await Promise.race([body, unread]) : ''}`);
  });
  return () => Promise.all(seen.map((read) => read()));
}

interface Expert {
  id: string;
  name: string;
  contactable?: boolean;
}

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

describe('writing to an expert', () => {
  it('sends a signed-in person’s message to the expert, answerable by reply, without the expert’s address reaching the page', { timeout: STORY_MS }, async () => {
    const listed = (await (await fetch(`${hubUrl}/v1/experts?limit=20`)).json()) as { items: Expert[] };
    const profiles = await Promise.all(listed.items.map(async (e) => (await (await fetch(`${hubUrl}/v1/experts/${e.id}`)).json()) as Expert));
    const expert = profiles.find((e) => e.contactable);
    if (!expert) throw new Error('The seed lists no expert who accepts messages among the first 20');
    const expertEmail = row<{ email: string }>('SELECT email FROM expert WHERE id = ?', expert.id)?.email;
    expect(expertEmail).toMatch(/@/);

    let responses: () => Promise<string[]> = async () => [];
    const page = await cast.open('contributor2@example.org', '/experts', (p) => (responses = recordResponses(p)));
    const finder = page.locator('mnh-expert-finder');
    await finder.getByLabel('Search experts by name, organisation or topic').fill(expert.name);
    await finder.locator('[part~="item-name"]', { hasText: expert.name }).first().click();
    await finder.locator('[part~="contact-button"]').click();
    // Signed out, the form asks for a sign-in in place; once signed in, focus is in Subject.
    const contact = finder.locator('[part~="contact"]');
    await contact.getByText('Sign in to write to this expert.').waitFor();
    const subjectField = contact.getByLabel('Subject');
    await signInThrough(contact.locator('mnh-sign-in'), hubUrl, 'contributor2@example.org', subjectField);
    await expect.poll(() => subjectField.evaluate((el) => el.getRootNode() instanceof ShadowRoot && (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);

    const subject = `Seasonal hiring fairs ${Date.now().toString(36)}`;
    const message = 'Could you advise our legal aid desks on the fairs’ recruitment contracts? We work in three provinces.';
    await subjectField.fill(subject);
    await contact.getByLabel('Message').fill(message);
    await contact.getByRole('button', { name: 'Send message' }).click();
    await finder.locator('[part~="contact-sent"]', { hasText: 'Your message is on its way.' }).waitFor();

    // In the outbox: to the expert, the sender as Reply-To, the message and who wrote it in the text.
    const mail = row<{ recipient: string; reply_to: string | null; body: string }>(
      'SELECT recipient, reply_to, body FROM outbox WHERE subject = ?',
      `[Migration Network Hub] ${subject}`,
    );
    expect(mail).toMatchObject({ recipient: expertEmail, reply_to: 'contributor2@example.org' });
    expect(mail?.body).toContain(message);
    expect(mail?.body).toContain('Priya Banerjee (Lantern Legal Aid) wrote to you');
    // The development outbox shows the message but withholds the expert's address.
    const outbox = (await (await fetch(`${hubUrl}/dev/outbox?format=json&limit=100`)).json()) as { items: { to: string; subject: string }[] };
    expect(outbox.items.find((m) => m.subject.endsWith(subject))?.to).toBe('address-withheld@hub.invalid');

    const received = await responses();
    expect(received.length).toBeGreaterThan(5);
    expect(received.filter((text) => text.toLowerCase().includes(expertEmail!.toLowerCase()))).toEqual([]);
    expect(cast.problems()).toEqual([]);
  });
});

/** The curator's request on the desk, opened from the queue. */
async function openOnDesk(desk: Locator, entity: string): Promise<Locator> {
  await desk.getByRole('button', { name: entity, exact: true }).click();
  const detail = desk.locator('[part~="detail"]');
  await detail.getByRole('heading', { name: entity, exact: true }).waitFor();
  return detail;
}

/** Moves the open request to `state` (an option's value), with an agreement, and waits for its new state label. */
async function move(desk: Locator, state: string, label: string, agreement = ''): Promise<void> {
  const form = desk.locator('[part~="move"]');
  await form.getByLabel('New state').selectOption(state);
  if (agreement) await form.getByLabel('What was agreed (optional)').fill(agreement);
  await form.getByRole('button', { name: 'Move', exact: true }).click();
  await desk.locator('[part~="detail"] > p [part~="state"]', { hasText: label }).waitFor();
}

describe('a capacity-building support request', () => {
  it('goes from the requester’s form through the curators’ desk, matched with an expert, back to the requester', { timeout: STORY_MS }, async () => {
    const entity = `Ministry of Labour, Kenya ${Date.now().toString(36)}`;
    const requester = await cast.open('contributor3@example.org', '/support');
    const form = requester.locator('mnh-support-request');
    await signInThrough(form.locator('mnh-sign-in'), hubUrl, 'contributor3@example.org', form.getByLabel('Requesting entity'));
    await form.getByLabel('Requesting entity').fill(entity);
    await form.getByLabel('Country', { exact: true }).selectOption('KEN');
    await form.getByRole('checkbox', { name: /^6\. / }).check();
    await form.getByRole('checkbox', { name: 'Training', exact: true }).check();
    await form.getByLabel('Description', { exact: true }).fill('Labour inspectors need training on recruitment fees and contract substitution.');
    await form.getByLabel('Desired timeline').fill('Before the regional review in May');
    await form.getByRole('checkbox', { name: 'English', exact: true }).check();
    await form.getByLabel('Contact person').fill('Samuel Tembo');
    await form.getByRole('button', { name: 'Send the request' }).click();
    const mine = form.locator('[part~="request"]', { hasText: entity });
    await mine.locator('[part~="state"]', { hasText: 'Received' }).first().waitFor();

    let curatorResponses: () => Promise<string[]> = async () => [];
    const curatorPage = await cast.open('curator@example.org', '/support', (p) => (curatorResponses = recordResponses(p)));
    const desk = curatorPage.locator('mnh-support-desk');
    await signInThrough(curatorPage.locator('mnh-support-request mnh-sign-in'), hubUrl, 'curator@example.org', desk.getByRole('button', { name: entity }));
    const detail = await openOnDesk(desk, entity);
    await move(desk, 'under-assessment', 'Under assessment');

    // The desk suggests experts sharing the objective or Kenya's region; the curator assigns the first.
    const suggestion = detail.locator('[part~="suggestion"]').first();
    const expertName = (await suggestion.locator('strong').textContent())!.trim();
    await suggestion.getByRole('button', { name: `Assign ${expertName}` }).click();
    await detail.getByRole('region', { name: 'Assigned experts' }).getByText(expertName).waitFor();
    const agreement = `Three days of training in Nairobi with ${expertName}, in English.`;
    await move(desk, 'matched', 'Matched with experts', agreement);
    const note = 'We have found an expert; the agreement is in your request.';
    const thread = detail.locator('[part~="messages"]');
    await thread.getByLabel('Write a message').fill(note);
    await thread.getByRole('button', { name: 'Send', exact: true }).click();
    await thread.locator('[part~="message"]', { hasText: note }).waitFor();

    // The requester reloads: still signed in, the request is matched, with the agreement, the expert and the message.
    await requester.reload();
    await mine.locator('[part~="state"]', { hasText: 'Matched with experts' }).first().waitFor();
    await mine.locator('[part~="agreement"]', { hasText: agreement }).waitFor();
    await mine.locator('[part~="experts"]', { hasText: expertName }).waitFor();
    await mine.locator('summary', { hasText: 'Messages' }).click();
    await mine.locator('[part~="message"]', { hasText: note }).waitFor();

    // The suggestions named experts; none of their addresses reached the curator's page.
    const expertEmail = row<{ email: string }>('SELECT email FROM expert WHERE name = ?', expertName)?.email;
    expect(expertEmail).toMatch(/@/);
    expect((await curatorResponses()).filter((text) => text.toLowerCase().includes(expertEmail!.toLowerCase()))).toEqual([]);
    expect(cast.problems()).toEqual([]);
  });
});
