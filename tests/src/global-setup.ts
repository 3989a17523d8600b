// One real hub for every end-to-end file; its URL reaches the tests through vitest's `inject`.
import type { TestProject } from 'vitest/node';
import { startHub } from './hub.js';

declare module 'vitest' {
  export interface ProvidedContext {
    hubUrl: string;
    /** The hub's SQLite file; with `E2E_HUB_URL`, `E2E_HUB_DB` names it (empty when unknown). */
    hubDb: string;
  }
}

/** `E2E_HUB_URL` points the tests at a hub already running (a staging one, or yours under a debugger). */
export default async function setup(project: TestProject) {
  const running = process.env.E2E_HUB_URL?.replace(/\/+$/, '');
  if (running) {
    project.provide('hubUrl', running);
    project.provide('hubDb', process.env.E2E_HUB_DB ?? '');
    return;
  }
  // Every browser in the suite reads from one loopback address, several signed-in people at once in
  // the review flow: a generous budget keeps the limiter in the path without 429s for the tests.
  const hub = await startHub({ RATE_LIMIT_PER_MINUTE: '10000', SIGN_IN_CODES_PER_IP: '1000' });
  project.provide('hubUrl', hub.url);
  project.provide('hubDb', hub.db);
  return () => hub.stop();
}
