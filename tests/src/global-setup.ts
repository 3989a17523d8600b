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
  const hub = await startHub();
  project.provide('hubUrl', hub.url);
  return () => hub.stop();
}
