// Starts the real hub (`node server/dist/main.js`) on a free loopback port with its own database.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const workspaceDir = fileURLToPath(new URL('../../', import.meta.url));

export interface RunningHub {
  url: string;
  /** Its SQLite file, for tests that check what no response may show (an expert's address). */
  db: string;
  stop(): Promise<void>;
}

/** A port the kernel just handed out; the hub binds it a moment later. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no TCP address');
  return address.port;
}

async function waitUntilHealthy(url: string, hub: ChildProcess, output: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hub.exitCode !== null) throw new Error(`The hub exited with code ${hub.exitCode}:\n${output()}`);
    const healthy = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The hub did not become healthy within ${timeoutMs} ms:\n${output()}`);
}

/**
 * Starts a hub that seeds a fresh temporary database, as `pnpm start` does on a new machine. Its
 * own origin is its loopback URL (`HUB_ORIGIN`), so pages it serves may send signed-in requests;
 * `env` adds settings (e.g. `RATE_LIMIT_PER_MINUTE`).
 */
export async function startHub(env: Record<string, string> = {}): Promise<RunningHub> {
  const main = join(workspaceDir, 'server/dist/main.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: run \`pnpm run build\` first (\`pnpm test\` does).`);
  const dataDir = await mkdtemp(join(tmpdir(), 'mnh-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const db = join(dataDir, 'hub.db');
  const hub = spawn(process.execPath, [main], {
    cwd: workspaceDir,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', HUB_DB: db, LOG_LEVEL: 'warn', HUB_ORIGIN: url, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  hub.stdout?.on('data', keep);
  hub.stderr?.on('data', keep);

  const exited = new Promise<void>((resolve) => hub.once('exit', () => resolve()));
  const stop = async () => {
    if (hub.exitCode === null) hub.kill('SIGTERM');
    await exited;
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilHealthy(url, hub, () => log, 90_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, db, stop };
}
