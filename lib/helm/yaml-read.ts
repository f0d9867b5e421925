// Reading YAML exactly as Helm does, through sigs.k8s.io/yaml: go-yaml v2 decodes the
// first document into interface{} (YAML 1.1 typing, merge keys, aliases, last duplicate
// key wins), the result is made JSON-compatible (non-string keys become strings: `n:` is
// the key "false", `1.5:` is "1.5"), marshalled with encoding/json and decoded again —
// so every number comes out a float64, and NaN/Inf or a null key are errors.
//
//   unmarshalYaml(text, 'map')  yaml.Unmarshal(text, &map[string]interface{}{})
//   unmarshalYaml(text, 'list') yaml.Unmarshal(text, &[]interface{}{})
//   decodeYaml(text)            the go-yaml v2 step alone, typed as Go sees it (YV)
//   splitYamlDocuments(text)    k8s.io/apimachinery's YAMLReader, which Helm's
//                               LoadValues uses to read multi-document values files
//
// Errors carry Go's full text, e.g. "error converting YAML to JSON: yaml: line 2: did
// not find expected key".
import { type GoValue, newMap } from '../gotemplate/value';
import { Ev, Parser, type YamlEvent } from './yaml-parse';
import { Style, YamlSyntaxError } from './yaml-scan';
import { formatGoFloat, resolvePlain, type Resolved } from './yaml-resolve';
import { utf8Encode } from './json';
import { goQuote } from './strvals';

export class YamlError extends Error {}

/** An error raised while decoding (go-yaml's failf): "yaml: " + text. */
class DecodeError extends Error {}

// ---------------------------------------------------------------------------------
// Composer: events into nodes (yaml.v2 decode.go's parser).

const enum Kind {
  Document,
  Scalar,
  Mapping,
  Sequence,
  Alias,
}

interface Node {
  kind: Kind;
  tag: string;
  value: string;
  implicit: boolean;
  style: Style;
  anchor: string | null;
  children: Node[];
  alias: Node | null;
}

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const LONG_TAG = 'tag:yaml.org,2002:';

function shortTag(tag: string): string {
  return tag.startsWith(LONG_TAG) ? '!!' + tag.slice(LONG_TAG.length) : tag;
}

class Composer {
  private readonly p: Parser;
  private ev: YamlEvent | null = null;
  private anchors = new Map<string, Node>();

  constructor(input: Uint8Array) {
    this.p = new Parser(input);
  }

  private peek(): Ev {
    if (!this.ev) this.ev = this.p.next();
    return this.ev.type;
  }

  private expect(t: Ev): YamlEvent {
    this.peek();
    const e = this.ev!;
    if (e.type === Ev.StreamEnd) throw new DecodeError('attempted to go past the end of stream; corrupted value?');
    if (e.type !== t) throw new DecodeError(`expected event ${t} but got ${e.type}`);
    this.ev = null;
    return e;
  }

  private node(kind: Kind, e: YamlEvent): Node {
    return { kind, tag: e.tag, value: '', implicit: false, style: e.style, anchor: null, children: [], alias: null };
  }

  private anchor(n: Node, name: string | null): void {
    if (name !== null) {
      n.anchor = name;
      this.anchors.set(name, n);
    }
  }

  /** parse(): the first document of the stream, or null for an empty stream. */
  parse(): Node | null {
    this.expect(Ev.StreamStart);
    return this.parseNode();
  }

  private parseNode(): Node | null {
    switch (this.peek()) {
      case Ev.Scalar:
        return this.scalar();
      case Ev.Alias:
        return this.aliasNode();
      case Ev.MappingStart:
        return this.mapping();
      case Ev.SequenceStart:
        return this.sequence();
      case Ev.DocumentStart:
        return this.document();
      case Ev.StreamEnd:
        return null;
    }
    throw new DecodeError('attempted to parse unknown event');
  }

