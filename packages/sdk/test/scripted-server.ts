// A real HTTP server on 127.0.0.1 that answers each request with the next scripted reply.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Reply = (req: IncomingMessage, res: ServerResponse) => void;

export interface Received {
  method: string;
  url: string;
  at: number;
}

export interface ScriptedServer {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

/** Answers request n with `replies[n]`, and with the last reply once the script runs out. */
export async function startScriptedServer(replies: Reply[]): Promise<ScriptedServer> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    received.push({ method: req.method ?? '', url: req.url ?? '', at: performance.now() });
    const reply = replies[Math.min(received.length, replies.length) - 1];
    reply?.(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Reply =>
  (_req, res) => {
    const type = status >= 400 ? 'application/problem+json' : 'application/json';
    res.writeHead(status, { 'content-type': type, ...headers }).end(JSON.stringify(body));
  };

export const health = json(200, { status: 'ok', version: 'test' });

export const unavailable = (retryAfter?: string): Reply =>
  json(
    503,
    { type: '/problems/unavailable', title: 'Service Unavailable', status: 503, detail: 'Try again later.' },
    retryAfter === undefined ? {} : { 'retry-after': retryAfter },
  );

/** Never answers, like a hub that hangs; the socket is closed when the server closes. */
export const hang: Reply = () => undefined;
