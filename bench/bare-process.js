// The baseline: a bare node:http server answering every request with the hub's recorded response.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { once } from 'node:events';
import { answerParent } from './lib/child-rpc.js';

/** @typedef {import('./lib/fixture.js').RecordedResponse} RecordedResponse */

const fixturePath = process.argv[2];
if (!fixturePath) throw new Error('usage: bare-process.js <recorded-response.json>');
/** @type {RecordedResponse} */
const recorded = JSON.parse(readFileSync(fixturePath, 'utf8'));
const body = Buffer.from(recorded.bodyBase64, 'base64');
// Same status, headers and bytes as the hub sent, so the comparison costs the same on the wire.
const headers = { ...recorded.headers, 'content-length': String(body.length) };

const server = createServer((_request, response) => {
  response.writeHead(recorded.status, headers);
  response.end(body);
});
server.listen(0, '127.0.0.1');
await once(server, 'listening');
const address = server.address();
if (address === null || typeof address === 'string') throw new Error('expected a TCP address');

answerParent({
  url: `http://127.0.0.1:${address.port}`,
  close: () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
});
