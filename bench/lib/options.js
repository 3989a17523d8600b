// Command-line options of `pnpm bench`, with defaults that keep a run under five minutes on two cores.
import { parseArgs } from 'node:util';

const usage = `usage: pnpm bench [-- options]
  --practices N     practices in the seeded database (default 100000)
  --experts N       experts in the seeded database (default 5000)
  --connections N   autocannon connections (default 50)
  --duration S      seconds of measured load per server and round (default 4)
  --warmup S        seconds of unmeasured load on each server before the rounds (default 3)
  --rounds N        throughput rounds, rotating which server goes first (default 8)
  --samples N       sequential samples per search or list query (default 100)
  --without-log     leave out the second hub, the one writing its request log
  --reseed          regenerate the database even if one of this size exists
  --quick           a short smoke run (1 s loads, 2 rounds, 20 samples)`;

export function parseOptions(argv = process.argv.slice(2)) {
  const { values } = parseArgs({
    args: argv.filter((arg) => arg !== '--'),
    options: {
      practices: { type: 'string', default: '100000' },
      experts: { type: 'string', default: '5000' },
      connections: { type: 'string', default: '50' },
      duration: { type: 'string', default: '4' },
      warmup: { type: 'string', default: '3' },
      rounds: { type: 'string', default: '8' },
      samples: { type: 'string', default: '100' },
      'without-log': { type: 'boolean', default: false },
      reseed: { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  const int = (/** @type {string} */ name, /** @type {string} */ value, min = 1) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}, not ${value}\n${usage}`);
    return n;
  };
  const quick = values.quick;
  return {
    practices: int('practices', values.practices),
    experts: int('experts', values.experts, 0),
    connections: int('connections', values.connections),
    duration: quick ? 1 : int('duration', values.duration),
    warmup: quick ? 1 : int('warmup', values.warmup, 0),
    rounds: quick ? 2 : int('rounds', values.rounds),
    samples: quick ? 20 : int('samples', values.samples),
    withLog: !values['without-log'],
    reseed: values.reseed,
    quick,
  };
}

/** @typedef {ReturnType<typeof parseOptions>} Options */
