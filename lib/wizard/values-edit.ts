// Form fields and values.yaml stay in sync both ways. A form change edits the YAML
// document in place (the `yaml` package's Document API), so the user's comments, key
// order and formatting elsewhere in the file survive.
import { isMap, isScalar, parseDocument, type Document } from 'yaml';

export type ValuePath = (string | number)[];

function parse(text: string): Document | undefined {
  const doc = parseDocument(text, { keepSourceTokens: false });
  return doc.errors.length ? undefined : doc;
}

/** The value at `path`, or undefined when absent or when the text does not parse. */
export function getValue(text: string, path: ValuePath): unknown {
  const doc = parse(text);
  if (!doc) return undefined;
  const v = doc.getIn(path, false);
  return isScalar(v) ? v.value : v && typeof v === 'object' && 'toJSON' in v ? (v as { toJSON(): unknown }).toJSON() : v;
}

/**
 * values.yaml text with `path` set to `value`. Returns undefined when the current text
 * does not parse (the form then leaves the editor's text alone and shows why).
 */
export function setValue(text: string, path: ValuePath, value: unknown): string | undefined {
  const doc = parse(text);
  if (!doc) return undefined;
  if (doc.contents === null || (!isMap(doc.contents) && doc.contents !== undefined)) {
    if (doc.contents !== null) return undefined;
  }
  const existing = doc.getIn(path, true);
  if (isScalar(existing) && existing.range && isPlainScalar(value)) {
    // Splice only the scalar's own characters: every other byte of the file (spacing
    // before a comment, blank lines, quoting style elsewhere) stays as the user wrote it.
    const [start, end] = existing.range;
    return text.slice(0, start) + scalarText(value) + text.slice(end);
  }
  doc.setIn(path, value);
  return doc.toString({ lineWidth: 0 });
}

function isPlainScalar(v: unknown): v is string | number | boolean | null {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

function scalarText(v: string | number | boolean | null): string {
  if (typeof v === 'string') return needsQuotes(v) || /[\n\t]/.test(v) ? JSON.stringify(v) : v;
  return v === null ? 'null' : String(v);
}

/** Strings YAML 1.1 (Helm's reader) would take for a number, bool, null or date. */
export function needsQuotes(s: string): boolean {
  if (s === '' || s.trim() !== s) return true;
  if (/^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~)$/.test(s)) return true;
  if (/^[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(s)) return true;
  if (/^0x[0-9a-fA-F_]+$|^0o?[0-7_]+$|^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$/.test(s)) return true;
  if (/^\d{4}-\d\d?-\d\d?([Tt ].*)?$/.test(s)) return true;
  return /^[!&*{}[\]|>'"%@`#,?:-]|: | #/.test(s);
}
