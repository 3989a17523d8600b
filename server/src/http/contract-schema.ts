// Turns the contract's schemas into Ajv schemas: `$ref`s pointed at shared components, objects optionally closed.

export type JsonObject = { [key: string]: unknown };

/** Ajv ids under which the contract's component schemas are registered, open and closed. */
export const OPEN_COMPONENTS = 'urn:mnh:components';
export const CLOSED_COMPONENTS = 'urn:mnh:components:closed';

const COMPONENT_REF = '#/components/schemas/';
const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'dependentSchemas'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SCHEMA_VALUES = [
  'items',
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
];

/**
 * Copies an OpenAPI 3.1 schema for Ajv. `#/components/schemas/X` becomes a reference into the
 * registered components. With `closed`, every object schema that declares `properties` and says
 * nothing about extra ones gets `unevaluatedProperties: false`, so unknown fields are refused;
 * `unevaluatedProperties` (not `additionalProperties`) keeps `oneOf`/`anyOf` compositions working.
 * Direct members of an `allOf` stay open, since their siblings declare the rest of the object.
 */
export function toAjvSchema(schema: unknown, closed: boolean, inAllOf = false): JsonObject {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return schema as JsonObject;
  const source = schema as JsonObject;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith(COMPONENT_REF)) {
      out.$ref = `${closed ? CLOSED_COMPONENTS : OPEN_COMPONENTS}#/$defs/${value.slice(COMPONENT_REF.length)}`;
    } else if (SCHEMA_MAPS.includes(key) && isObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, s]) => [name, toAjvSchema(s, closed)]));
    } else if (SCHEMA_LISTS.includes(key) && Array.isArray(value)) {
      out[key] = value.map((s) => toAjvSchema(s, closed, key === 'allOf'));
    } else if (SCHEMA_VALUES.includes(key)) {
      out[key] = toAjvSchema(value, closed);
    } else {
      out[key] = value;
    }
  }
  if (closed && !inAllOf && isObject(source.properties) && !('additionalProperties' in source) && !('unevaluatedProperties' in source)) {
    out.unevaluatedProperties = false;
  }
  return out;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
