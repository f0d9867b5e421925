// values.yaml as a `yaml` Document: built from the section table with its comments, and
// kept in step with the structure afterwards by adding or removing whole sections in the
// user's own document, so their comments and edits elsewhere survive.
import { Document, isMap, isPair, isScalar, parseDocument, type Pair, type YAMLMap } from 'yaml';
import { SECTIONS, sectionsFor, type Comment, type Secrets, type Section, type Structure } from './values-model';

/** How a preset departs from the default values. */
export interface ValuesSpec {
  /** deep-merged over the defaults; lists replace, `undefined` removes a key */
  overrides?: Record<string, unknown>;
  /** comments by full dotted path ("postgres.auth.password"); replace the defaults' */
  comments?: Record<string, Comment>;
}

/** The same options every writer of values text uses, so a re-print changes nothing. */
export const YAML_OUT = { lineWidth: 0 } as const;

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function deepMerge(base: unknown, over: unknown): unknown {
  if (!isObj(base) || !isObj(over)) return over;
  const out: Obj = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (v === undefined) delete out[k];
    else out[k] = deepMerge(base[k], v);
  }
  return out;
}

function sectionValue(s: Section, st: Structure, secrets: Secrets, spec: ValuesSpec): unknown {
  const over = spec.overrides ?? {};
  return s.key in over ? deepMerge(s.value(st, secrets), over[s.key]) : s.value(st, secrets);
}

function sectionComments(s: Section, st: Structure, spec: ValuesSpec): Record<string, Comment> {
  const out: Record<string, Comment> = {};
  for (const [rel, c] of Object.entries(s.comments(st))) out[rel ? `${s.key}.${rel}` : s.key] = c;
  for (const [p, c] of Object.entries(spec.comments ?? {})) {
    if (p === s.key || p.startsWith(s.key + '.')) out[p] = c;
  }
  return out;
}

function findPair(map: YAMLMap, path: string[]): Pair | undefined {
  let cur: unknown = map;
  let pair: Pair | undefined;
  for (const seg of path) {
    if (!isMap(cur)) return undefined;
    pair = cur.items.find((p) => isScalar(p.key) && String(p.key.value) === seg) as Pair | undefined;
    if (!pair) return undefined;
    cur = pair.value;
  }
  return pair;
}

function applyComments(root: YAMLMap, comments: Record<string, Comment>): void {
  for (const [path, c] of Object.entries(comments)) {
    const pair = findPair(root, path.split('.'));
    if (!pair || !isScalar(pair.key)) continue;
    if (c.before !== undefined) pair.key.commentBefore = c.before;
    if (c.inline !== undefined && isScalar(pair.value)) pair.value.comment = c.inline;
  }
}

/** The top-level pair of one section, comments attached, ready to go into a document. */
function sectionPair(doc: Document, s: Section, st: Structure, secrets: Secrets, spec: ValuesSpec): Pair {
  const holder = doc.createNode({ [s.key]: sectionValue(s, st, secrets, spec) }) as YAMLMap;
  applyComments(holder, sectionComments(s, st, spec));
  const pair = holder.items[0] as Pair;
  if (s.spaced && isScalar(pair.key)) pair.key.spaceBefore = true;
  return pair;
}

/** The first values.yaml text for a structure (presets call this). */
export function valuesText(st: Structure, secrets: Secrets, spec: ValuesSpec = {}): string {
  const doc = new Document({});
  const root = doc.contents as YAMLMap;
  for (const s of sectionsFor(st)) root.items.push(sectionPair(doc, s, st, secrets, spec));
  doc.commentBefore =
    ` Default values for ${st.name}.\n` +
    ' Every key can be overridden at install time with -f my-values.yaml or --set key=value;\n' +
    ' values.schema.json checks the types, so a typo fails the install with a clear message.';
  // The document comment already ends in a blank line.
  const first = root.items[0];
  if (first && isScalar(first.key)) first.key.spaceBefore = false;
  return doc.toString(YAML_OUT);
}

const ORDER = new Map(SECTIONS.map((s, i) => [s.key, i]));

function keyOf(p: unknown): string | undefined {
  return isPair(p) && isScalar(p.key) ? String(p.key.value) : undefined;
}

