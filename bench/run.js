// `pnpm bench`: the hub against a bare node:http server, list and search latency, memory, at 100,000 practices.
import { cpus, totalmem, platform, arch, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseOptions } from './lib/options.js';
import { ensureDataset } from './lib/dataset.js';
import { startChild } from './lib/children.js';
import { get, expectOk, closeConnections } from './lib/http.js';
import { recordResponse } from './lib/fixture.js';
import { compareThroughput } from './lib/throughput.js';
import { measureListLatency } from './lib/list-latency.js';
import { measureSearch } from './lib/search.js';
import { saveResults, toMarkdown } from './lib/report.js';
import { log } from './lib/log.js';
import { revision } from './lib/revision.js';

/** The regional feed from the issue: one objective, one region, one page. */
const LIST_PATH = '/v1/practices?objective=5&region=africa&limit=20';
const hubScript = fileURLToPath(new URL('./hub-process.js', import.meta.url));
const bareScript = fileURLToPath(new URL('./bare-process.js', import.meta.url));
const mb = (/** @type {number} */ bytes) => Math.round(bytes / 1024 / 102.4) / 10;
const round2 = (/** @type {number} */ value) => Math.round(value * 100) / 100;

const options = parseOptions();
const started = Date.now();
const loadBefore = loadavg()[0] ?? 0;
// On a shared machine other work steals the cores the two processes need; say so, don't hide it.
if (loadBefore > 0.5) log(`warning: load average ${loadBefore.toFixed(2)} before the run; figures will be low and noisy`);
const dataset = await ensureDataset(options);

log('starting the hub and the bare baseline');
const hub = await startChild(hubScript, { args: [dataset.dbPath], env: { LOG_LEVEL: 'silent' } });
const first = await get(hub.url + LIST_PATH);
expectOk(hub.url + LIST_PATH, first);
const recorded = recordResponse(first);
const bare = await startChild(bareScript, { args: [recorded.path] });
const hubWithLog = options.withLog ? await startLoggingHub(dataset.dbPath) : null;

try {
  log(`throughput of ${LIST_PATH}`);
  /** @type {Record<string, import('./lib/children.js').Child>} */
  const servers = { bare, hub };
  if (hubWithLog) servers.hubWithLog = hubWithLog;
  const throughput = await compareThroughput({ servers, baseline: 'bare', path: LIST_PATH, ...options });
  const [hubMemory, bareMemory] = await Promise.all([hub.ask('memory'), bare.ask('memory')]);
  await hubWithLog?.close();

  log('practice-list latency without the cache');
  const list = await measureListLatency(hub, LIST_PATH, options.samples);
  log('full-text search latency');
  const search = await measureSearch(hub, { samples: options.samples, perKind: 3 });
  const loadAfter = loadavg()[0] ?? 0;

  const cpuList = cpus();
  const results = {
    machine: {
      cpus: cpuList.length,
      cpuModel: cpuList[0]?.model.trim() ?? 'unknown',
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      platform: `${platform()} ${arch()}`,
      loadAverage: { before: round2(loadBefore), after: round2(loadAfter) },
    },
    date: new Date().toISOString().slice(0, 10),
    revision: revision(),
    options,
    dataset: { practices: dataset.practices, experts: dataset.experts, seedSeconds: dataset.seedSeconds, reused: dataset.reused },
    throughput: {
      path: LIST_PATH,
      recordedHeaderBytes: recorded.headerBytes,
      bare: measured(throughput.bare),
      hub: measured(throughput.hub),
      hubWithLog: throughput.hubWithLog ?? null,
    },
    memory: { hubRssMb: mb(hubMemory.rss), hubHeapUsedMb: mb(hubMemory.heapUsed), bareRssMb: mb(bareMemory.rss) },
    list,
    search,
    runSeconds: Math.round((Date.now() - started) / 1000),
  };
  const markdown = toMarkdown(results);
  const file = saveResults(results, markdown);
  process.stdout.write(`\n${markdown}\n`);
  log(`results in ${file} (run took ${results.runSeconds} s)`);
} finally {
  closeConnections();
  await Promise.all([hub.close(), bare.close(), hubWithLog?.close()]);
  recorded.cleanup();
}

/**
 * @template T
 * @param {T | undefined} figures
 * @returns {T}
 */
function measured(figures) {
  if (figures === undefined) throw new Error('a server is missing from the throughput figures');
  return figures;
}

/**
 * A second hub writing its JSON request log (to /dev/null), measured in the same rounds, since
 * production runs with the log on; null when this build of the hub cannot be given a logger.
 * @param {string} dbPath
 */
async function startLoggingHub(dbPath) {
  try {
    return await startChild(hubScript, { args: [dbPath], env: { LOG_LEVEL: 'info' } });
  } catch (error) {
    log(`no hub with the request log: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}
