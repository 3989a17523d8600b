// Validates a request's path and query parameters against the contract operation it implements.
import type { MiddlewareHandler } from 'hono';
import type { Contract, JsonObject, ParameterSpec, ScalarType } from './contract.js';
import type { HubEnv } from './env.js';
import { toFieldErrors } from './field-errors.js';
import { invalidRequest, type FieldError } from './problem.js';

/**
 * Checks path and query parameters against the contract's `operationId`, coercing text to the
 * declared types (repeatable parameters become arrays). Unknown query parameters, repeated single
 * parameters and values the schema refuses are a 400 naming each field; nothing is clamped.
 * The results are in `c.get('query')` and `c.get('params')`. Compiled once, when the route is built.
 *
 * @example
 * ```ts
 * practices.get('/:practice', validateParams(contract, 'getPractice'), (c) =>
 *   c.json({ asked: c.get('params').practice }),
 * );
 * ```
 */
export function validateParams(contract: Contract, operationId: string): MiddlewareHandler<HubEnv> {
  const op = contract.operation(operationId);
  const query = compileLocation(contract, op.parameters.filter((p) => p.in === 'query'));
  const path = compileLocation(contract, op.parameters.filter((p) => p.in === 'path'));

  return async function validateParams(c, next) {
    const errors: FieldError[] = [];
    const queryValues = collectQuery(c.req.queries(), query.specs, errors);
    const pathValues: JsonObject = {};
    for (const [name, value] of Object.entries(c.req.param() as Record<string, string>)) {
      const spec = path.specs.get(name);
      pathValues[name] = spec ? coerce(value, spec.scalar) : value;
    }
    if (!query.validate(queryValues)) errors.push(...toFieldErrors(query.validate.errors ?? [], 'query'));
    if (!path.validate(pathValues)) errors.push(...toFieldErrors(path.validate.errors ?? [], 'path'));
    if (errors.length > 0) throw invalidRequest(errors);
    c.set('query', queryValues);
    c.set('params', pathValues);
    await next();
  };
}

function compileLocation(contract: Contract, parameters: ParameterSpec[]) {
  const schema: JsonObject = {
    type: 'object',
    properties: Object.fromEntries(parameters.map((p) => [p.name, p.schema])),
    required: parameters.filter((p) => p.required).map((p) => p.name),
    additionalProperties: false,
  };
  return { specs: new Map(parameters.map((p) => [p.name, p])), validate: contract.compile(schema) };
}

function collectQuery(
  raw: Record<string, string[]>,
  specs: Map<string, ParameterSpec>,
  errors: FieldError[],
): JsonObject {
  const values: JsonObject = {};
  for (const [name, texts] of Object.entries(raw)) {
    const spec = specs.get(name);
    if (!spec) {
      errors.push({ field: name, in: 'query', message: 'is not a parameter of this operation' });
    } else if (spec.array) {
      values[name] = texts.map((text) => coerce(text, spec.scalar));
    } else if (texts.length > 1) {
      errors.push({ field: name, in: 'query', message: 'must be given at most once' });
    } else {
      values[name] = coerce(texts[0] ?? '', spec.scalar);
    }
  }
  return values;
}

/**
 * Text to the declared type, strictly: "20" is 20, but "2e1", "0x14", " 20" and "" stay text and
 * fail validation with "must be a whole number", where `Number()` would have accepted them.
 */
function coerce(text: string, type: ScalarType): unknown {
  switch (type) {
    case 'integer':
      return /^-?(?:0|[1-9]\d{0,15})$/.test(text) ? Number(text) : text;
    case 'number':
      return /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/.test(text) ? Number(text) : text;
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : text;
    default:
      return text;
  }
}
