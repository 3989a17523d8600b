// Percentiles of latency samples, by nearest rank, so each figure is a latency actually observed.

/** @typedef {{ samples: number, p50: number, p95: number, p99: number, max: number, mean: number }} LatencySummary */

/**
 * @param {number[]} ms latencies in milliseconds
 * @returns {LatencySummary}
 */
export function summarize(ms) {
  if (ms.length === 0) throw new Error('no samples to summarize');
  const sorted = [...ms].sort((a, b) => a - b);
  const rank = (/** @type {number} */ p) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
  const round = (/** @type {number} */ value) => Math.round(value * 100) / 100;
  return {
    samples: sorted.length,
    p50: round(rank(50)),
    p95: round(rank(95)),
    p99: round(rank(99)),
    max: round(sorted[sorted.length - 1] ?? Number.NaN),
    mean: round(sorted.reduce((sum, value) => sum + value, 0) / sorted.length),
  };
}
