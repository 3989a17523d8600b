// `node bench/export.js`: bulk export throughput, the hub's peak RSS and event-loop delay while exporting 100,000 practices.
import { get } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parseOptions } from './lib/options.js';
import { ensureDataset } from './lib/dataset.js';
import { startChild } from './lib/children.js';
import { getJson } from './lib/http.js';
import { log } from './lib/log.js';

/** What is exported: everything in both formats, then a regional selection and a text search. */
const CASES = [
  { name: 'all, CSV', path: '/v1/practices/export.csv', list: '/v1/practices' },
  { name: 'all, JSON Lines', path: '/v1/practices/export.jsonl', list: '/v1/practices' },
  { name: 'objective 5 in Africa, CSV', path: '/v1/practices/export.csv?objective=5&region=africa', list: '/v1/practices?objective=5&region=africa' },
  { name: 'text "trafficking", JSON Lines', path: '/v1/practices/export.jsonl?q=trafficking', list: '/v1/practices?q=trafficking' },
];

const hubScript = fileURLToPath(new URL('./hub-process.js', import.meta.url));
const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));
const mb = (/** @type {number} */ bytes) => Math.round(bytes / 1024 / 102.4) / 10;

/**
 * Downloads `url` to nowhere, counting bytes; resolves when the last byte has arrived.
 * @param {string} url
 * @returns {Promise<{ status: number, bytes: number, ms: number }>}
 */
function download(url) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    get(url, { agent: false }, (res) => {
      let bytes = 0;
      res.on('data', (/** @type {Buffer} */ chunk) => {
        bytes += chunk.byteLength;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes, ms: performance.now() - started }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

const options = parseOptions();
const loadBefore = loadavg()[0] ?? 0;
if (loadBefore > 0.5) log(`warning: load average ${loadBefore.toFixed(2)} before the run; figures will be low and noisy`);
const dataset = await ensureDataset(options);
const hub = await startChild(hubScript, { args: [dataset.dbPath], env: { LOG_LEVEL: 'silent' } });

try {
  const idle = await hub.ask('memory');
  log(`hub idle: RSS ${mb(idle.rss)} MB, heap ${mb(idle.heapUsed)} MB`);
  /** @type {{ name: string, path: string, rows: number, mb: number, seconds: number, rowsPerSecond: number, mbPerSecond: number, peakRssMb: number, rssGrowthMb: number, peakHeapMb: number, maxLoopDelayMs: number, p99LoopDelayMs: number }[]} */
  const results = [];
  for (const { name, path, list } of CASES) {
    const { json } = await getJson(`${hub.url}${list}${list.includes('?') ? '&' : '?'}limit=1`);
    const rows = /** @type {{ total: number }} */ (json).total;
    const before = await hub.ask('memory');
    await hub.ask('loop-reset');
    let peakRss = before.rss;
    let peakHeap = before.heapUsed;
    let sampling = true;
    // Sampled from the hub itself over IPC, every 50 ms while the download runs.
    const sampler = (async () => {
      while (sampling) {
        const memory = await hub.ask('memory');
        peakRss = Math.max(peakRss, memory.rss);
        peakHeap = Math.max(peakHeap, memory.heapUsed);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    log(`exporting ${name} (${rows} practices)`);
    const got = await download(`${hub.url}${path}`);
    sampling = false;
    await sampler;
    if (got.status !== 200) throw new Error(`${path} answered ${got.status}`);
    const loop = await hub.ask('loop-read');
    const seconds = got.ms / 1000;
    results.push({
      name,
      path,
      rows,
      mb: mb(got.bytes),
      seconds: Math.round(seconds * 100) / 100,
      rowsPerSecond: Math.round(rows / seconds),
      mbPerSecond: Math.round((mb(got.bytes) / seconds) * 10) / 10,
      peakRssMb: mb(peakRss),
      rssGrowthMb: mb(peakRss - before.rss),
      peakHeapMb: mb(peakHeap),
      maxLoopDelayMs: Math.round(loop.maxMs * 10) / 10,
      p99LoopDelayMs: Math.round(loop.p99Ms * 10) / 10,
    });
  }

  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model.trim() ?? 'unknown', node: process.version, loadAverage: { before: loadBefore, after: loadavg()[0] ?? 0 } };
  const report = { date: new Date().toISOString(), machine, dataset: { practices: options.practices, experts: options.experts }, idleRssMb: mb(idle.rss), results };
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, 'export-latest.json'), `${JSON.stringify(report, null, 2)}\n`);

  const lines = [
    `Export of ${options.practices} practices; hub idle RSS ${mb(idle.rss)} MB; ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, load ${loadBefore.toFixed(1)} → ${machine.loadAverage.after.toFixed(1)}`,
    '',
    '| export | rows | MB | s | rows/s | MB/s | peak RSS MB (growth) | peak heap MB | event-loop delay p99 / max ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      (r) =>
        `| ${r.name} | ${r.rows} | ${r.mb} | ${r.seconds} | ${r.rowsPerSecond} | ${r.mbPerSecond} | ${r.peakRssMb} (+${r.rssGrowthMb}) | ${r.peakHeapMb} | ${r.p99LoopDelayMs} / ${r.maxLoopDelayMs} |`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  await hub.close();
}
