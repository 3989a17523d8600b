// Widget tests: real Chromium (Debian's), TypeScript through esbuild, against a real hub started here.
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const serverDir = fileURLToPath(new URL('../../server/', import.meta.url));

/**
 * The hub's own modules (store, seed, app), compiled from source so the tests never run against a
 * stale build. The output sits under the server's node_modules so that its packages, and the
 * modules that find files relative to themselves, resolve exactly as they do in the server.
 */
async function loadHub() {
  const outdir = `${serverDir}node_modules/.cache/mnh-widgets-test`;
  mkdirSync(outdir, { recursive: true });
  const outfile = `${outdir}/hub.mjs`;
  await build({
    stdin: {
      contents: `
        export { openSqliteStore } from './src/store/sqlite/index.ts';
        export { seedIfEmpty } from './src/seed/index.ts';
        export { createApp } from './src/app.ts';
        export { SIGN_IN_POLICY } from './src/auth/policy.ts';
        export { createAdaptorServer } from '@hono/node-server';`,
      resolveDir: serverDir,
      loader: 'ts',
    },
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

/** A practice whose texts try to inject markup: the widgets must show them as text. */
async function addHostilePractice(store) {
  const [first] = (await store.practices.list({ sort: 'newest', limit: 1 })).items;
  const base = await store.practices.get(first.id);
  await store.practices.insertMany([
    {
      ...base,
      id: 'prc_hostile001',
      slug: 'hostile-markup-test',
      title: '<img src=x onerror="window.__pwned=1">Hostile title',
      summary: '<script>window.__pwned=2</script>Hostile summary',
      links: [
        { title: 'Script link', url: 'javascript:window.__pwned=3' },
        { title: 'Safe link', url: 'https://example.org/practice' },
      ],
      state: 'published',
      focalPoint: { name: 'Focal Point', email: 'focal@example.org' },
    },
  ]);
}

/** Resources whose texts and addresses try to inject markup or script: the resource list must keep them inert. */
async function addHostileResources(store) {
  const [first] = (await store.resources.list({ sort: 'newest', limit: 1 })).items;
  const base = { ...(await store.resources.get(first.id)), state: 'published' };
  await store.resources.insertMany([
    {
      ...base,
      id: 'res_hostile001',
      slug: 'hostile-resource-script-link',
      title: '<img src=x onerror="window.__pwned=4">Hostile resource',
      publisher: { name: '<b>Hostile Publisher</b>', kind: 'other' },
      url: 'javascript:window.__pwned=5',
    },
    { ...base, id: 'res_hostile002', slug: 'hostile-resource-safe-link', title: 'Hostile resource with a safe link', url: 'https://example.org/hostile-safe' },
  ]);
}

/** Someone the hub knows, with an organisation, to sign in as. */
async function addMember(store) {
  const organisation = await store.organisations.create({ name: 'Ministry of Labour of Testland', kind: 'member-state' });
  const person = await store.people.create({
    email: 'amina.member@example.org',
    name: 'Amina Member',
    organisationId: organisation.id,
  });
  return { email: person.email, name: person.name, organisation: organisation.name };
}

function listen(server, port) {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', fail);
      // Don't keep the test runner alive once it is done.
      server.unref();
      done(server.address().port);
    });
  });
}

/**
 * The hub, served twice from one store: a steady address, and one the tests can take down and
 * bring back (the `mnh-hub` server command) to see the error state and its retry against a real
 * server that really is unreachable, then reachable.
 */
async function startHub() {
  const hub = await loadHub();
  const store = await hub.openSqliteStore(':memory:');
  await hub.seedIfEmpty(store);
  await addHostilePractice(store);
  await addHostileResources(store);
  const member = await addMember(store);
  // Every test file signs people in from this one address (127.0.0.1): the per-IP limits on codes
  // and tokens would run out part way through the suite. The per-address limits stay as they are.
  const signInPolicy = { ...hub.SIGN_IN_POLICY, codeRequestsPerIp: 1000, tokenRequestsPerIp: 1000 };
  // Likewise for comments: the discussion tests post a few dozen from this one address.
  const discussions = { writes: { perMinute: 1000, perHour: 10000 } };
  const app = hub.createApp({ store, rateLimitPerMinute: 0, signInPolicy, discussions });
  const serve = () => hub.createAdaptorServer({ fetch: app.fetch, hostname: '127.0.0.1' });
  const steadyPort = await listen(serve(), 0);
  let flaky = serve();
  const flakyPort = await listen(flaky, 0);
  const setUp = async (up) => {
    if (up === flaky.listening) return;
    if (up) {
      flaky = serve();
      await listen(flaky, flakyPort);
    } else {
      await new Promise((done) => {
        flaky.close(done);
        flaky.closeAllConnections();
      });
    }
  };
  return {
    store,
    urls: { api: `http://127.0.0.1:${steadyPort}`, flakyApi: `http://127.0.0.1:${flakyPort}`, member },
    setUp,
  };
}

const hub = await startHub();

/**
 * What tests ask of the hub from the browser: `mnh-hub` `{ up }` takes the flaky address down or
 * back; `mnh-partner-site` `{ origin }` registers the test page's origin, as a partner's site is
 * registered, so the hub accepts its signed-in requests; `mnh-sign-in-code` `{ email }` reads the
 * code the hub last emailed there from its outbox, as the person would read their mail.
 */
const hubCommands = {
  name: 'mnh-hub-commands',
  async executeCommand({ command, payload }) {
    if (command === 'mnh-hub') {
      await hub.setUp(Boolean(payload?.up));
      return true;
    }
    if (command === 'mnh-partner-site') {
      await hub.store.partnerSites.register({ name: 'Widget tests', origins: [payload.origin] });
      return true;
    }
    if (command === 'mnh-sign-in-code') {
      const message = (await hub.store.outbox.list(50)).find((m) => m.to === payload.email.toLowerCase());
      return message?.text.match(/\b\d{6}\b/)?.[0] ?? null;
    }
    return undefined;
  },
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  plugins: [
    hubCommands,
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <head><meta charset="utf-8"></head>
      <body>
        <script>globalThis.MNH_TEST = ${JSON.stringify(hub.urls)};</script>
        <script type="module" src="${testFramework}"></script>
      </body>
    </html>`,
};
