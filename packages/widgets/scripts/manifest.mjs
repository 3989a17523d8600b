// Writes custom-elements.json and docs/widgets-reference.md from the components; `--check` only compares.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { renderReference } from './reference.mjs';

const packageDir = new URL('../', import.meta.url);
const check = process.argv.includes('--check');

const manifest = await cli({ argv: ['analyze', '--quiet'], cwd: fileURLToPath(packageDir), noWrite: true });
// The analyzer lists modules in the order its file walk finished, which varies from run to run.
manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
const packageJson = JSON.parse(await readFile(new URL('package.json', packageDir), 'utf8'));

const outputs = [
  [new URL('custom-elements.json', packageDir), `${JSON.stringify(manifest, null, 2)}\n`],
  [new URL('../../docs/widgets-reference.md', packageDir), renderReference(manifest, packageJson)],
];

if (check) {
  const stale = [];
  for (const [file, wanted] of outputs) {
    const current = await readFile(file, 'utf8').catch(() => undefined);
    if (current === wanted) continue;
    stale.push(fileURLToPath(file));
    // Name the first differing line, so a stale file can be told from a generator that varies.
    const [had, wants] = [current ?? '', wanted].map((text) => text.split('\n'));
    const line = had.findIndex((text, i) => text !== wants[i]);
    console.error(`${fileURLToPath(file)}:${line + 1}\n  committed: ${had[line]}\n  generated: ${wants[line]}`);
  }
  if (stale.length > 0) {
    console.error(`Stale: ${stale.join(', ')}\nRun \`pnpm --filter @mnh/widgets manifest\` and commit the result.`);
    process.exit(1);
  }
  console.log('custom-elements.json and docs/widgets-reference.md are up to date.');
} else {
  for (const [file, text] of outputs) await writeFile(file, text);
}