  private document(): Node {
    const n = this.node(Kind.Document, this.ev!);
    this.expect(Ev.DocumentStart);
    n.children.push(this.parseNode()!);
    this.expect(Ev.DocumentEnd);
    return n;
  }

  private aliasNode(): Node {
    const e = this.ev!;
    const n = this.node(Kind.Alias, e);
    n.value = e.anchor!;
    n.alias = this.anchors.get(n.value) ?? null;
    if (!n.alias) throw new DecodeError(`unknown anchor '${n.value}' referenced`);
    this.expect(Ev.Alias);
    return n;
  }

  private scalar(): Node {
    const e = this.ev!;
    const n = this.node(Kind.Scalar, e);
    n.value = utf8.decode(e.value);
    n.implicit = e.implicit;
    this.anchor(n, e.anchor);
    this.expect(Ev.Scalar);
    return n;
  }

  private sequence(): Node {
    const e = this.ev!;
    const n = this.node(Kind.Sequence, e);
    this.anchor(n, e.anchor);
    this.expect(Ev.SequenceStart);
    while (this.peek() !== Ev.SequenceEnd) n.children.push(this.parseNode()!);
    this.expect(Ev.SequenceEnd);
    return n;
  }

  private mapping(): Node {
    const e = this.ev!;
    const n = this.node(Kind.Mapping, e);
    this.anchor(n, e.anchor);
    this.expect(Ev.MappingStart);
    while (this.peek() !== Ev.MappingEnd) n.children.push(this.parseNode()!, this.parseNode()!);
    this.expect(Ev.MappingEnd);
    return n;
  }
}

// ---------------------------------------------------------------------------------
// Decoder: nodes into the Go values yaml.v2 produces for interface{}.

/** A value as yaml.v2 decodes it: Go's dynamic type matters for keys and JSON. */
export type YV =
  | { k: 'null' }
  | { k: 'bool'; v: boolean }
  | { k: 'int'; v: bigint }
  | { k: 'uint'; v: bigint }
  | { k: 'float'; v: number }
  | { k: 'str'; v: string }
  | { k: 'seq'; a: YV[] }
  | { k: 'map'; m: Map<string, [YV, YV]> };

let nanKeys = 0;

/** Identity of a value as a Go map[interface{}] key (NaN never equals itself). */
function keyId(k: YV): string {
  switch (k.k) {
    case 'null':
      return 'n';
    case 'bool':
      return 'b' + k.v;
    case 'int':
      return 'i' + k.v;
    case 'uint':
      return 'u' + k.v;
    case 'float':
      return Number.isNaN(k.v) ? 'nan' + nanKeys++ : 'f' + (Object.is(k.v, -0) ? '0' : String(k.v));
    case 'str':
      return 's' + k.v;
  }
  // Unhashable keys are rejected before they get here.
  return 'x';
}

const RESOLVABLE = new Set(['', '!!str', '!!bool', '!!int', '!!float', '!!null', '!!timestamp']);

function resolvedTag(r: Resolved): string {
  switch (r.tag) {
    case 'null':
      return '!!null';
    case 'bool':
      return '!!bool';
    case 'int':
    case 'uint':
    case 'bigint':
      return '!!int';
    case 'float':
      return '!!float';
    case 'timestamp':
      return '!!timestamp';
    case 'merge':
      return '!!merge';
    case 'str':
      return '!!str';
  }
}