/**
 * `text` with the sections the structure needs added (at their usual place, with their
 * comments) and the sections it no longer has removed. Keys the table does not know
 * are the user's and are left alone. undefined when the text does not parse as a map.
 * `onlyRemove` is for values-local.yaml, an overlay that never needs a section added.
 */
export function syncSections(text: string, st: Structure, secrets: Secrets, onlyRemove = false): string | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length) return undefined;
  if (doc.contents === null) doc.contents = doc.createNode({}) as unknown as typeof doc.contents;
  if (!isMap(doc.contents)) return undefined;
  const root = doc.contents;
  const needed = new Set(sectionsFor(st).map((s) => s.key));
  let changed = false;
  for (const s of SECTIONS) {
    const idx = root.items.findIndex((p) => keyOf(p) === s.key);
    if (idx >= 0 && !needed.has(s.key)) {
      root.items.splice(idx, 1);
      changed = true;
    } else if (idx < 0 && needed.has(s.key) && !onlyRemove) {
      const mine = ORDER.get(s.key)!;
      let at = root.items.findIndex((p) => (ORDER.get(keyOf(p) ?? '') ?? -1) > mine);
      if (at < 0) at = root.items.length;
      root.items.splice(at, 0, sectionPair(doc, s, st, secrets, {}) as (typeof root.items)[number]);
      changed = true;
    }
  }
  return changed ? doc.toString(YAML_OUT) : text;
}

/**
 * Comments the table wrote for structure `from` and that the user left as they were,
 * rewritten for structure `to` (e.g. the env comment stops promising DB_* variables when
 * PostgreSQL goes).
 */
export function refreshComments(text: string, from: Structure, to: Structure): string {
  const doc = parseDocument(text);
  if (doc.errors.length || !isMap(doc.contents)) return text;
  const root = doc.contents;
  let changed = false;
  for (const s of SECTIONS) {
    if (!s.when(from) || !s.when(to)) continue;
    const before = s.comments(from);
    for (const [rel, c] of Object.entries(s.comments(to))) {
      const old = before[rel]?.before;
      if (old === undefined || c.before === undefined || old === c.before) continue;
      const pair = findPair(root, rel ? [s.key, ...rel.split('.')] : [s.key]);
      const cur = pair && isScalar(pair.key) ? pair.key.commentBefore : undefined;
      // A re-parsed file hands the document's own header to its first key: keep it.
      if (pair && isScalar(pair.key) && cur && (cur === old || cur.endsWith('\n' + old))) {
        pair.key.commentBefore = cur.slice(0, cur.length - old.length) + c.before;
        changed = true;
      }
    }
  }
  return changed ? doc.toString(YAML_OUT) : text;
}

/** Sets `path` to `to` where it currently equals `from` (structure fields mirrored in values). */
export function replaceWhereEqual(text: string, edits: { path: (string | number)[]; from: unknown; to: unknown }[]): string {
  const doc = parseDocument(text);
  if (doc.errors.length || !isMap(doc.contents)) return text;
  let changed = false;
  for (const e of edits) {
    const node = doc.getIn(e.path, true);
    if (isScalar(node) && node.value === e.from) {
      node.value = e.to;
      changed = true;
    }
  }
  return changed ? doc.toString(YAML_OUT) : text;
}

/** The parsed values (plain JSON), or undefined when the text is not a YAML map. */
// The wizard parses the same values text several times per keystroke (generator, form,
// schema); the last few results are kept. They are frozen, so a caller that tried to
// change one would fail loudly instead of corrupting the next caller's view.
const parsed = new Map<string, Obj | undefined>();

export function parseValues(text: string): Obj | undefined {
  if (parsed.has(text)) return parsed.get(text);
  // Helm reads values as YAML 1.1 (yes/no are booleans, 0755 is octal).
  const doc = parseDocument(text, { version: '1.1' });
  let out: Obj | undefined;
  if (doc.errors.length) out = undefined;
  else {
    const v = doc.toJS({ maxAliasCount: 100 }) as unknown;
    out = v === null || v === undefined ? {} : isObj(v) ? deepFreeze(v) : undefined;
  }
  if (parsed.size >= 8) parsed.delete(parsed.keys().next().value as string);
  parsed.set(text, out);
  return out;
}

function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v as object)) deepFreeze(x);
  }
  return v;
}

