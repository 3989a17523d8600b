// The npm build: unbundled ESM, one output file per source module, Lit and the SDK left to the app's bundler.
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/**/*.ts'],
  // Each module stays a module, so bundlers tree-shake per component and share Lit with the app.
  bundle: false,
  format: ['esm'],
  target: 'es2022',
  platform: 'browser',
  dts: true,
  sourcemap: true,
  // Keep dist/cdn, which the script-tag build writes next to this one.
  clean: ['!cdn/**'],
  tsconfig: 'tsconfig.json',
});
