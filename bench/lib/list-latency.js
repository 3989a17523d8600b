// Latency of one practice-list query, once through the store (unique URLs) and once as cache hits.
import { assertVariantsMatch, sampleSequential, uncachedPaths } from './sampler.js';
import { summarize } from './stats.js';

/**
 * @param {import('./children.js').Child} hub
 * @param {string} path
 * @param {number} samples
 */
export async function measureListLatency(hub, path, samples) {
  const { total: matches } = await assertVariantsMatch(hub.url, path, samples);
  await hub.ask('loop-reset');
  const uncached = summarize(await sampleSequential(hub.url, uncachedPaths(path, samples)));
  const loop = await hub.ask('loop-read');
  const repeated = summarize(await sampleSequential(hub.url, Array.from({ length: samples }, () => path)));
  return { path, matches, uncached, repeated, uncachedLoopMaxMs: Math.round(loop.maxMs * 100) / 100 };
}
