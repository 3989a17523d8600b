// Writing to an expert through the hub: queued mail with the sender's Reply-To, the address never shown, limits, contact switched off.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src/mail/dispatcher.js';
import { logSender } from '../../src/mail/log-sender.js';
import { WITHHELD_ADDRESS } from '../../src/mail/sender.js';
import { CANARY } from '../helpers/hub.js';
import { contactHub, EXPERTS, PRIVATE_ADDRESSES, type ContactHub } from './support.js';

const HOUR = 60 * 60_000;
let hub: ContactHub;
beforeEach(async () => {
  hub = await contactHub();
});
afterEach(async () => {
  // Whatever a test did, no response and no log line carried an expert's address.
  for (const res of hub.responses) {
    const seen = [res.text, ...[...res.headers.entries()].map(([name, value]) => `${name}: ${value}`)].join('\n').toLowerCase();
    for (const address of PRIVATE_ADDRESSES) expect(seen, `${res.status} ${res.text.slice(0, 200)}`).not.toContain(address);
  }
  for (const address of PRIVATE_ADDRESSES) expect(JSON.stringify(hub.lines)).not.toContain(address);
  await hub.close();
});

describe('POST /v1/experts/{expert}/contact', () => {
  it('queues a mail to the expert that is answered straight to the sender, and audits it', async () => {
    const token = await hub.token('contributor2@example.org');
    const res = await hub.contact(token, EXPERTS[0]!.id, { subject: 'Legal aid at borders', message: 'Would you review our desk model?' });
    expect(res.status).toBe(202);
    expect(res.json).toEqual({ status: 'queued' });

    const [mail] = await hub.store.outbox.list(1);
    expect(mail).toMatchObject({ to: CANARY.expertEmail, replyTo: 'contributor2@example.org', discreet: true, status: 'pending' });
    expect(mail!.subject).toBe('[Migration Network Hub] Legal aid at borders');
    expect(mail!.text).toContain('Would you review our desk model?');
    expect(mail!.text).toContain('Priya Banerjee (Lantern Legal Aid)');

    const sender = await hub.store.people.findByEmail('contributor2@example.org');
    const [entry] = await hub.store.audit.list({ subject: EXPERTS[0]!.id, limit: 1 });
    expect(entry).toMatchObject({ action: 'expert.contacted', actor: sender!.id });
    expect(JSON.stringify(entry)).not.toContain('@');
  });

  it('keeps the address out of the development log and the development outbox when the mail is sent', async () => {
    const token = await hub.token('contributor1@example.org');
    expect((await hub.contact(token, EXPERTS[0]!.id)).status).toBe(202);
    const dispatcher = createDispatcher({
      outbox: hub.store.outbox,
      sender: logSender({ info: (msg, fields) => hub.lines.push({ msg, ...fields }), warn: () => {}, error: () => {}, debug: () => {} }, { revealText: true }),
      from: 'Hub <hub@example.org>',
      clock: hub.clock.now,
      logger: { info: () => {}, warn: () => {}, error: (msg, fields) => hub.lines.push({ msg, ...fields }), debug: () => {} },
    });
    // The sign-in code and the message.
    expect(await dispatcher.run()).toBe(2);
    const logged = hub.lines.find((line) => line.msg === 'mail (development: not sent)' && String(line.subject).startsWith('[Migration Network Hub]'));
    expect(logged).toMatchObject({ to: WITHHELD_ADDRESS, replyTo: 'contributor1@example.org' });

    const outbox = await hub.ask(null, '/dev/outbox?format=json');
    expect(outbox.status).toBe(200);
    expect((outbox.json as { items: { to: string; text: string }[] }).items[0]).toMatchObject({ to: WITHHELD_ADDRESS });
  });

  it('asks for sign-in, names bad fields, and answers an unknown expert like an unknown id', async () => {
    expect((await hub.contact('', EXPERTS[0]!.id)).status).toBe(401);
    const token = await hub.token('contributor1@example.org');
    const empty = await hub.contact(token, EXPERTS[0]!.id, { subject: '   ', message: 'Hello' });
    expect(empty.status).toBe(400);
    expect(JSON.stringify(empty.json)).toContain('subject');
    const long = await hub.contact(token, EXPERTS[0]!.id, { subject: 'Hi', message: 'x'.repeat(5001) });
    expect(long.status).toBe(400);
    expect(JSON.stringify(long.json)).toContain('message');
    const extra = await hub.contact(token, EXPERTS[0]!.id, { subject: 'Hi', message: 'Hello', bcc: 'me@example.org' });
    expect(extra.status).toBe(400);
    expect((await hub.contact(token, 'exp_nobody0000')).status).toBe(404);
    expect(await hub.store.outbox.list(50)).toEqual(expect.not.arrayContaining([expect.objectContaining({ discreet: true })]));
  });

  it('lets a sender write 5 messages an hour, then answers 429 with the seconds until the oldest leaves the hour', async () => {
    const token = await hub.token('contributor1@example.org');
    for (let i = 0; i < 5; i += 1) {
      expect((await hub.contact(token, EXPERTS[i % 3]!.id)).status).toBe(202);
      hub.clock.advance(60_000);
    }
    const refused = await hub.contact(token, EXPERTS[0]!.id);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Content-Type')).toBe('application/problem+json');
    // The first went 5 minutes ago: it leaves the hour in 55 minutes.
    expect(refused.headers.get('Retry-After')).toBe(String(55 * 60));
    hub.clock.advance(55 * 60_000 + 1000);
    expect((await hub.contact(await hub.token('contributor1@example.org', true), EXPERTS[0]!.id)).status).toBe(202);
    expect((await hub.store.outbox.list(50)).filter((m) => m.discreet)).toHaveLength(6);
  });

  it('lets a sender write 20 messages a day', async () => {
    for (let hour = 0; hour < 4; hour += 1) {
      const token = await hub.token('contributor1@example.org', true);
      for (let i = 0; i < 5; i += 1) expect((await hub.contact(token, EXPERTS[i % 3]!.id)).status).toBe(202);
      hub.clock.advance(HOUR);
    }
    const refused = await hub.contact(await hub.token('contributor1@example.org', true), EXPERTS[1]!.id);
    expect(refused.status).toBe(429);
    expect((refused.json as { detail: string }).detail).toMatch(/20 messages a day/);
    expect(refused.headers.get('Retry-After')).toBe(String(20 * 3600));
  });

  it('caps the messages an expert receives at 10 a day, whoever writes', async () => {
    const senders = ['contributor1@example.org', 'contributor2@example.org', 'contributor3@example.org'];
    for (let i = 0; i < 10; i += 1) expect((await hub.contact(await hub.token(senders[i % 3]!), EXPERTS[2]!.id)).status).toBe(202);
    const refused = await hub.contact(await hub.token('reviewer1@example.org'), EXPERTS[2]!.id);
    expect(refused.status).toBe(429);
    expect((refused.json as { detail: string }).detail).toMatch(/This expert/);
    expect(Number(refused.headers.get('Retry-After'))).toBe(24 * 3600);
    // Other experts are still reachable.
    expect((await hub.contact(await hub.token('reviewer1@example.org'), EXPERTS[0]!.id)).status).toBe(202);
  });
});
