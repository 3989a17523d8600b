// Turns a run's results into the JSON kept in bench/results/ and the Markdown table printed at the end.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const resultsDir = fileURLToPath(new URL('../results/', import.meta.url));

/**
 * Writes `results` as `<timestamp>.json` and `latest.json`, the Markdown as `latest.md`.
 * @param {object} results
 * @param {string} markdown
 */
export function saveResults(results, markdown) {
  mkdirSync(resultsDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const json = `${JSON.stringify(results, null, 2)}\n`;
  const file = join(resultsDir, `${stamp}.json`);
  writeFileSync(file, json);
  writeFileSync(join(resultsDir, 'latest.json'), json);
  writeFileSync(join(resultsDir, 'latest.md'), markdown);
  return file;
}

/**
 * @typedef {import('./throughput.js').LoadResult} LoadResult
 * @typedef {import('./stats.js').LatencySummary} LatencySummary
 * @typedef {Awaited<ReturnType<typeof import('./search.js').measureSearch>>} SearchFigures
 * @typedef {Awaited<ReturnType<typeof import('./list-latency.js').measureListLatency>>} ListFigures
 * @typedef {{
 *   machine: { cpus: number, cpuModel: string, memoryGb: number, node: string, platform: string, loadAverage: { before: number, after: number } },
 *   date: string,
 *   options: import('./options.js').Options,
 *   dataset: { practices: number, experts: number },
 *   throughput: { path: string, ratio: number, roundRatios: number[], hub: LoadResult, bare: LoadResult, hubWithLog: LoadResult | null, hubWithLogRatio: number | null },
 *   memory: { hubRssMb: number, hubHeapUsedMb: number, bareRssMb: number },
 *   list: ListFigures,
 *   search: SearchFigures,
 * }} Results
 */

/** @param {Results} r */
export function toMarkdown(r) {
  const t = r.throughput;
  const { connections, duration, warmup, rounds, samples } = r.options;
  const verdict = (/** @type {boolean} */ ok) => (ok ? 'meets target' : '**misses target**');
  const loadRow = (/** @type {string} */ name, /** @type {LoadResult} */ x) =>
    `| ${name} | ${x.requestsPerSecond} | ${x.latencyMs.p50} | ${x.latencyMs.p99} | ${x.bytesPerResponse} | ${x.serverCpu} |`;
  const latencyRow = (/** @type {string} */ name, /** @type {string | number} */ matches, /** @type {LatencySummary} */ s, /** @type {number | string} */ loop) =>
    `| ${name} | ${matches} | ${s.samples} | ${s.p50} | ${s.p95} | ${s.max} | ${loop} |`;
  const latencyHead = ['| query | matches | samples | p50 ms | p95 ms | max ms | hub event-loop max ms |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |'];

  return [
    `### Run of ${r.date}: ${r.dataset.practices} practices, ${r.dataset.experts} experts`,
    '',
    `Machine: ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGb} GB, Node ${r.machine.node} (${r.machine.platform}); ` +
      `1-minute load average ${r.machine.loadAverage.before} before the run, ${r.machine.loadAverage.after} after.`,
    '',
    `#### Throughput: \`GET ${t.path}\``,
    '',
    `autocannon, ${connections} connections, ${warmup} s warm-up then ${duration} s measured, ${rounds} round(s) alternating which server goes first; means over rounds.`,
    '',
    '| server | req/s | p50 ms | p99 ms | bytes/response | server CPU (1.0 = one core) |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    loadRow('bare `node:http`, same bytes and headers', t.bare),
    loadRow('hub (request log off)', t.hub),
    ...(t.hubWithLog ? [loadRow('hub (request log on, to /dev/null)', t.hubWithLog)] : []),
    '',
    `Hub / bare: **${pct(t.ratio)}** (target ≥ 90%: ${verdict(t.ratio >= 0.9)}; by round: ${t.roundRatios.map(pct).join(', ')})` +
      (t.hubWithLogRatio === null ? '.' : `; with the request log on: ${pct(t.hubWithLogRatio)}.`),
    '',
    `Resident memory after the load: hub **${r.memory.hubRssMb} MB** RSS (JS heap used ${r.memory.hubHeapUsedMb} MB); bare server ${r.memory.bareRssMb} MB.`,
    '',
    `#### Practice list without the response cache`,
    '',
    `Sequential requests over one keep-alive connection, ${samples} samples each. "Unique URLs": each request is spelled differently in ways the store ignores ` +
      '(`lang`, a filter value repeated, spaces around search words), checked to return the same bytes, so the URL-keyed response cache never answers and every request runs the query in the store.',
    '',
    ...latencyHead,
    latencyRow(`\`${r.list.path}\`, unique URLs (store)`, r.list.matches, r.list.uncached, r.list.uncachedLoopMaxMs),
    latencyRow(`\`${r.list.path}\`, same URL (response cache)`, r.list.matches, r.list.repeated, '–'),
    '',
    `#### Full-text search (\`q\`, sort by relevance, limit 20), unique URLs`,
    '',
    ...latencyHead,
    ...r.search.queries.map((q) => latencyRow(`\`${q.q}\` (${q.kind})`, q.matches, q.latency, q.loopMaxMs)),
    latencyRow('**all one-term queries**', '', r.search.oneTerm, ''),
    latencyRow('**all two-term queries**', '', r.search.twoTerms, ''),
    '',
    `p95: one-term ${r.search.oneTerm.p95} ms, two-term ${r.search.twoTerms.p95} ms, worst single query ${r.search.worstQueryP95} ms (target ≤ 20 ms: ${verdict(Math.max(r.search.oneTerm.p95, r.search.twoTerms.p95) <= 20)}).`,
    `Event loop on the most common term \`${r.search.mostCommonTerm.q}\` (${r.search.mostCommonTerm.matches} matches): longest stall ${r.search.mostCommonTerm.loopMaxMs} ms, slowest request ${r.search.mostCommonTerm.requestMaxMs} ms (target ≤ 100 ms: ${verdict(r.search.mostCommonTerm.loopMaxMs <= 100)}); longest stall over all queries ${r.search.worstLoopMaxMs} ms.`,
    '',
  ].join('\n');
}

const pct = (/** @type {number} */ ratio) => `${Math.round(ratio * 1000) / 10}%`;
