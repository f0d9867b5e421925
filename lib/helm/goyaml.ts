// Reading one YAML document the way sigs.k8s.io/yaml does for Helm (go-yaml v2 parsing
// YAML 1.1, then JSON), with go-yaml's error texts for the common syntax errors.
// Used for Chart.yaml and for the head (apiVersion/kind/metadata) of rendered documents.
import { parseAllDocuments, isMap, isSeq, isScalar, isAlias, type Node, type Document } from 'yaml';

export class GoYamlError extends Error {}

/** Parses the first document of `text` into plain JS (maps as objects with string keys). */
export function parseGoYaml(text: string): unknown {
  const docs = parseAllDocuments(text, { version: '1.1', uniqueKeys: false, strict: false, prettyErrors: false });
  const list = Array.isArray(docs) ? docs : [docs as unknown as Document];
  for (const d of list) {
    if (d.errors.length > 0) throw new GoYamlError('error converting YAML to JSON: ' + goYamlMessage(d.errors[0], text));
  }
  if (list.length === 0) return null;
  const doc = list[0];
  return toPlain(doc.contents as Node | null, doc, text);
}

interface YamlErr {
  code: string;
  message: string;
  linePos?: [{ line: number; col: number }, ...unknown[]];
}

// The line of the last non-blank content at or before the error, which is where
// go-yaml's scanner stands when it gives up on an unterminated construct.
function lastContentLine(text: string, uptoLine: number): number {
  const lines = text.split('\n');
  for (let i = Math.min(uptoLine, lines.length) - 1; i >= 0; i--) {
    if (lines[i].trim() !== '') return i + 1;
  }
  return 1;
}

function goYamlMessage(e: YamlErr, text: string): string {
  const line = e.linePos?.[0]?.line ?? 1;
  const col = e.linePos?.[0]?.col ?? 1;
  const prev = col === 1 ? lastContentLine(text, line - 1) : line;
  switch (e.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'yaml: mapping values are not allowed in this context';
    case 'BAD_INDENT':
      if (e.message.startsWith('Flow')) return `yaml: line ${prev}: did not find expected node content`;
      return `yaml: line ${prev}: did not find expected key`;
    case 'MULTILINE_IMPLICIT_KEY':
    case 'UNEXPECTED_TOKEN':
      return `yaml: line ${prev}: did not find expected key`;
    case 'MISSING_CHAR':
      if (e.message.startsWith('Missing closing')) return 'yaml: found unexpected end of stream';
      if (e.message.startsWith('Flow map')) return `yaml: line ${prev}: did not find expected ',' or '}'`;
      if (e.message.startsWith('Flow sequence')) return `yaml: line ${prev}: did not find expected ',' or ']'`;
      return `yaml: line ${prev}: could not find expected ':'`;
    case 'BAD_ALIAS':
    case 'UNRESOLVED_ALIAS': {
      const m = /"([^"]*)"|: (\S+)/.exec(e.message);
      return `yaml: unknown anchor '${m?.[1] ?? m?.[2] ?? ''}' referenced`;
    }
  }
  return `yaml: line ${line}: ${e.message.split(' at line')[0]}`;
}

function keyString(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return goFloatString(v);
  return String(v);
}

/** How sigs.k8s.io/yaml turns a YAML number into a JSON key or a string field. */
export function goFloatString(f: number): string {
  if (Number.isInteger(f) && Math.abs(f) < 1e21) return String(f);
  const s = String(f);
  return s.replace(/e\+?(-?)(\d)$/, 'e$1+0$2').replace(/e\+?(\d\d+)$/, 'e+$1');
}

function toPlain(n: Node | null | undefined, doc: Document, text: string): unknown {
  if (n === null || n === undefined) return null;
  if (isAlias(n)) {
    const target = n.resolve(doc);
    if (!target) throw new GoYamlError(`error converting YAML to JSON: yaml: unknown anchor '${n.source}' referenced`);
    return toPlain(target as Node, doc, text);
  }
  if (isScalar(n)) {
    const v = n.value;
    if (typeof v === 'bigint') return Number(v);
    if (v instanceof Date) return (n.source as string) ?? String(v);
    return v ?? null;
  }
  if (isMap(n)) {
    const out: Record<string, unknown> = Object.create(null);
    for (const pair of n.items) {
      const k = toPlain(pair.key as Node, doc, text);
      out[keyString(k)] = toPlain(pair.value as Node, doc, text);
    }
    return out;
  }
  if (isSeq(n)) return n.items.map((i) => toPlain(i as Node, doc, text));
  return null;
}

/** What Go's encoding/json names a JSON value's type in "cannot unmarshal X into …". */
export function jsonTypeName(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number' || typeof v === 'bigint') return 'number';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return 'array';
  return 'object';
}
