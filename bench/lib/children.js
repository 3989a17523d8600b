// The parent side of the benchmark's IPC: starts a server in a child process and asks it questions.
import { fork } from 'node:child_process';
import { once } from 'node:events';

/** @typedef {{ id?: number, type?: string, url?: string, result?: unknown, error?: string }} ChildMessage */
/** @typedef {{ maxMs: number, p99Ms: number, meanMs: number, samples: number }} LoopDelay */
/** What each question to a child answers (see child-rpc.js). */
/** @typedef {{ memory: NodeJS.MemoryUsage, cpu: NodeJS.CpuUsage, 'loop-reset': null, 'loop-read': LoopDelay }} Answers */

/** Every child still running, so a crash of the run does not leave servers behind. */
const running = new Set();
process.on('exit', () => {
  for (const child of running) child.kill();
});

/**
 * Forks `script` and waits until it reports its URL. The server gets its own process (and event
 * loop) so that autocannon, running here, does not slow it down or take its measurements.
 * @param {string} script path of the child module
 * @param {{ args?: string[], env?: Record<string, string> }} [options]
 */
export async function startChild(script, { args = [], env = {} } = {}) {
  const child = fork(script, args, {
    env: { ...process.env, ...env },
    // stdout to /dev/null: a server's request log must not fill a pipe nobody reads.
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  running.add(child);
  child.on('exit', () => running.delete(child));

  const ready = await new Promise((resolve, reject) => {
    const onExit = (/** @type {number | null} */ code) => reject(new Error(`${script} exited with ${code} before it was ready`));
    child.once('exit', onExit);
    child.once('message', (/** @type {ChildMessage} */ message) => {
      child.off('exit', onExit);
      if (message.type === 'ready' && message.url) resolve(message.url);
      else reject(new Error(`${script} said ${JSON.stringify(message)} instead of ready`));
    });
  });

  let nextId = 1;
  /** @type {Map<number, { resolve: (value: unknown) => void, reject: (error: Error) => void }>} */
  const pending = new Map();
  child.on('message', (/** @type {ChildMessage} */ message) => {
    const waiter = message.id === undefined ? undefined : pending.get(message.id);
    if (!waiter || message.id === undefined) return;
    pending.delete(message.id);
    if (message.error) waiter.reject(new Error(message.error));
    else waiter.resolve(message.result);
  });

  return {
    /** @type {string} */
    url: ready,
    pid: /** @type {number} */ (child.pid),
    /**
     * @template {keyof Answers} K
     * @param {K} type
     * @returns {Promise<Answers[K]>}
     */
    ask(type) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        // The child answers `type` with the shape Answers names; IPC itself is untyped.
        pending.set(id, { resolve: (value) => resolve(/** @type {Answers[K]} */ (value)), reject });
        child.send({ id, type });
      });
    },
    async close() {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.send({ id: nextId++, type: 'close' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** @typedef {Awaited<ReturnType<typeof startChild>>} Child */
