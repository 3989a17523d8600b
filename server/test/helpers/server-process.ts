// Runs the built hub (dist/main.js) as a child process, the way `pnpm start` does, and reads its log.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

export const serverDir = fileURLToPath(new URL('../../', import.meta.url));
const mainJs = join(serverDir, 'dist', 'main.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds dist/ with tsup when it is missing or older than src/, as `pnpm --filter @mnh/server build` would. */
export function ensureBuilt(): void {
  let built = 0;
  try {
    built = statSync(mainJs).mtimeMs;
  } catch {
    // not built yet
  }
  if (built < newestSource(join(serverDir, 'src'))) {
    execFileSync(process.execPath, [join(serverDir, 'node_modules', 'tsup', 'dist', 'cli-default.js')], { cwd: serverDir, stdio: 'pipe' });
  }
}

export interface HubProcess {
  child: ChildProcess;
  url: string;
  /** Every stdout line, parsed as JSON (a line that is not JSON fails the test that reads it). */
  lines: Record<string, unknown>[];
  stderr: () => string;
  /** Sends `signal` and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

const running = new Set<ChildProcess>();

/** Kills whatever a failed test left running; call from `afterAll`. */
export function killLeftoverHubs(): void {
  for (const child of running) child.kill('SIGKILL');
}

/** Starts dist/main.js with `env` and resolves once it logs that it listens. */
export function startHubProcess(env: Record<string, string>): Promise<HubProcess> {
  const child = spawn(process.execPath, [mainJs], { cwd: serverDir, env: { ...process.env, ...env }, stdio: 'pipe' });
  running.add(child);
  child.once('exit', () => running.delete(child));
  const lines: Record<string, unknown>[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));

  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`no "listening" line within 30 s (LOG_LEVEL must be info or debug); stderr: ${stderr}`));
    }, 30_000);
    exited.then((code) => {
      clearTimeout(timer);
      fail(new Error(`exited with ${code} before listening; stderr: ${stderr}`));
    });
    createInterface({ input: child.stdout }).on('line', (text) => {
      const line = JSON.parse(text) as Record<string, unknown>;
      lines.push(line);
      if (line.msg === 'listening') {
        clearTimeout(timer);
        done({
          child,
          url: String(line.url),
          lines,
          stderr: () => stderr,
          stop: (signal = 'SIGTERM') => {
            child.kill(signal);
            return exited;
          },
        });
      }
    });
  });
}

/** Runs dist/main.js to its end (for starts that must fail) and returns its exit code and stderr. */
export function runHubProcess(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [mainJs], { cwd: serverDir, env: { ...process.env, ...env }, stdio: 'pipe' });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) => child.once('exit', (code) => done({ code, stderr })));
}
