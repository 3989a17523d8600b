// Turns a run's results into the JSON kept in bench/results/ and the Markdown table printed at the end.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const resultsDir = fileURLToPath(new URL('../results/', import.meta.url));

/**
 * Writes `results` as `<timestamp>.json` and `latest.json`, the Markdown as `latest.md`; a
 * `--quick` smoke run is kept apart (`-quick` names) so it never replaces a real run's figures.
 * @param {{ options: { quick: boolean } }} results
 * @param {string} markdown
 */
export function saveResults(results, markdown) {
  mkdirSync(resultsDir, { recursive: true });
  const suffix = results.options.quick ? '-quick' : '';
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const json = `${JSON.stringify(results, null, 2)}\n`;
  const file = join(resultsDir, `${stamp}${suffix}.json`);
  writeFileSync(file, json);
  writeFileSync(join(resultsDir, `latest${suffix}.json`), json);
  writeFileSync(join(resultsDir, `latest${suffix}.md`), markdown);
  return file;
}

/**
 * @typedef {import('./throughput.js').LoadResult} LoadResult
 * @typedef {import('./throughput.js').Compared} Compared
 * @typedef {import('./stats.js').LatencySummary} LatencySummary
 * @typedef {Awaited<ReturnType<typeof import('./search.js').measureSearch>>} SearchFigures
 * @typedef {Awaited<ReturnType<typeof import('./list-latency.js').measureListLatency>>} ListFigures
 * @typedef {{
 *   machine: { cpus: number, cpuModel: string, memoryGb: number, node: string, platform: string, loadAverage: { before: number, after: number } },
 *   date: string,
 *   revision: string,
 *   options: import('./options.js').Options,
 *   dataset: { practices: number, experts: number },
 *   throughput: { path: string, recordedHeaderBytes: number, hub: Compared, bare: Compared, hubWithLog: Compared | null },
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
  const loadRow = (/** @type {string} */ name, /** @type {Compared} */ { mean: x, ratioToBaseline: ratio }) =>
    `| ${name} | ${x.requestsPerSecond} | ${x.latencyMs.p50} | ${x.latencyMs.p99} | ${x.bytesPerResponse} | ${x.serverCpu} | ${x.requestsPerCpuSecond} | ${pct(ratio.median)} (${pct(ratio.min)}–${pct(ratio.max)}) |`;
  const latencyRow = (/** @type {string} */ name, /** @type {string | number} */ matches, /** @type {LatencySummary} */ s, /** @type {number | string} */ loop) =>
    `| ${name} | ${matches} | ${s.samples} | ${s.p50} | ${s.p95} | ${s.max} | ${loop} |`;
  const latencyHead = ['| query | matches | samples | p50 ms | p95 ms | max ms | hub event-loop max ms |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |'];

  return [
    `### Run of ${r.date} (code at ${r.revision}): ${r.dataset.practices} practices, ${r.dataset.experts} experts`,
    '',
    `Machine: ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGb} GB, Node ${r.machine.node} (${r.machine.platform}); ` +
      `1-minute load average ${r.machine.loadAverage.before} before the run, ${r.machine.loadAverage.after} after.`,
    '',
    `#### Throughput: \`GET ${t.path}\``,
    '',
    `autocannon (in the parent process) against each server (in its own process), ${connections} connections; ${warmup} s warm-up each, then ${rounds} rounds of ${duration} s per server, ` +
      'rotating which server goes first. Figures are means over rounds; the ratio is the median of the per-round ratios, with their range.',
    '',
    '| server | req/s | p50 ms | p99 ms | bytes/response | server CPU (1.0 = one core) | requests per CPU-second | req/s vs bare (median, range) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    loadRow('bare `node:http`, same bytes and headers', t.bare),
    loadRow('hub (request log off)', t.hub),
    ...(t.hubWithLog ? [loadRow('hub (request log on, to /dev/null)', t.hubWithLog)] : []),
    '',
    `Hub / bare: **${pct(t.hub.ratioToBaseline.median)}** (target ≥ 90%: ${verdict(t.hub.ratioToBaseline.median >= 0.9)}); per round: ${t.hub.ratioToBaseline.byRound.map(pct).join(', ')}. ` +
      `Per CPU-second of the server (the cost of a request, whether or not the load generator kept the server busy): ${pct(t.hub.cpuEfficiencyToBaseline.median)} of bare` +
      (t.hubWithLog ? `, ${pct(t.hubWithLog.cpuEfficiencyToBaseline.median)} with the request log on.` : '.'),
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