/** resolve(tag, in) with an explicit tag; throws go-yaml's "cannot decode" error. */
function resolveTagged(tag: string, value: string): Resolved | null {
  if (!RESOLVABLE.has(tag)) return null;
  let r: Resolved;
  if (tag === '!!str' || tag === '!!binary') {
    r = { tag: 'str', value };
  } else {
    r = resolvePlain(value);
    // Timestamps are only tried for plain or !!timestamp scalars; a timestamp-shaped
    // value is no int or float either, so it is a string.
    if (r.tag === 'timestamp' && tag !== '' && tag !== '!!timestamp') r = { tag: 'str', value };
  }
  const rtag = resolvedTag(r);
  if (tag === '' || tag === rtag || tag === '!!str' || tag === '!!binary') return r;
  if (tag === '!!float' && (r.tag === 'int' || r.tag === 'uint')) return { tag: 'float', value: Number(r.value) };
  throw new DecodeError(`cannot decode ${rtag} \`${value}\` as a ${tag}`);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** base64.StdEncoding.DecodeString (line breaks ignored, padding required). */
function decodeBase64(s: string): Uint8Array | null {
  const t = s.replace(/[\r\n]/g, '');
  if (t.length % 4 !== 0) return null;
  const out: number[] = [];
  for (let i = 0; i < t.length; i += 4) {
    const q = t.slice(i, i + 4);
    const last = i + 4 === t.length;
    const pad = q.endsWith('==') ? 2 : q.endsWith('=') ? 1 : 0;
    if (pad && !last) return null;
    let n = 0;
    for (let j = 0; j < 4 - pad; j++) {
      const d = B64.indexOf(q[j]);
      if (d < 0) return null;
      n = (n << 6) | d;
    }
    n <<= 6 * pad;
    out.push((n >> 16) & 255);
    if (pad < 2) out.push((n >> 8) & 255);
    if (pad < 1) out.push(n & 255);
  }
  return new Uint8Array(out);
}

class Decoder {
  private aliasing = new Set<Node>();

  unmarshal(n: Node): YV {
    switch (n.kind) {
      case Kind.Document:
        return this.unmarshal(n.children[0]);
      case Kind.Scalar:
        return this.scalar(n);
      case Kind.Alias:
        return this.alias(n);
      case Kind.Sequence:
        return { k: 'seq', a: n.children.map((c) => this.unmarshal(c)) };
      case Kind.Mapping: {
        const out: YV = { k: 'map', m: new Map() };
        this.mappingInto(n, out);
        return out;
      }
    }
  }

  private alias(n: Node): YV {
    if (this.aliasing.has(n)) throw new DecodeError(`anchor '${n.value}' value contains itself`);
    this.aliasing.add(n);
    const v = this.unmarshal(n.alias!);
    this.aliasing.delete(n);
    return v;
  }

  private scalar(n: Node): YV {
    let r: Resolved | null;
    if (n.tag === '' && !n.implicit) {
      r = { tag: 'str', value: n.value };
    } else {
      const tag = shortTag(n.tag);
      if (tag === '!!binary') {
        const data = decodeBase64(n.value);
        if (!data) throw new DecodeError('!!binary value contains invalid base64 data');
        return { k: 'str', v: utf8.decode(data) };
      }
      r = resolveTagged(tag, n.value);
      if (r === null) return { k: 'str', v: n.value };
    }
    switch (r.tag) {
      case 'null':
        return { k: 'null' };
      case 'bool':
        return { k: 'bool', v: r.value };
      case 'int':
        return { k: 'int', v: r.value };
      case 'uint':
        return { k: 'uint', v: r.value };
      case 'bigint':
        return { k: 'int', v: r.value };
      case 'float':
        return { k: 'float', v: r.value };
      case 'merge':
        return { k: 'str', v: '<<' };
      case 'timestamp':
        // go-yaml keeps timestamp-looking values as their text in interface{}.
        return { k: 'str', v: n.value };
      case 'str':
        return { k: 'str', v: r.value };
    }
  }

  private isMerge(n: Node): boolean {
    return n.kind === Kind.Scalar && n.value === '<<' && (n.implicit || shortTag(n.tag) === '!!merge');
  }

  private mappingInto(n: Node, out: YV & { k: 'map' }): void {
    for (let i = 0; i < n.children.length; i += 2) {
      if (this.isMerge(n.children[i])) {
        this.merge(n.children[i + 1], out);
        continue;
      }
      const k = this.unmarshal(n.children[i]);
      if (k.k === 'map' || k.k === 'seq') throw new DecodeError(`invalid map key: ${goSyntax(k)}`);
      const v = this.unmarshal(n.children[i + 1]);
      out.m.set(keyId(k), [k, v]);
    }
  }

  /** A merge key copies mappings in order: keys written after it win, keys before lose. */
  private merge(n: Node, out: YV & { k: 'map' }): void {
    const want = () => new DecodeError('map merge requires map or sequence of maps as the value');
    const into = (m: Node) => {
      if (m.kind === Kind.Alias) {
        if (this.aliasing.has(m)) throw new DecodeError(`anchor '${m.value}' value contains itself`);
        this.aliasing.add(m);
        this.mappingInto(m.alias!, out);
        this.aliasing.delete(m);
      } else {
        this.mappingInto(m, out);
      }
    };
    switch (n.kind) {
      case Kind.Mapping:
        into(n);
        return;
      case Kind.Alias:
        if (n.alias && n.alias.kind !== Kind.Mapping) throw want();
        into(n);
        return;
      case Kind.Sequence:
        // Earlier maps take precedence, so they are applied last.
        for (let i = n.children.length - 1; i >= 0; i--) {
          const c = n.children[i];
          if (c.kind === Kind.Alias) {
            if (c.alias && c.alias.kind !== Kind.Mapping) throw want();
          } else if (c.kind !== Kind.Mapping) {
            throw want();
          }
          into(c);
        }
        return;
    }
    throw want();
  }
}

/** Go's %#v of a decoded value, for go-yaml's "invalid map key" message. */
function goSyntax(v: YV): string {
  switch (v.k) {
    case 'null':
      return 'interface {}(nil)';
    case 'bool':
      return String(v.v);
    case 'int':
    case 'uint':
      return v.k === 'uint' ? '0x' + v.v.toString(16) : v.v.toString();
    case 'float':
      return formatGoFloat(v.v);
    case 'str':
      return goQuote(v.v);
    case 'seq':
      return '[]interface {}{' + v.a.map(goSyntax).join(', ') + '}';
    case 'map':
      return (
        'map[interface {}]interface {}{' +
        [...v.m.values()].map(([k, x]) => `${goSyntax(k)}:${goSyntax(x)}`).join(', ') +
        '}'
      );
  }
}

/**
 * yaml.v2 Unmarshal of the first document into interface{}. Throws YamlError with
 * go-yaml's text ("yaml: line 3: mapping values are not allowed in this context").
 * An empty stream gives null.
 */
export function decodeYaml(text: string): YV {
  try {
    const root = new Composer(utf8Encode(text)).parse();
    if (!root) return { k: 'null' };
    return new Decoder().unmarshal(root);
  } catch (e) {
    if (e instanceof YamlSyntaxError) throw new YamlError(e.goMessage());
    if (e instanceof DecodeError) throw new YamlError('yaml: ' + e.message);
    throw e;
  }
}

// ---------------------------------------------------------------------------------
// The JSON step of sigs.k8s.io/yaml.

/** Why a value cannot become JSON: sigs.k8s.io/yaml's texts. */
class JsonStepError extends Error {}

/** convertToJSONableObject + json.Marshal + json.Unmarshal into interface{}. */
function toJsonValue(v: YV): GoValue {
  switch (v.k) {
    case 'null':
      return null;
    case 'bool':
      return v.v;
    case 'str':
      return v.v;
    case 'int':
    case 'uint':
      return Number(v.v);
    case 'float':
      if (!Number.isFinite(v.v)) {
        const name = Number.isNaN(v.v) ? 'NaN' : v.v > 0 ? '+Inf' : '-Inf';
        throw new JsonStepError(`json: unsupported value: ${name}`);
      }
      return v.v;
    case 'seq':
      return v.a.map(toJsonValue);
    case 'map': {
      const m = newMap();
      v.m.forEach((e) => (m[jsonKey(e[0], e[1])] = toJsonValue(e[1])));
      return m;
    }
  }
}

/** A yaml.v2 map key as sigs.k8s.io/yaml turns it into a JSON object key. */
function jsonKey(k: YV, value: YV): string {
  switch (k.k) {
    case 'str':
      return k.v;
    case 'int':
      return k.v.toString();
    case 'bool':
      return k.v ? 'true' : 'false';
    case 'float': {
      // go-yaml's float-to-string, at float32 precision.
      const s = formatGoFloat(k.v, 32);
      return s === '+Inf' ? '.inf' : s === '-Inf' ? '-.inf' : s === 'NaN' ? '.nan' : s;
    }
  }
  const type = k.k === 'null' ? '%!s(<nil>)' : 'uint64';
  const key = k.k === 'null' ? '<nil>' : goSyntax(k);
  throw new JsonStepError(`unsupported map key of type: ${type}, key: ${key}, value: ${goValueSyntax(value)}`);
}

/** %+#v of a value in a key error: nil prints as <nil> at the top level. */
function goValueSyntax(v: YV): string {
  return v.k === 'null' ? '<nil>' : goSyntax(v);
}

/** Which Go type an Unmarshal call decodes into, as its errors name it. */
export type YamlTarget = 'map' | 'list';

const TARGET: Record<YamlTarget, { type: string; kind: string }> = {
  map: { type: 'map[string]interface {}', kind: 'map' },
  list: { type: '[]interface {}', kind: 'seq' },
};

function jsonKind(v: YV): string {
  switch (v.k) {
    case 'map':
      return 'object';
    case 'seq':
      return 'array';
    case 'str':
      return 'string';
    case 'bool':
      return 'bool';
    case 'null':
      return 'null';
  }
  return 'number';
}

/**
 * sigs.k8s.io/yaml.Unmarshal(text, &target). Returns the decoded map or list, or null when
 * the document is empty or null (Go then leaves the target untouched). Throws YamlError
 * with the whole Go error text.
 */
export function unmarshalYaml(text: string, target: YamlTarget): GoValue {
  let y: YV;
  try {
    y = decodeYaml(text);
  } catch (e) {
    if (e instanceof YamlError) throw new YamlError('error converting YAML to JSON: ' + e.message);
    throw e;
  }
  let json: GoValue;
  try {
    json = toJsonValue(y);
  } catch (e) {
    if (e instanceof JsonStepError) throw new YamlError('error converting YAML to JSON: ' + e.message);
    throw e;
  }
  if (y.k === 'null') return null;
  if (y.k !== TARGET[target].kind) {
    throw new YamlError(
      `error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${jsonKind(y)} into Go value of type ${TARGET[target].type}`,
    );
  }
  return json;
}

// ---------------------------------------------------------------------------------
// Multi-document values files.

/**
 * k8s.io/apimachinery's YAMLReader: documents are split at lines starting with "---"
 * (only spaces or a comment may follow it on the line), CRLF line ends become LF, and
 * empty documents are skipped. Throws "invalid Yaml document separator: …".
 */
export function splitYamlDocuments(text: string): string[] {
  const docs: string[] = [];
  const lines = text.split('\n');
  // A final "\n" ends the last line; it does not start another one.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  let buf = '';
  for (const raw of lines) {
    const line = (raw.endsWith('\r') ? raw.slice(0, -1) : raw) + '\n';
    if (line.startsWith('---')) {
      const trimmed = goTrimSpace(line.slice(3));
      if (trimmed.length > 0 && trimmed[0] !== '#') throw new YamlError(`invalid Yaml document separator: ${trimmed}`);
      if (buf.length > 0) docs.push(buf);
      buf = '';
      continue;
    }
    buf += line;
  }
  if (buf.length > 0) docs.push(buf);
  return docs;
}

/** strings.TrimSpace: Unicode white space at both ends. */
export function goTrimSpace(s: string): string {
  return s.replace(/^[\s\u0085]+|[\s\u0085]+$/gu, '');
}
