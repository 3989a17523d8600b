// Throughput of the hub against a bare node:http server sending the same bytes, with autocannon.
import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';
import { log } from './log.js';

/**
 * @typedef {import('./children.js').Child} Child
 * @typedef {{ connections: number, duration: number }} LoadOptions
 * @typedef {{ requestsPerSecond: number, latencyMs: { p50: number, p99: number, mean: number, max: number }, requests: number, bytesPerResponse: number, serverCpu: number, requestsPerCpuSecond: number }} LoadResult
 * @typedef {{ mean: LoadResult, rounds: LoadResult[], ratioToBaseline: Ratio, cpuEfficiencyToBaseline: Ratio }} Compared
 * @typedef {{ median: number, min: number, max: number, byRound: number[] }} Ratio
 */

/**
 * Loads `child` for `duration` seconds. `serverCpu` is the child's CPU time over wall time: near
 * 1.0 means the server, not the load generator, was the limit.
 * @param {Child} child
 * @param {string} path
 * @param {LoadOptions} options
 * @returns {Promise<LoadResult>}
 */
export async function load(child, path, { connections, duration }) {
  const url = child.url + path;
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
    serverCpu: round(cpuMs / wallMs),
    // Requests served per second of the server's own CPU: what the server costs, whether or not
    // the load generator (sharing the two cores) managed to keep it busy.
    requestsPerCpuSecond: Math.round(result.requests.total / (cpuMs / 1000)),
  };
}

/**
 * Warms every server up once, then measures them in many short rounds, rotating which goes first.
 * On a machine shared with other work, speed drifts within seconds; short rounds taken back to
 * back see nearly the same machine, so each round's ratio to `baseline` is a fair comparison and
 * their median shrugs off a round that some other process disturbed.
 * @param {{ servers: Record<string, Child>, baseline: string, path: string, rounds: number, warmup: number } & LoadOptions} options
 * @returns {Promise<Record<string, Compared>>} by server name
 */
export async function compareThroughput({ servers, baseline, path, rounds, warmup, ...loadOptions }) {
  const names = Object.keys(servers);
  const server = (/** @type {string} */ name) => /** @type {Child} */ (servers[name]);
  if (warmup > 0) for (const name of names) await load(server(name), path, { ...loadOptions, duration: warmup });

  /** @type {Record<string, LoadResult[]>} */
  const runs = {};
  for (const name of names) runs[name] = [];
  for (let round = 0; round < rounds; round++) {
    const order = names.map((_, i) => /** @type {string} */ (names[(i + round) % names.length]));
    for (const name of order) runs[name]?.push(await load(server(name), path, loadOptions));
    log(`  round ${round + 1}/${rounds}: ${names.map((name) => `${name} ${runs[name]?.at(-1)?.requestsPerSecond} req/s`).join(', ')}`);
  }

  const baselineRuns = runs[baseline] ?? [];
  /** @param {(result: LoadResult) => number} pick @param {LoadResult[]} own @returns {Ratio} */
  const ratio = (pick, own) => {
    const byRound = own.map((result, i) => {
      const base = baselineRuns[i];
      return base ? round(pick(result) / pick(base), 3) : Number.NaN;
    });
    return { median: median(byRound), min: Math.min(...byRound), max: Math.max(...byRound), byRound };
  };
  return Object.fromEntries(
    names.map((name) => {
      const own = runs[name] ?? [];
      /** @type {Compared} */
      const compared = {
        mean: meanOf(own),
        rounds: own,
        ratioToBaseline: ratio((r) => r.requestsPerSecond, own),
        cpuEfficiencyToBaseline: ratio((r) => r.requestsPerCpuSecond, own),
      };
      return [name, compared];
    }),
  );
}

/**
 * @param {LoadResult[]} results
 * @returns {LoadResult}
 */
function meanOf(results) {
  const mean = (/** @type {(result: LoadResult) => number} */ pick) => round(results.reduce((sum, result) => sum + pick(result), 0) / results.length);
  return {
    requestsPerSecond: Math.round(mean((r) => r.requestsPerSecond)),
    latencyMs: { p50: mean((r) => r.latencyMs.p50), p99: mean((r) => r.latencyMs.p99), mean: mean((r) => r.latencyMs.mean), max: Math.max(...results.map((r) => r.latencyMs.max)) },
    requests: results.reduce((sum, result) => sum + result.requests, 0),
    bytesPerResponse: Math.round(mean((r) => r.bytesPerResponse)),
    serverCpu: mean((r) => r.serverCpu),
    requestsPerCpuSecond: Math.round(mean((r) => r.requestsPerCpuSecond)),
  };
}

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : round(((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2, 3);
}

const round = (/** @type {number} */ value, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
