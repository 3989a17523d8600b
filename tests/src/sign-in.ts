// Signing a person in through an <mnh-sign-in> on a page, their code read from the hub's development outbox.
import type { Locator } from 'playwright-core';

interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
}

/** The sign-in codes mailed to `email`, newest first, as `/dev/outbox` lists them. */
async function codeMessages(hubUrl: string, email: string): Promise<OutboxMessage[]> {
  const response = await fetch(`${hubUrl}/dev/outbox?format=json&limit=100`);
  if (!response.ok) throw new Error(`GET /dev/outbox answered ${response.status}: ${await response.text()}`);
  const { items } = (await response.json()) as { items: OutboxMessage[] };
  return items.filter((message) => message.to === email && /sign-in code/i.test(message.subject));
}

/** Waits for a code mailed to `email` that is not one of `seen`, as the person would wait for their mail. */
async function newCode(hubUrl: string, email: string, seen: ReadonlySet<string>, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const fresh = (await codeMessages(hubUrl, email)).find((message) => !seen.has(message.id));
    const code = fresh?.text.match(/\b\d{6}\b/)?.[0];
    if (code) return code;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No new sign-in code reached ${email} within ${timeoutMs} ms`);
}

/**
 * Signs `email` in through `widget` (an `<mnh-sign-in>`) as a person would: types the address, asks
 * for a code, reads it from the outbox, types it, and waits for the widget to name who is signed in.
 * An inline sign-in that gives way to what it guarded passes `signedIn`, the locator to wait for instead.
 * One code per call: the hub sends an address three codes, and answers one IP twenty requests, per ten minutes.
 */
export async function signInThrough(widget: Locator, hubUrl: string, email: string, signedIn = widget.locator('[part~="user"]')): Promise<void> {
  const seen = new Set((await codeMessages(hubUrl, email)).map((message) => message.id));
  await widget.getByLabel('Email address').fill(email);
  await widget.getByRole('button', { name: 'Email me a code' }).click();
  const code = await newCode(hubUrl, email, seen);
  await widget.getByLabel('6-digit code').fill(code);
  await widget.getByRole('button', { name: 'Sign in' }).click();
  await signedIn.waitFor();
}
