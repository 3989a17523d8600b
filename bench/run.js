// `pnpm bench`: the hub against a bare node:http server, list and search latency, memory, at 100,000 practices.
import { cpus, totalmem, platform, arch, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseOptions } from './lib/options.js';
import { ensureDataset } from './lib/dataset.js';
import { startChild } from './lib/children.js';
import { get, expectOk, closeConnections } from './lib/http.js';
import { recordResponse } from './lib/fixture.js';
import { sideBySide, load } from './lib/throughput.js';
import { measureListLatency } from './lib/list-latency.js';
import { measureSearch } from './lib/search.js';
import { saveResults, toMarkdown } from './lib/report.js';
import { log } from './lib/log.js';

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
const hubEnv = { LOG_LEVEL: 'silent', NODE_ENV: 'production' };

log('starting the hub and the bare baseline');
const hub = await startChild(hubScript, { args: [dataset.dbPath], env: hubEnv });
const first = await get(hub.url + LIST_PATH);
expectOk(hub.url + LIST_PATH, first);
const recorded = recordResponse(first);
const bare = await startChild(bareScript, { args: [recorded.path] });

try {
  log(`throughput of ${LIST_PATH}`);
  const throughput = await sideBySide({ hub, bare, path: LIST_PATH, ...options });
  const [hubMemory, bareMemory] = await Promise.all([hub.ask('memory'), bare.ask('memory')]);

  log('practice-list latency without the cache');
  const list = await measureListLatency(hub, LIST_PATH, options.samples);
  log('full-text search latency');
  const search = await measureSearch(hub, { samples: options.samples, perKind: 3 });
  await hub.close();

  const hubWithLog = options.withLog ? await throughputWithLog(dataset.dbPath) : null;
  const loadAfter = loadavg()[0] ?? 0;

  const cpuList = cpus();
  const results = {
    machine: { cpus: cpuList.length, cpuModel: cpuList[0]?.model.trim() ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, platform: `${platform()} ${arch()}`, loadAverage: { before: round2(loadBefore), after: round2(loadAfter) } },
    date: new Date().toISOString().slice(0, 10),
    options,
    dataset: { practices: dataset.practices, experts: dataset.experts, seedSeconds: dataset.seedSeconds, reused: dataset.reused },
    throughput: {
      path: LIST_PATH,
      ...throughput,
      hubWithLog,
      hubWithLogRatio: hubWithLog ? Math.round((hubWithLog.requestsPerSecond / throughput.bare.requestsPerSecond) * 1000) / 1000 : null,
      recordedHeaderBytes: recorded.headerBytes,
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
  await Promise.all([hub.close(), bare.close()]);
  recorded.cleanup();
}

/**
 * The hub again, this time writing its JSON request log (to /dev/null), in one round against the
 * bare figure above; null when this build of the hub cannot be given a logger.
 * @param {string} dbPath
 */
async function throughputWithLog(dbPath) {
  log('throughput with the request log on');
  let logging;
  try {
    logging = await startChild(hubScript, { args: [dbPath], env: { ...hubEnv, LOG_LEVEL: 'info' } });
  } catch (error) {
    log(`  skipped: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
  try {
    return await load(logging, LIST_PATH, options);
  } finally {
    await logging.close();
  }
}
