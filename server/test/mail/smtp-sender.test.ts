// The SMTP sender against a real SMTP server on a free local port: the message arrives, with the login from the URL.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpSender } from '../../src/mail/smtp-sender.js';

const received: { from: string; to: string[]; data: string; user: string | undefined }[] = [];
let server: SMTPServer;
let port: number;

beforeAll(async () => {
  server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    onAuth(auth, _session, done) {
      if (auth.username === 'hub' && auth.password === 's3cret') done(null, { user: auth.username });
      else done(new Error('Invalid username or password'));
    },
    onData(stream, session, done) {
      let data = '';
      stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          data,
          user: session.user as string | undefined,
        });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('smtpSender', () => {
  it('delivers the message through the server in SMTP_URL, logging in with its credentials', async () => {
    const sender = smtpSender(`smtp://hub:s3cret@127.0.0.1:${port}`);
    await sender.send({
      from: 'Migration Network Hub <hub@example.org>',
      to: 'amina@example.org',
      subject: 'Your sign-in code for the Migration Network Hub',
      text: 'Your sign-in code is 246810',
    });
    await sender.close?.();
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ from: 'hub@example.org', to: ['amina@example.org'], user: 'hub' });
    expect(received[0]?.data).toContain('Subject: Your sign-in code for the Migration Network Hub');
    expect(received[0]?.data).toContain('Your sign-in code is 246810');
  });

  it('throws when the server refuses, so the dispatcher can retry', async () => {
    const sender = smtpSender(`smtp://hub:wrong@127.0.0.1:${port}`);
    await expect(sender.send({ from: 'hub@example.org', to: 'x@example.org', subject: 's', text: 't' })).rejects.toThrow(/Invalid login|535|Invalid username/);
    await sender.close?.();
  });
});
