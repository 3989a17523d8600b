// The contact limits on their own: which limit answers, and how long to wait.
import { describe, expect, it } from 'vitest';
import { contactRefusal } from '../../src/experts/contact-limits.js';

const NOW = new Date('2026-03-02T12:00:00.000Z');
const ago = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000).toISOString();
const LIMITS = { perSenderHour: 2, perSenderDay: 3, perExpertDay: 2 };

describe('contactRefusal', () => {
  it('lets a message go while every window has room', () => {
    expect(contactRefusal(LIMITS, { senderSentAt: [ago(30)], expertReceivedAt: [ago(10)] }, NOW)).toBeNull();
  });

  it('counts only messages inside the window', () => {
    expect(contactRefusal(LIMITS, { senderSentAt: [ago(90), ago(61)], expertReceivedAt: [] }, NOW)).toBeNull();
  });

  it('waits until the oldest message of the hour leaves it', () => {
    expect(contactRefusal(LIMITS, { senderSentAt: [ago(40), ago(10)], expertReceivedAt: [] }, NOW)).toMatchObject({
      limit: 'sender-hour',
      retryAfterSeconds: 20 * 60,
    });
  });

  it('answers with the longest wait when several limits are reached', () => {
    const refusal = contactRefusal(LIMITS, { senderSentAt: [ago(300), ago(20), ago(10)], expertReceivedAt: [ago(5), ago(1)] }, NOW);
    expect(refusal).toMatchObject({ limit: 'expert-day', retryAfterSeconds: (24 * 60 - 5) * 60 });
  });
});
