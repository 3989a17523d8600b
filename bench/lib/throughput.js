// Throughput of the hub against a bare node:http server sending the same bytes, with autocannon.
import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';
import { log } from './log.js';

/**
 * @typedef {import('./children.js').Child} Child
 * @typedef {{ connections: number, duration: number, warmup: number }} LoadOptions
 * @typedef {{ requestsPerSecond: number, latencyMs: { p50: number, p99: number, mean: number, max: number }, requests: number, bytesPerResponse: number, serverCpu: number }} LoadResult
 */

/**
 * Warms up, then loads `child` for `duration` seconds. `serverCpu` is the child's CPU time over
 * wall time: near 1.0 means the server, not the load generator, was the limit.
 * @param {Child} child
 * @param {string} path
 * @param {LoadOptions} options
 * @returns {Promise<LoadResult>}
 */
export async function load(child, path, { connections, duration, warmup }) {
  const url = child.url + path;
  if (warmup > 0) await autocannon({ url, connections, duration: warmup });
  const cpuBefore = await child.ask('cpu');
  const started = performance.now();
  const result = await autocannon({ url, connections, duration });
  const wallMs = performance.now() - started;
  const cpu = await child.ask('cpu');
  if (result.non2xx > 0 || result.errors > 0) {
    // A 429 or a reset connection is cheap to send; counting it would flatter the server.
    throw new Error(`${url}: ${result.non2xx} non-2xx responses and ${result.errors} errors under load`);
  }
  const cpuMs = (cpu.user - cpuBefore.user + cpu.system - cpuBefore.system) / 1000;
  return {
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, mean: result.latency.average, max: result.latency.max },
    requests: result.requests.total,
    bytesPerResponse: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
    serverCpu: Math.round((cpuMs / wallMs) * 100) / 100,
  };
}

/**
 * Alternates the two servers round by round (bare first, then hub first) so that drift in the
 * machine's speed during the run falls on both; returns each round and the means.
 * @param {{ hub: Child, bare: Child, path: string, rounds: number } & LoadOptions} options
 */
export async function sideBySide({ hub, bare, path, rounds, ...loadOptions }) {
  /** @type {{ hub: LoadResult[], bare: LoadResult[] }} */
  const runs = { hub: [], bare: [] };
  for (let round = 0; round < rounds; round++) {
    /** @type {('hub' | 'bare')[]} */
    const order = round % 2 === 0 ? ['bare', 'hub'] : ['hub', 'bare'];
    for (const name of order) {
      const result = await load(name === 'hub' ? hub : bare, path, loadOptions);
      runs[name].push(result);
      log(`  round ${round + 1} ${name}: ${result.requestsPerSecond} req/s, p99 ${result.latencyMs.p99} ms`);
    }
  }
  const hubMean = meanOf(runs.hub);
  const bareMean = meanOf(runs.bare);
  const ratioOf = (/** @type {LoadResult} */ a, /** @type {LoadResult | undefined} */ b) => (b ? Math.round((a.requestsPerSecond / b.requestsPerSecond) * 1000) / 1000 : Number.NaN);
  return {
    rounds: runs,
    hub: hubMean,
    bare: bareMean,
    ratio: ratioOf(hubMean, bareMean),
    // Per round too: their spread says how much to trust the mean on a busy machine.
    roundRatios: runs.hub.map((result, i) => ratioOf(result, runs.bare[i])),
  };
}

/**
 * @param {LoadResult[]} results
 * @returns {LoadResult}
 */
export function meanOf(results) {
  const mean = (/** @type {(result: LoadResult) => number} */ pick) =>
    Math.round((results.reduce((sum, result) => sum + pick(result), 0) / results.length) * 100) / 100;
  return {
    requestsPerSecond: Math.round(mean((r) => r.requestsPerSecond)),
    latencyMs: { p50: mean((r) => r.latencyMs.p50), p99: mean((r) => r.latencyMs.p99), mean: mean((r) => r.latencyMs.mean), max: Math.max(...results.map((r) => r.latencyMs.max)) },
    requests: results.reduce((sum, result) => sum + result.requests, 0),
    bytesPerResponse: mean((r) => r.bytesPerResponse),
    serverCpu: mean((r) => r.serverCpu),
  };
}
