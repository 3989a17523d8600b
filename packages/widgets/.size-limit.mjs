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
  {
    name: '<mnh-hub-stats> alone (its define module, with Lit and the SDK; other languages load when needed)',
    path: 'src/components/hub-stats/define.ts',
    modifyEsbuildConfig: firstLoadOnly,
    limit: '15 kB',
  },
  {
    name: '<mnh-hub> alone, first load (navigation, routing, the provider; each view and its widget load when shown)',
    path: 'src/components/hub/define.ts',
    modifyEsbuildConfig: firstLoadOnly,
    limit: '17 kB',
  },
  {
    name: '<mnh-discussion-thread> alone, first load (its define module, with Lit and the SDK; <mnh-sign-in> and other languages load when needed)',
    path: 'src/components/discussion-thread/define.ts',
    modifyEsbuildConfig: firstLoadOnly,
    limit: '21 kB',
  },
  {
    name: '<mnh-discussion-list> alone, first load (its define module, with Lit)',
    path: 'src/components/discussion-list/define.ts',
    modifyEsbuildConfig: firstLoadOnly,
    limit: '14 kB',
  },
  {
    name: '<mnh-expert-finder> alone, first load (the contact form, <mnh-sign-in> and their text load when "Contact" is pressed)',
    path: 'src/components/expert-finder/define.ts',
    modifyEsbuildConfig: firstLoadOnly,
    limit: '16.5 kB',
  },
  {
    name: '<mnh-support-request> alone, first load (form and own requests; <mnh-sign-in> and other languages load when needed)',
    path: 'src/components/support-request/define.ts',
    modifyEsbuildConfig: firstLoadOnly,
    limit: '19 kB',
  },
  {
    name: "<mnh-support-desk> alone, first load (the shell; the curators' desk loads once a curator is signed in)",
    path: 'src/components/support-desk/define.ts',
    modifyEsbuildConfig: firstLoadOnly,
    limit: '16 kB',
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
    // size-limit bundles the file again, by default escaping every non-ASCII character (\uXXXX):
    // keep UTF-8 as build-cdn.mjs does, so the figure is that of the file the hub serves.
    modifyEsbuildConfig: (config) => ({ ...config, charset: 'utf8' }),
    // +12 kB for the discussion thread and list in six languages.
    // +7 kB for <mnh-hub> and <mnh-hub-stats> (routing, entry points, five SVG charts) in six languages.
    // +3.5 kB for the expert contact form in six languages.
    // The support request form and the support desk in six languages weigh 8.9 kB; <mnh-hub>'s views pull them in.
    limit: '82.5 kB',
  },
];
