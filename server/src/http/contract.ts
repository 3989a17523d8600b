// The OpenAPI contract, loaded once at start: its operations, and validators compiled from its schemas.
import { readFileSync } from 'node:fs';
import { contractPath } from '@mnh/contract';
import { parse } from 'yaml';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { toAjvSchema, OPEN_COMPONENTS, CLOSED_COMPONENTS, type JsonObject } from './contract-schema.js';

export type { JsonObject } from './contract-schema.js';

export type ParameterLocation = 'query' | 'path' | 'header' | 'cookie';
/** The JSON type a parameter's text is coerced to (for an array, its items' type). */
export type ScalarType = 'string' | 'integer' | 'number' | 'boolean';

export interface ParameterSpec {
  name: string;
  in: ParameterLocation;
  required: boolean;
  /** The parameter's schema, `$ref`s resolved at the top level. */
  schema: JsonObject;
  array: boolean;
  scalar: ScalarType;
}

export interface OperationSpec {
  id: string;
  method: string;
  /** The contract's path template, e.g. `/v1/practices/{practice}`. */
  path: string;
  parameters: ParameterSpec[];
  /** Response objects by status key (`200`, `4XX`, `default`), `$ref`s resolved. */
  responses: Record<string, JsonObject>;
  requestBody?: JsonObject;
}

export interface Contract {
  /** The contract as parsed from YAML, ready to serve as JSON. */
  document: JsonObject;
  operations: OperationSpec[];
  /** The operation with this `operationId`; throws when the contract has none, so typos fail at start. */
  operation(id: string): OperationSpec;
  /** The object at a local `$ref` such as `#/components/schemas/Problem`, following further `$ref`s. */
  resolve(node: unknown): JsonObject;
  /**
   * A validator for a schema written in the contract's dialect. `closed` refuses properties a schema
   * does not declare, which is what request bodies need; responses and parameters stay open.
   */
  compile(schema: JsonObject, options?: { closed?: boolean }): ValidateFunction;
}

const loaded = new Map<string, Contract>();

/** Loads (once per file) the contract at `path`, by default the `@mnh/contract` package's hub.yaml. */
export function loadContract(path: URL | string = contractPath): Contract {
  const key = String(path);
  let contract = loaded.get(key);
  if (!contract) {
    contract = buildContract(parse(readFileSync(path, 'utf8')) as JsonObject);
    loaded.set(key, contract);
  }
  return contract;
}

/** Builds a contract from an already parsed OpenAPI document (tests pass small fragments). */
export function buildContract(document: JsonObject): Contract {
  // allErrors so a 400 names every offending field at once; inputs are small and size-limited.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
  addFormats.default(ajv);
  // OpenAPI annotations that JSON Schema 2020-12 does not define.
  ajv.addVocabulary(['example', 'xml', 'externalDocs', 'discriminator']);
  const schemas = (document.components as JsonObject | undefined)?.schemas as JsonObject | undefined;
  for (const [id, closed] of [[OPEN_COMPONENTS, false], [CLOSED_COMPONENTS, true]] as const) {
    const defs = Object.fromEntries(Object.entries(schemas ?? {}).map(([name, s]) => [name, toAjvSchema(s, closed)]));
    ajv.addSchema({ $id: id, $defs: defs });
  }

  const resolve = (node: unknown): JsonObject => {
    let current = node as JsonObject;
    for (let hops = 0; typeof current.$ref === 'string'; hops++) {
      if (hops > 16 || !current.$ref.startsWith('#/')) throw new Error(`Cannot resolve ${current.$ref}`);
      current = current.$ref
        .slice(2)
        .split('/')
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce<JsonObject>((at, part) => {
          const next = at[part];
          if (next === undefined) throw new Error(`Cannot resolve ${String(current.$ref)}`);
          return next as JsonObject;
        }, document);
    }
    return current;
  };

  const operations = collectOperations(document, resolve);
  const byId = new Map(operations.map((op) => [op.id, op]));
  return {
    document,
    operations,
    resolve,
    operation(id) {
      const op = byId.get(id);
      if (!op) throw new Error(`The contract has no operation "${id}".`);
      return op;
    },
    compile: (schema, options) => ajv.compile(toAjvSchema(schema, options?.closed ?? false)),
  };
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

function collectOperations(document: JsonObject, resolve: (node: unknown) => JsonObject): OperationSpec[] {
  const operations: OperationSpec[] = [];
  for (const [path, rawItem] of Object.entries((document.paths ?? {}) as JsonObject)) {
    const item = resolve(rawItem);
    const shared = (item.parameters ?? []) as unknown[];
    for (const method of METHODS) {
      const op = item[method] as JsonObject | undefined;
      if (!op) continue;
      const byKey = new Map<string, ParameterSpec>();
      for (const raw of [...shared, ...((op.parameters ?? []) as unknown[])]) {
        const spec = toParameterSpec(resolve(raw), resolve);
        byKey.set(`${spec.in}:${spec.name}`, spec); // operation-level parameters override path-level ones
      }
      operations.push({
        id: String(op.operationId ?? `${method} ${path}`),
        method: method.toUpperCase(),
        path,
        parameters: [...byKey.values()],
        responses: Object.fromEntries(Object.entries((op.responses ?? {}) as JsonObject).map(([k, v]) => [k, resolve(v)])),
        ...(op.requestBody ? { requestBody: resolve(op.requestBody) } : {}),
      });
    }
  }
  return operations;
}

function toParameterSpec(param: JsonObject, resolve: (node: unknown) => JsonObject): ParameterSpec {
  const schema = resolve(param.schema ?? {});
  const array = schema.type === 'array';
  const scalarSchema = array ? resolve(schema.items ?? {}) : schema;
  const type = scalarSchema.type;
  const scalar: ScalarType = type === 'integer' || type === 'number' || type === 'boolean' ? type : 'string';
  return {
    name: String(param.name),
    in: param.in as ParameterLocation,
    required: param.required === true,
    schema,
    array,
    scalar,
  };
}
