// Every response a test sees is checked against the contract: declared status, media type, headers, body schema.
import type { ValidateFunction } from 'ajv';
import { loadContract, type JsonObject, type OperationSpec } from '../../src/http/contract.js';

const contract = loadContract();
const compiled = new WeakMap<object, ValidateFunction>();

function validatorFor(schema: JsonObject): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = contract.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

/** The Problem schema, for answers outside any operation (unknown paths, wrong methods). */
const problemSchema = contract.resolve({ $ref: '#/components/schemas/Problem' });

const templates = contract.operations.map((op) => ({
  op,
  pattern: new RegExp(`^${op.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
  literal: !op.path.includes('{'),
}));

/** The operation serving `method path`, preferring literal paths over templated ones. */
export function findOperation(method: string, path: string): OperationSpec | undefined {
  const wanted = method === 'HEAD' ? 'GET' : method;
  const matches = templates.filter((t) => t.op.method === wanted && t.pattern.test(path));
  return (matches.find((t) => t.literal) ?? matches[0])?.op;
}

export interface Checked {
  res: Response;
  status: number;
  headers: Headers;
  /** The body as text, for searching what must never appear. */
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
}

/**
 * Throws unless the response is one the contract allows for this request: a declared status
 * (or, outside any operation, a problem document), the declared media type, the declared headers,
 * and a body valid against the declared schema. Returns the response with its body read.
 */
export async function checkResponse(method: string, path: string, res: Response): Promise<Checked> {
  const text = await res.text();
  const mediaType = (res.headers.get('Content-Type') ?? '').split(';')[0]?.trim() ?? '';
  const json = mediaType.endsWith('json') && text !== '' ? (JSON.parse(text) as unknown) : undefined;
  const where = `${method} ${path} → ${res.status}`;
  const op = findOperation(method, path);
  const declared = op ? declaredResponse(op, res.status) : undefined;

  if (op && !declared) throw new Error(`${where}: status not declared by ${op.id} in the contract`);
  if (!declared) {
    // Not an operation of the contract (404 path, 405 method, preflight, pages): errors must still be problems.
    if (res.status >= 400) assertValid(problemSchema, json, `${where} (problem)`, mediaType === 'application/problem+json');
    return { res, status: res.status, headers: res.headers, text, json };
  }

  const content = declared.content as JsonObject | undefined;
  if (!content) {
    if (text !== '') throw new Error(`${where}: the contract declares no body, got ${text.slice(0, 80)}`);
  } else if (method !== 'HEAD') {
    const media = content[mediaType] as JsonObject | undefined;
    if (!media) throw new Error(`${where}: media type ${mediaType} not declared (${Object.keys(content).join(', ')})`);
    // JSON bodies are checked parsed, anything else (an HTML page) as the text it is.
    assertValid(contract.resolve(media.schema), mediaType.endsWith('json') ? json : text, where, true);
  }
  for (const name of Object.keys((declared.headers ?? {}) as JsonObject)) {
    if (!res.headers.has(name)) throw new Error(`${where}: declared header ${name} missing`);
  }
  if (mediaType === 'application/problem+json' && (json as { status?: unknown }).status !== res.status) {
    throw new Error(`${where}: problem status ${String((json as { status?: unknown }).status)} differs`);
  }
  return { res, status: res.status, headers: res.headers, text, json };
}

function declaredResponse(op: OperationSpec, status: number): JsonObject | undefined {
  return op.responses[String(status)] ?? op.responses[`${String(status)[0]}XX`] ?? op.responses.default;
}

function assertValid(schema: JsonObject, json: unknown, where: string, mediaOk: boolean): void {
  if (!mediaOk) throw new Error(`${where}: expected application/problem+json`);
  const validate = validatorFor(schema);
  if (!validate(json)) {
    throw new Error(`${where}: body does not match the contract: ${JSON.stringify(validate.errors?.slice(0, 5))}`);
  }
}

/** What `call` needs of a Hono app, whatever its environment type. */
export interface RequestingApp {
  request(path: string, init?: RequestInit): Response | Promise<Response>;
}

/** `app.request()` whose response is checked against the contract before the test sees it. */
export async function call(app: RequestingApp, path: string, init: RequestInit = {}): Promise<Checked> {
  const method = (init.method ?? 'GET').toUpperCase();
  const res = await app.request(path, init);
  return checkResponse(method, new URL(path, 'http://hub.test').pathname, res);
}
