// The outbox dispatcher: sends pending mail once, retries failures, gives up after the last try, never logs the text.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src/mail/dispatcher.js';
import type { MailSender, OutgoingMail } from '../../src/mail/sender.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/types.js';
import { memoryLogger } from '../helpers/hub.js';

/** A sender that keeps what it is given, and fails while `down` is set: the interface's smallest real implementation. */
function keepingSender() {
  const sent: OutgoingMail[] = [];
  const sender: MailSender & { sent: OutgoingMail[]; down: boolean } = {
    kind: 'memory',
    sent,
    down: false,
    async send(mail) {
      if (this.down) throw new Error('421 mail.example.org Service not available');
      sent.push(mail);
    },
  };
  return sender;
}

let store: Store;
beforeEach(async () => {
  store = await openSqliteStore(':memory:');
});
afterEach(() => store.close());

const queue = (to: string, text = 'Your sign-in code is 135790') =>
  store.outbox.enqueue({ to, subject: 'Sign-in code', text, createdAt: new Date().toISOString() });

describe('the dispatcher', () => {
  it('sends pending mail in the order it was queued, once', async () => {
    const sender = keepingSender();
    const dispatcher = createDispatcher({ outbox: store.outbox, sender, from: 'Hub <hub@example.org>', logger: memoryLogger().logger });
    await queue('a@example.org');
    await queue('b@example.org');
    expect(await dispatcher.run()).toBe(2);
    expect(await dispatcher.run()).toBe(0);
    expect(sender.sent.map((m) => [m.to, m.from])).toEqual([
      ['a@example.org', 'Hub <hub@example.org>'],
      ['b@example.org', 'Hub <hub@example.org>'],
    ]);
    expect((await store.outbox.list(10)).every((m) => m.status === 'sent' && m.sentAt !== null)).toBe(true);
  });

  it('retries a failed message, marks it failed after the last try, and logs the error without the text', async () => {
    const sender = keepingSender();
    sender.down = true;
    const { logger, lines } = memoryLogger();
    const dispatcher = createDispatcher({ outbox: store.outbox, sender, from: 'hub@example.org', logger, maxAttempts: 2 });
    const message = await queue('c@example.org');

    await dispatcher.run();
    expect((await store.outbox.list(1))[0]).toMatchObject({ status: 'pending', attempts: 1, lastError: expect.stringMatching(/421/) });
    await dispatcher.run();
    expect((await store.outbox.list(1))[0]).toMatchObject({ id: message.id, status: 'failed', attempts: 2 });
    sender.down = false;
    expect(await dispatcher.run()).toBe(0);

    expect(lines.filter((l) => l.msg === 'mail not sent')).toHaveLength(2);
    expect(JSON.stringify(lines)).not.toContain('135790');
  });

  it('forgets sent mail after the retention time, since its text may hold a sign-in code', async () => {
    let now = Date.parse('2026-03-02T09:00:00.000Z');
    const clock = () => new Date(now);
    const dispatcher = createDispatcher({ outbox: store.outbox, sender: keepingSender(), from: 'hub@example.org', logger: memoryLogger().logger, clock, retainMs: 60 * 60_000 });
    await store.outbox.enqueue({ to: 'e@example.org', subject: 's', text: 'Your sign-in code is 112233', createdAt: clock().toISOString() });
    await dispatcher.run();
    expect(await store.outbox.list(10)).toHaveLength(1);
    now += 60 * 60_000 + 1;
    await store.outbox.enqueue({ to: 'f@example.org', subject: 's', text: 't', createdAt: clock().toISOString() });
    await dispatcher.run();
    expect((await store.outbox.list(10)).map((m) => m.to)).toEqual(['f@example.org']);
  });

  it('sends what is queued after a kick, without waiting for the timer', async () => {
    const sender = keepingSender();
    const dispatcher = createDispatcher({ outbox: store.outbox, sender, from: 'hub@example.org', logger: memoryLogger().logger });
    dispatcher.start(60_000);
    await queue('d@example.org');
    dispatcher.kick();
    await expect.poll(() => sender.sent.length).toBe(1);
    await dispatcher.stop();
  });
});
