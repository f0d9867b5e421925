// Sprig's strval and strslice: how quote, join, sortAlpha, toString and toStrings turn
// arbitrary values into strings.
import { formatV } from '../gotemplate/fmt';
import { type GoValue, fromBytes, isNil } from '../gotemplate/value';

/**
 * strval: strings as they are, []byte as text, errors and Stringers through their
 * method (formatV already calls a GoStruct's String), everything else as fmt's %v.
 */
export function strval(v: GoValue): string {
  if (typeof v === 'string') return v;
  if (v instanceof Uint8Array) return fromBytes(v);
  return formatV(v);
}

/**
 * strslice: a list becomes its non-nil elements through strval; nil becomes an empty
 * list; any other value a one-element list. A []byte is a slice of uint8 numbers.
 */
export function strslice(v: GoValue): string[] {
  if (Array.isArray(v)) {
    const out: string[] = [];
    for (const x of v) if (!isNil(x)) out.push(strval(x));
    return out;
  }
  if (v instanceof Uint8Array) return Array.from(v, (b) => String(b));
  if (isNil(v)) return [];
  return [strval(v)];
}
