// monaco-yaml for the values editors: values.yaml is checked and completed against the
// chart's values.schema.json, the way Helm checks the merged values before rendering.
// Monaco and monaco-yaml are imported on first call, so a page may import this module
// without pulling the editor bundle into its first load.
import type { JSONSchema, MonacoYaml, MonacoYamlOptions, SchemasSettings } from 'monaco-yaml';

/** Where the schemas say they come from (shown nowhere: hover sources are off). */
const FULL_SCHEMA_URI = 'inmemory://chartwright/values.schema.json';
const OVERRIDE_SCHEMA_URI = 'inmemory://chartwright/values.override.schema.json';

// Keys whose value maps names to schemas: a property called "required" in there is a
// values key, not the keyword.
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas']);
// Keys whose value is data, never a schema.
const DATA_KEYS = new Set(['enum', 'const', 'default', 'examples']);

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * The schema an override file (values-local.yaml, given with -f) must satisfy on its own:
 * the same types and closed objects, but nothing required, since Helm validates only the
 * merge of values.yaml and the overrides, and values.yaml supplies the required keys.
 */
export function overrideSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(overrideSchema);
  if (!isObj(schema)) return schema;
  const out: Obj = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k === 'required' && Array.isArray(v)) continue;
    if (DATA_KEYS.has(k)) out[k] = v;
    else if (SCHEMA_MAPS.has(k) && isObj(v)) out[k] = Object.fromEntries(Object.entries(v).map(([n, s]) => [n, overrideSchema(s)]));
    else out[k] = overrideSchema(v);
  }
  return out;
}

/**
 * A glob (monaco-yaml prefixes "**\/") that matches exactly one model URI. The URI is
 * compared as its string form, so the glob is built from that form; glob syntax
 * characters (never in chart names) become "?", which still matches them.
 */
export function uriGlob(uri: string): string {
  return uri.replace(/^[a-z][a-z0-9+.-]*:\/*/i, '').replace(/[*?[\]{},!]/g, '?');
}

/**
 * monaco-yaml's schema list: "values.yaml" models get the chart's schema, every other
 * values file the override form. `toUri` turns an editor path into its model URI string.
 */
export function valuesSchemaSettings(schemaJson: object | undefined, modelPaths: string[], toUri: (path: string) => string): SchemasSettings[] {
  if (!schemaJson) return [];
  const isBase = (p: string) => (p.split('/').pop() ?? '') === 'values.yaml';
  const base = modelPaths.filter(isBase).map((p) => uriGlob(toUri(p)));
  const overrides = modelPaths.filter((p) => !isBase(p)).map((p) => uriGlob(toUri(p)));
  const out: SchemasSettings[] = [];
  if (base.length) out.push({ uri: FULL_SCHEMA_URI, fileMatch: base, schema: schemaJson as JSONSchema });
  if (overrides.length) out.push({ uri: OVERRIDE_SCHEMA_URI, fileMatch: overrides, schema: overrideSchema(schemaJson) as JSONSchema });
  return out;
}

let instance: MonacoYaml | undefined;
let applied = '';
let queue: Promise<void> = Promise.resolve();

/**
 * Points monaco-yaml at the chart's values schema. `modelPaths` are the `path` props the
 * values editors are given (e.g. "backend/values.yaml", "backend/values-local.yaml");
 * @monaco-editor/react makes each one the model URI `Uri.parse(path)`, i.e.
 * "file:///backend/values.yaml". The first call configures monaco-yaml; later calls only
 * update the schema (a no-op when nothing changed). `undefined` leaves YAML syntax
 * checks without a schema. Safe to call before any editor exists; resolves when applied.
 */
export function configureValuesSchema(schemaJson: object | undefined, modelPaths: string[]): Promise<void> {
  if (typeof window === 'undefined') return Promise.resolve();
  const apply = async () => {
    const [{ setupMonaco }, { configureMonacoYaml }] = await Promise.all([import('./monaco-setup'), import('monaco-yaml')]);
    const monaco = setupMonaco();
    const options: MonacoYamlOptions = {
      enableSchemaRequest: false,
      hoverSchemaSource: false,
      // Helm reads values files as YAML 1.1: yes/no/on/off are booleans.
      yamlVersion: '1.1',
      format: { enable: false },
      schemas: valuesSchemaSettings(schemaJson, modelPaths, (p) => monaco.Uri.parse(p).toString()),
    };
    const key = JSON.stringify(options);
    if (instance && key === applied) return;
    applied = key;
    if (!instance) instance = configureMonacoYaml(monaco, options);
    else await instance.update(options);
  };
  // One at a time, in call order, so the last call's schema is the one that stays; a
  // failure is logged once here and leaves the editors without schema checks.
  queue = queue.then(apply).catch((e: unknown) => console.error('values schema for the editor:', e));
  return queue;
}
