// The SMTP sender sets Reply-To when a message has one, so an expert's answer goes to whoever wrote.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpSender } from '../../src/mail/smtp-sender.js';

const received: string[] = [];
let server: SMTPServer;
let port: number;

beforeAll(async () => {
  server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, _session, done) {
      let data = '';
      stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
      stream.on('end', () => {
        received.push(data);
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('smtpSender and Reply-To', () => {
  it('sends Reply-To when given, and none for the hub’s own mail', async () => {
    const sender = smtpSender(`smtp://127.0.0.1:${port}`);
    await sender.send({ from: 'hub@example.org', to: 'expert@example.org', subject: 'A question', text: 'Hello', replyTo: 'priya@example.org' });
    await sender.send({ from: 'hub@example.org', to: 'amina@example.org', subject: 'Your code', text: '123456' });
    await sender.close?.();
    expect(received).toHaveLength(2);
    expect(received[0]).toMatch(/^Reply-To: priya@example\.org\r?$/m);
    expect(received[1]).not.toMatch(/^Reply-To:/m);
  });
});
