// Records one response of the hub so the bare baseline can replay the same status, headers and bytes.
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** @typedef {{ status: number, headers: Record<string, string>, bodyBase64: string }} RecordedResponse */

// Headers Node's http server writes itself; copying them would send them twice.
const perConnection = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);

/**
 * Writes the response to a temporary file and returns its path and a cleanup function.
 * @param {{ status: number, headers: import('node:http').IncomingHttpHeaders, body: Buffer }} response
 */
export function recordResponse(response) {
  /** @type {Record<string, string>} */
  const headers = {};
  for (const [name, value] of Object.entries(response.headers)) {
    if (value === undefined || perConnection.has(name)) continue;
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  /** @type {RecordedResponse} */
  const recorded = { status: response.status, headers, bodyBase64: response.body.toString('base64') };
  const dir = mkdtempSync(join(tmpdir(), 'mnh-bench-'));
  const path = join(dir, 'response.json');
  writeFileSync(path, JSON.stringify(recorded));
  return { path, headerBytes: headerSize(headers), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** @param {Record<string, string>} headers */
function headerSize(headers) {
  return Object.entries(headers).reduce((sum, [name, value]) => sum + name.length + value.length + 4, 0);
}
