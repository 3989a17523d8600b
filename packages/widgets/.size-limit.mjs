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
    name: "<mnh-review-panel> alone, first load (a reviewer's desk and the sign-in form; the curator's desk loads when needed)",
    path: 'src/components/review-panel/define.ts',
    modifyEsbuildConfig: firstLoadOnly,
    limit: '22 kB',
  },
  {
    name: '<mnh-resource-list> alone, first load (its define module, with Lit and the SDK)',
    path: 'src/components/resource-list/define.ts',
    modifyEsbuildConfig: firstLoadOnly,
    limit: '15 kB',
  },
  {
    name: '<mnh-practice-form> alone, first load (sign-in prompt, draft offer, My submissions; the steps and <mnh-sign-in> load when needed)',
    path: 'src/components/practice-form/define.ts',
    modifyEsbuildConfig: firstLoadOnly,
    limit: '20 kB',
  },
  /**
   * One file by design (a script tag loads one URL; no chunks): every widget in six languages,
   * for the Network's own site. Raised from 40 kB when the signed-in widgets (sign-in, practice
   * form, review panel) arrived; a page that needs one widget loads its npm define module instead
   * (budgets above).
   */
  {
    name: 'The script-tag bundle (/widgets.js: every widget, every language)',
    path: 'dist/cdn/widgets.js',
    limit: '60 kB',
  },
];
