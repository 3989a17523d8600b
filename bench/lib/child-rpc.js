// The child side of the benchmark's IPC: a server process answers the parent's questions about itself.
import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * @typedef {{ url: string, close: () => Promise<void> | void }} ServedProcess
 * @typedef {{ id: number, type: string }} ParentRequest
 */

/**
 * Tells the parent the server's URL, then answers its requests (memory, CPU time, event-loop
 * delay) until it says `close`. Measured here, inside the server process, because the parent's
 * own figures would include the load generator.
 * @param {ServedProcess} server
 */
export function answerParent(server) {
  const send = requireIpc();
  // 1 ms resolution: the block we look for is tens of milliseconds; the default 10 ms hides it.
  const loopDelay = monitorEventLoopDelay({ resolution: 1 });
  loopDelay.enable();
  const toMs = (/** @type {number} */ ns) => ns / 1e6;

  /** @type {Record<string, () => unknown>} */
  const handlers = {
    memory: () => process.memoryUsage(),
    cpu: () => process.cpuUsage(),
    'loop-reset': () => {
      loopDelay.reset();
      return null;
    },
    'loop-read': () => ({
      maxMs: toMs(loopDelay.max),
      p99Ms: toMs(loopDelay.percentile(99)),
      meanMs: toMs(loopDelay.mean),
      samples: loopDelay.count,
    }),
    close: async () => {
      loopDelay.disable();
      await server.close();
      // Exit after the reply is flushed; a hub with open handles must not keep the run alive.
      setImmediate(() => process.exit(0));
      return null;
    },
  };

  process.on('message', async (/** @type {ParentRequest} */ request) => {
    const handler = handlers[request.type];
    try {
      if (!handler) throw new Error(`unknown request ${request.type}`);
      send({ id: request.id, result: await handler() });
    } catch (error) {
      send({ id: request.id, error: String(error) });
    }
  });
  // The parent may die without saying goodbye (Ctrl-C); don't outlive it.
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', url: server.url, pid: process.pid });
}

function requireIpc() {
  const send = process.send?.bind(process);
  if (!send) throw new Error('run this file through bench/run.js: it needs an IPC channel');
  return /** @param {unknown} message */ (message) => {
    send(message);
  };
}
