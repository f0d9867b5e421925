// values.schema.json: Helm checks the merged values (values.yaml, -f files, --set) against
// it before rendering, in `helm install`, `helm template` and `helm lint`, so a wrong type
// fails with a message naming the key instead of producing a broken manifest.
//
// Two sources: the section table (types, enums, ranges, required keys: what the templates
// need, so deleting a needed key from values.yaml is caught too), and the values.yaml text
// itself for keys the user added (their inferred type, open for further keys). Objects
// the chart knows the shape of refuse unknown keys, which catches typos in -f and --set.
import { sectionsFor, type JsonSchema, type Structure } from './values-model';

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The schema of a value nobody declared a type for. */
export function inferSchema(v: unknown): JsonSchema {
  if (v === null || v === undefined) return {};
  if (typeof v === 'boolean') return { type: 'boolean' };
  if (typeof v === 'number') return { type: 'number' };
  if (typeof v === 'string') return { type: 'string' };
  if (Array.isArray(v)) return { type: 'array' };
  const properties: Record<string, JsonSchema> = {};
  for (const [k, x] of Object.entries(v as Obj)) properties[k] = inferSchema(x);
  return { type: 'object', properties };
}

// Adds the keys `value` has and a closed object schema does not know.
function addUserKeys(schema: JsonSchema, value: unknown): JsonSchema {
  if (!isObj(value) || schema.type !== 'object' || !isObj(schema.properties)) return schema;
  const props = { ...(schema.properties as Record<string, JsonSchema>) };
  for (const [k, v] of Object.entries(value)) {
    if (k in props) props[k] = addUserKeys(props[k], v);
    else if (schema.additionalProperties === false) props[k] = inferSchema(v);
  }
  return { ...schema, properties: props };
}

/** The schema for a chart of structure `st` whose values.yaml parses to `values`. */
export function valuesSchema(st: Structure, values: Obj | undefined): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const s of sectionsFor(st)) properties[s.key] = s.schema(st);
  // Helm hands a parent chart's `global` values to its subcharts: allowed, never required.
  properties.global = { type: 'object', description: 'Values shared with a parent chart.' };
  const base: JsonSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: `Values of the ${st.name} chart`,
    type: 'object',
    additionalProperties: false,
    required: ['replicaCount', 'image', 'service', ...(st.postgres ? ['postgres'] : [])],
    properties,
  };
  return values ? addUserKeys(base, values) : base;
}

export function valuesSchemaJson(st: Structure, values: Obj | undefined): string {
  return JSON.stringify(valuesSchema(st, values), null, 2) + '\n';
}
