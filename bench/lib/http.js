// A minimal keep-alive HTTP GET for sequential latency samples, with as little client cost as node:http allows.
import { Agent, get as httpGet } from 'node:http';

// One socket: samples are taken one after another, so each measures one request, not a queue.
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/**
 * @typedef {{ status: number, headers: import('node:http').IncomingHttpHeaders, body: Buffer, ms: number }} Fetched
 */

/**
 * GETs `url` and reads the whole body; `ms` runs from sending the request to the last byte.
 * @param {string} url
 * @returns {Promise<Fetched>}
 */
export function get(url) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    httpGet(url, { agent }, (response) => {
      /** @type {Buffer[]} */
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks), ms });
      });
    }).on('error', reject);
  });
}

/**
 * GETs `url` and parses its JSON body; anything but a 200 stops the run, since a benchmark of
 * error responses (a 400 or a 429) would report numbers that mean nothing.
 * @param {string} url
 */
export async function getJson(url) {
  const response = await get(url);
  expectOk(url, response);
  return { ...response, json: JSON.parse(response.body.toString('utf8')) };
}

/**
 * @param {string} url
 * @param {Fetched} response
 */
export function expectOk(url, response) {
  if (response.status !== 200) {
    throw new Error(`GET ${url} answered ${response.status}: ${response.body.toString('utf8').slice(0, 300)}`);
  }
}

export function closeConnections() {
  agent.destroy();
}
