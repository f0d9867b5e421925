// .Files: Helm's engine.files (a map[string][]byte with methods). Paths are relative to
// the chart root; templates/, Chart.yaml, values.yaml, values.schema.json and charts/
// are not in it (the loader keeps them elsewhere).
import { type FuncSpec, type GoMap, fromBytes, newMap, sortedKeys, typed } from '../gotemplate/value';
import { namedMap } from '../gotemplate/types';
import { compileGlob } from './glob';
import { toYaml } from './to-yaml';

export type FileMap = Map<string, Uint8Array>;

// Go's string(bytes) keeps a leading U+FEFF (the loader dropped one already).

function b64(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return btoa(s);
}

function base(p: string): string {
  const t = p.replace(/\/+$/, '');
  return t.slice(t.lastIndexOf('/') + 1) || '/';
}

/** newFiles: the .Files value over the given files. */
export function makeFiles(files: FileMap): GoMap {
  const fields: GoMap = newMap();
  for (const k of [...files.keys()].sort()) fields[k] = files.get(k)!;
  const getBytes = (name: string): Uint8Array => files.get(name) ?? new Uint8Array(0);
  const methods: Record<string, FuncSpec> = {
    GetBytes: { params: ['string'], fn: getBytes },
    Get: { params: ['string'], fn: (name: string) => fromBytes(getBytes(name)) },
    Glob: {
      params: ['string'],
      fn: (pattern: string) => {
        const match = compileGlob(pattern);
        const nf: FileMap = new Map();
        for (const [k, v] of files) if (match(k)) nf.set(k, v);
        return makeFiles(nf);
      },
    },
    // Keyed by base name: two files with the same name in different folders collide,
    // and which one wins follows Go's random map order (here: the last path in order).
    AsConfig: {
      params: [],
      fn: () => {
        const m = newMap();
        for (const k of sortedKeys(fields)) m[base(k)] = fromBytes(files.get(k)!);
        return toYaml(m);
      },
    },
    AsSecrets: {
      params: [],
      fn: () => {
        const m = newMap();
        for (const k of sortedKeys(fields)) m[base(k)] = b64(files.get(k)!);
        return toYaml(m);
      },
    },
    Lines: {
      params: ['string'],
      fn: (path: string) => {
        const data = files.get(path);
        if (!data) return typed([], '[]string');
        let s = fromBytes(data);
        if (s.endsWith('\n')) s = s.slice(0, -1);
        return typed(s.split('\n'), '[]string');
      },
    },
  };
  // A named map type with methods: range, index and len see the files themselves.
  return namedMap(fields, 'engine.files', methods, 'map[string][]uint8');
}
