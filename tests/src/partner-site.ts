// A partner's web server on its own origin: serves an example folder, pointed at the hub under test.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

/** The hub origin the examples are written for; swapped for the hub under test, as a partner would edit it. */
export const EXAMPLE_HUB = 'http://localhost:8787';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

export interface PartnerSite {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `dir` from 127.0.0.1 on a free port, a different origin from the hub's. Only the
 * example's own files, with no policy header: the page's own CSP meta tag is the whole policy.
 * `pages` adds HTML written by a test, by path.
 */
export async function startPartnerSite(dir: string, hubUrl: string, pages: Record<string, string> = {}): Promise<PartnerSite> {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://partner').pathname;
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    const type = TYPES[extname(file)];
    const body = pages[path] ?? (file.startsWith(dir) && type ? await readFile(file, 'utf8').catch(() => undefined) : undefined);
    if (body === undefined || !type) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body.replaceAll(EXAMPLE_HUB, hubUrl));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
