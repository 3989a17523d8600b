// One real hub for every end-to-end file; its URL reaches the tests through vitest's `inject`.
import type { TestProject } from 'vitest/node';
import { startHub } from './hub.js';

declare module 'vitest' {
  export interface ProvidedContext {
    hubUrl: string;
  }
}

/** `E2E_HUB_URL` points the tests at a hub already running (a staging one, or yours under a debugger). */
export default async function setup(project: TestProject) {
  const running = process.env.E2E_HUB_URL?.replace(/\/+$/, '');
  if (running) {
    project.provide('hubUrl', running);
    return;
  }
  // Every browser in the suite reads from one loopback address, several signed-in people at once in
  // the review flow: a generous budget keeps the limiter in the path without 429s for the tests.
  const hub = await startHub({ RATE_LIMIT_PER_MINUTE: '10000' });
  project.provide('hubUrl', hub.url);
  return () => hub.stop();
}
