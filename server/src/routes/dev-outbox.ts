// Development only: the outbox as a page (and JSON), so someone trying the demo can read their sign-in code.
import { Hono } from 'hono';
import { html } from 'hono/html';
import type { components, operations } from '@mnh/contract';
import type { Contract } from '../http/contract.js';
import type { HubEnv } from '../http/env.js';
import { validateParams } from '../http/validate.js';
import type { OutboxRecord, Store } from '../store/types.js';
import { WITHHELD_ADDRESS } from '../mail/sender.js';

type OutboxMessage = components['schemas']['OutboxMessage'];
type Query = NonNullable<operations['listDevOutbox']['parameters']['query']>;

function toMessage(record: OutboxRecord): OutboxMessage {
  const { id, to, subject, text, createdAt, status, sentAt } = record;
  // An expert's address stays private even here: the message itself is what a demo needs to see.
  return { id, to: record.discreet ? WITHHELD_ADDRESS : to, subject, text, createdAt, status, sentAt };
}

/** `html` escapes every interpolated value: subjects and texts are shown as text, never markup. */
function page(messages: OutboxMessage[]) {
  return html`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Outbox (development)</title></head>
<body>
<h1>Outbox</h1>
<p>Every email the hub queued, newest first. This page exists only while <code>HUB_ENV</code> is <code>development</code>. Reload to see new mail.</p>
${messages.length === 0 ? html`<p>No mail yet. Ask for a sign-in code, then reload.</p>` : ''}
${messages.map(
  (m) => html`<article>
<h2>${m.subject}</h2>
<p>To <strong>${m.to}</strong>, ${m.createdAt} (${m.status})</p>
<pre>${m.text}</pre>
</article>
<hr>`,
)}
</body>
</html>`;
}

/** Mount only in development; in production the path is not served at all (404). */
export function devOutbox({ contract, store }: { contract: Contract; store: Store }): Hono<HubEnv> {
  return new Hono<HubEnv>().get('/', validateParams(contract, 'listDevOutbox'), async (c) => {
    const { format, limit = 50 } = c.get('query') as Query;
    const messages = (await store.outbox.list(limit)).map(toMessage);
    c.header('Cache-Control', 'no-store');
    if (format === 'json') return c.json({ items: messages });
    return c.html(page(messages));
  });
}
