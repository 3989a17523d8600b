// Which code a run measured: the commit, and whether the server had uncommitted changes.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** e.g. "0c117d9" or "0c117d9 + uncommitted server changes"; "unknown" outside a git checkout. */
export function revision() {
  try {
    const git = (/** @type {string[]} */ args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const commit = git(['rev-parse', '--short', 'HEAD']);
    return git(['status', '--porcelain', '--', 'server', 'openapi']) === '' ? commit : `${commit} + uncommitted server changes`;
  } catch {
    return 'unknown';
  }
}
