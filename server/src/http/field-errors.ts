// Turns Ajv's validation errors into the contract's FieldError list, one readable message per problem.
import type { ErrorObject } from 'ajv';
import type { FieldError } from './problem.js';

type Location = FieldError['in'];

/**
 * Parameters are named by their name (`limit`); body fields by a JSON pointer (`/links/0/url`).
 * Identical errors (Ajv reports some twice through `oneOf` branches) are listed once.
 */
export function toFieldErrors(errors: readonly ErrorObject[], location: Location): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const error of errors) {
    const pointer = `${error.instancePath}${extraProperty(error)}`;
    const field = location === 'body' ? pointer || '/' : (pointer.split('/')[1] ?? '');
    const message = describe(error, location === 'body' ? '' : pointer.split('/').slice(2).join('/'));
    const key = `${field}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ field: location === 'body' ? field : decodePointer(field), in: location, message });
  }
  return out;
}

/** For errors about a property that is missing or not allowed, the property's own pointer segment. */
function extraProperty(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const name = params.missingProperty ?? params.additionalProperty ?? params.unevaluatedProperty;
  return typeof name === 'string' ? `/${name.replace(/~/g, '~0').replace(/\//g, '~1')}` : '';
}

function describe(error: ErrorObject, itemPath: string): string {
  const params = error.params as Record<string, unknown>;
  const prefix = itemPath ? `value ${Number(itemPath) + 1}: ` : '';
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return 'is not a known field';
    case 'enum':
      return `${prefix}must be one of ${(params.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'type':
      return `${prefix}must be ${params.type === 'integer' ? 'a whole number' : `of type ${String(params.type)}`}`;
    default:
      return `${prefix}${error.message ?? 'is not valid'}`;
  }
}

function decodePointer(field: string): string {
  return field.replace(/~1/g, '/').replace(/~0/g, '~');
}
