// Size budgets for what visitors download, brotli-compressed (`pnpm --filter @mnh/widgets size`).

/**
 * What a page with only a practice list downloads before anyone clicks: the list's define module
 * with Lit and the SDK. The detail dialog and other languages' strings are dynamic imports,
 * fetched when first needed, so they are left out here (and counted in the whole bundle below).
 */
const firstLoadOnly = (config) => ({
  ...config,
  plugins: [
    ...(config.plugins ?? []),
    {
      name: 'dynamic-imports-load-later',
      setup(build) {
        build.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
      },
    },
  ],
});

export default [
  {
    name: '<mnh-practice-list> alone, first load (its define module, with Lit and the SDK)',
    path: 'src/components/practice-list/define.ts',
    modifyEsbuildConfig: firstLoadOnly,
    limit: '15 kB',
  },
  {
    name: 'The script-tag bundle (/widgets.js: every widget, every language)',
    path: 'dist/cdn/widgets.js',
    limit: '40 kB',
  },
];
