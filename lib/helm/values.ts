// Reading values files and combining the user's values, as `helm template` does before
// the chart's defaults are coalesced in (coalesce.ts).
//
//   readValues(text, filename)  a chart's values.yaml or a -f file → map (LoadValues)
//   loadValues(text)            loader.LoadValues: every YAML document of the text, merged
//   valuesFileErrorText(…)      the whole error Helm prints for a file that fails
//   mergeMaps(a, b)             loader.MergeMaps: b over a, maps merged deeply
//   mergeValues(opts)           cli/values.Options.MergeValues: -f files in order, then
//                               --set-json, --set, --set-string, --set-file, --set-literal
//                               (that order whatever the command line's order)
//
// Every number in a values file becomes a float64 (JS number); --set integers are int64
// (bigint). See yaml-read.ts for how the YAML itself is read.
import { type GoMap, type GoValue, isMap, newMap } from '../gotemplate/value';
import { JsonError, unmarshalJSON } from './json';
import { parseSet, SetError } from './strvals';
import { YamlError, splitYamlDocuments, unmarshalYaml } from './yaml-read';

/** A values file Helm could not read; `message` is what Helm prints after "Error: ". */
export class ValuesError extends Error {}

/**
 * loader.LoadValues: reads each YAML document and merges it over the previous ones.
 * Throws ValuesError with LoadValues's text ("cannot unmarshal yaml document: …").
 */
export function loadValues(text: string): GoMap {
  let docs: string[];
  try {
    docs = splitYamlDocuments(text);
  } catch (e) {
    if (e instanceof YamlError) throw new ValuesError('error reading yaml document: ' + e.message);
    throw e;
  }
  let values = newMap();
  for (const doc of docs) {
    let current: GoValue;
    try {
      current = unmarshalYaml(doc, 'map');
    } catch (e) {
      if (e instanceof YamlError) throw new ValuesError('cannot unmarshal yaml document: ' + e.message);
      throw e;
    }
    if (isMap(current)) values = mergeMaps(values, current);
  }
  return values;
}

/**
 * Reads a values file (a chart's values.yaml or a -f file) as LoadValues does. The error
 * carries LoadValues's own text ("cannot unmarshal yaml document: …"); Helm prefixes it
 * with "cannot load values.yaml: " for a chart and "failed to parse FILE: " for -f —
 * see valuesFileErrorText. `filename` names the file for callers' messages.
 */
export function readValues(text: string, filename: string): GoMap {
  void filename;
  return loadValues(text);
}

/** The whole text Helm prints for a values file that failed to load. */
export function valuesFileErrorText(kind: 'chart' | 'user', filename: string, err: Error): string {
  return kind === 'chart' ? `cannot load values.yaml: ${err.message}` : `failed to parse ${filename}: ${err.message}`;
}

/** loader.MergeMaps: a new map with b over a; two maps under one key merge, else b wins. */
export function mergeMaps(a: GoMap, b: GoMap): GoMap {
  const out = newMap();
  for (const k of Object.keys(a)) out[k] = a[k];
  for (const k of Object.keys(b)) {
    const v = b[k];
    const bv = out[k];
    if (isMap(v) && isMap(bv)) {
      out[k] = mergeMaps(bv, v);
      continue;
    }
    out[k] = v;
  }
  return out;
}

export interface ValueOptions {
  /** -f / --values files, in command-line order */
  valueFiles?: { name: string; text: string }[];
  /** --set-json, each flag's argument in order */
  setJson?: string[];
  /** --set */
  set?: string[];
  /** --set-string */
  setString?: string[];
  /** --set-file: the argument and a reader for the paths it names */
  setFile?: string[];
  readFile?: (path: string) => string;
  /** --set-literal */
  setLiteral?: string[];
}

/**
 * Options.MergeValues: the user-supplied values, before the chart's defaults. Throws
 * ValuesError with Helm's text ("failed parsing --set data: key \"a\" has no value").
 */
export function mergeValues(opts: ValueOptions): GoMap {
  let base = newMap();
  for (const f of opts.valueFiles ?? []) {
    let current: GoMap;
    try {
      current = loadValues(f.text);
    } catch (e) {
      if (e instanceof ValuesError) throw new ValuesError(valuesFileErrorText('user', f.name, e));
      throw e;
    }
    base = mergeMaps(base, current);
  }

  for (const value of opts.setJson ?? []) {
    const trimmed = value.trim();
    if (trimmed.startsWith('{')) {
      // A whole JSON object merges like a values file.
      let obj: GoValue;
      try {
        obj = unmarshalJSON(trimmed, 'map');
      } catch (e) {
        if (e instanceof JsonError) throw new ValuesError(`failed parsing --set-json data JSON: ${value}`);
        throw e;
      }
      if (isMap(obj)) base = mergeMaps(base, obj);
    } else {
      try {
        parseSet(base, value, 'json');
      } catch (e) {
        if (e instanceof SetError) throw new ValuesError(`failed parsing --set-json data ${value}`);
        throw e;
      }
    }
  }
  const apply = (list: string[] | undefined, kind: 'set' | 'string' | 'file' | 'literal', flag: string) => {
    for (const value of list ?? []) {
      try {
        parseSet(base, value, kind, opts.readFile);
      } catch (e) {
        if (e instanceof SetError) throw new ValuesError(`failed parsing ${flag} data: ${e.message}`);
        throw e;
      }
    }
  };
  apply(opts.set, 'set', '--set');
  apply(opts.setString, 'string', '--set-string');
  apply(opts.setFile, 'file', '--set-file');
  apply(opts.setLiteral, 'literal', '--set-literal');
  return base;
}
