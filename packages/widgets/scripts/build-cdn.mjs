// Builds the script-tag bundle: one self-contained, minified ESM file with Lit and the SDK inlined.
import { build } from 'esbuild';
import { minifyHTMLLiterals } from 'minify-literals';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const packageDir = new URL('../', import.meta.url);
const outDir = new URL('dist/cdn/', packageDir);

/** Brotli and gzip copies made once here, so the hub never compresses on a request. */
const compress = {
  br: (bytes) =>
    promisify(brotliCompress)(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  gz: (bytes) => promisify(gzip)(bytes, { level: 9 }),
};

/**
 * The package's `sideEffects` names the published `dist/…/define.js` files; bundling from `src/`,
 * esbuild would take the `define.ts` modules for side-effect free and drop them (and every tag).
 */
const keepDefineModules = {
  name: 'keep-define-modules',
  setup(build) {
    build.onResolve({ filter: /(^|\/)define\.js$/ }, async ({ path, kind, importer, resolveDir, pluginData }) => {
      if (pluginData?.keepDefine) return undefined;
      const resolved = await build.resolve(path, { kind, importer, resolveDir, pluginData: { keepDefine: true } });
      return { path: resolved.path, namespace: resolved.namespace, errors: resolved.errors, sideEffects: true };
    });
  },
};

/**
 * esbuild minifies code, never the text inside template literals: Lit's `html` and `css` templates
 * would ship with every indent and newline. minify-literals rewrites each one (html-minifier-next for
 * markup, Lightning CSS for styles) and leaves the `${…}` bindings where they were.
 */
const minifyTemplates = {
  name: 'minify-lit-templates',
  setup(build) {
    build.onLoad({ filter: /\/src\/.*\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const minified = await minifyHTMLLiterals(source, { fileName: path, sourceMap: false });
      return { contents: minified?.code ?? source, loader: 'ts' };
    });
  },
};

/**
 * The package's TypeScript settings (its tsconfig.json over the workspace's base), less `alwaysStrict`:
 * esbuild takes `strict` to mean a "use strict" in each lazily loaded module's wrapper, and ES modules
 * are strict anyway (1.8 KB before compression).
 */
async function compilerOptions() {
  const own = JSON.parse(await readFile(new URL('tsconfig.json', packageDir), 'utf8'));
  const base = own.extends ? JSON.parse(await readFile(new URL(own.extends, packageDir), 'utf8')) : {};
  return { ...base.compilerOptions, ...own.compilerOptions, alwaysStrict: false };
}

/** Bundles `src/all.ts` into memory; one output file, never chunks (a script tag loads one URL). */
async function bundle() {
  const result = await build({
    entryPoints: [new URL('src/all.ts', packageDir).pathname],
    absWorkingDir: new URL('.', packageDir).pathname,
    bundle: true,
    splitting: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    // Lit's and the SDK's licence notices, once each, at the end of the file.
    legalComments: 'eof',
    // Module scripts are always decoded as UTF-8, so the six languages' tables need no \u escapes (1.7 KB less).
    charset: 'utf8',
    write: false,
    outfile: 'widgets.js',
    plugins: [keepDefineModules, minifyTemplates],
    tsconfigRaw: { compilerOptions: await compilerOptions() },
    logLevel: 'warning',
  });
  // A warning here has meant a dropped module before: a bundle that would define nothing.
  if (result.warnings.length > 0) throw new Error('esbuild warned while bundling the widgets; see above');
  const [output] = result.outputFiles;
  if (!output || result.outputFiles.length !== 1) throw new Error('esbuild must emit exactly one file');
  return output.contents;
}

async function main() {
  const { name, version } = JSON.parse(await readFile(new URL('package.json', packageDir), 'utf8'));
  const bytes = await bundle();
  const digest = createHash('sha384').update(bytes).digest();
  const file = `widgets.${digest.toString('hex').slice(0, 16)}.js`;
  const manifest = {
    name,
    version,
    file,
    integrity: `sha384-${digest.toString('base64')}`,
    bytes: bytes.length,
  };

  // Old hashed copies go: the manifest names the only one the hub serves.
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const [br, gz] = await Promise.all([compress.br(bytes), compress.gz(bytes)]);
  await Promise.all([
    writeFile(new URL('widgets.js', outDir), bytes),
    writeFile(new URL(file, outDir), bytes),
    writeFile(new URL(`${file}.br`, outDir), br),
    writeFile(new URL(`${file}.gz`, outDir), gz),
  ]);
  // Written last, so a hub that sees the manifest also finds every file it names.
  await writeFile(new URL('manifest.json', outDir), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`dist/cdn/${file}: ${(bytes.length / 1024).toFixed(1)} KB, ${(br.length / 1024).toFixed(1)} KB brotli`);
}

await main();
