// Reading one YAML document the way sigs.k8s.io/yaml does for Helm's own structs
// (Chart.yaml metadata, the head of rendered documents): go-yaml v2 decoding (yaml-read.ts,
// with go-yaml's error texts), then the JSON step into plain JS values, every number a
// float64 and every map key a string.
import { type YV, YamlError, decodeYaml } from './yaml-read';
import { formatGoFloat } from './yaml-resolve';
import { Int64 } from '../gotemplate/value';

export class GoYamlError extends Error {}

/** Parses the first document of `text` into plain JS (maps as null-prototype objects). */
export function parseGoYaml(text: string): unknown {
  let y: YV;
  try {
    y = decodeYaml(text);
  } catch (e) {
    if (e instanceof YamlError) throw new GoYamlError('error converting YAML to JSON: ' + e.message);
    throw e;
  }
  return toPlain(y);
}

function toPlain(v: YV): unknown {
  switch (v.k) {
    case 'null':
      return null;
    case 'bool':
    case 'str':
      return v.v;
    case 'int':
    case 'uint':
      return Number(v.v);
    case 'float':
      if (!Number.isFinite(v.v)) {
        throw new GoYamlError(`error converting YAML to JSON: json: unsupported value: ${Number.isNaN(v.v) ? 'NaN' : v.v > 0 ? '+Inf' : '-Inf'}`);
      }
      return v.v;
    case 'seq':
      return v.a.map(toPlain);
    case 'map': {
      const out: Record<string, unknown> = Object.create(null);
      for (const [k, x] of v.m.values()) out[keyString(k)] = toPlain(x);
      return out;
    }
  }
}

function keyString(k: YV): string {
  switch (k.k) {
    case 'str':
      return k.v;
    case 'int':
    case 'uint':
      return k.v.toString();
    case 'bool':
      return k.v ? 'true' : 'false';
    case 'float':
      return formatGoFloat(k.v, 32);
    case 'null':
      return 'null';
  }
  return '';
}

/** How sigs.k8s.io/yaml turns a YAML number into a string field (float32 precision). */
export function goFloatString(f: number): string {
  if (Number.isInteger(f) && Math.abs(f) < 1e21) return String(f);
  return formatGoFloat(f, 32);
}

/** encoding/json's UnmarshalTypeError, met decoding YAML (through JSON) into a Go struct. */
export class JsonFieldError extends Error {}

/**
 * A string field of a Go struct decoded from YAML by sigs.k8s.io/yaml: YAML's scalars
 * arrive as JSON, and a number or bool in a string field keeps its text.
 */
export function stringField(v: unknown, field: string, goType = 'string'): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return goFloatString(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  throw new JsonFieldError(`json: cannot unmarshal ${jsonTypeName(v)} into Go struct field ${field} of type ${goType}`);
}

/** What Go's encoding/json names a JSON value's type in "cannot unmarshal X into …". */
export function jsonTypeName(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number' || typeof v === 'bigint' || v instanceof Int64) return 'number';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return 'array';
  return 'object';
}
