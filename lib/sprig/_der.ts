// A small DER encoder and decoder: enough ASN.1 for keys and X.509 certificates as Go's
// encoding/asn1 writes them.

export class DerError extends Error {}

export const Tag = {
  BOOLEAN: 0x01,
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  UTF8String: 0x0c,
  PrintableString: 0x13,
  IA5String: 0x16,
  UTCTime: 0x17,
  GeneralizedTime: 0x18,
  SEQUENCE: 0x30,
  SET: 0x31,
} as const;

function concat(parts: Uint8Array[]): Uint8Array {
  const n = parts.reduce((a, p) => a + p.length, 0);
  const out = new Uint8Array(n);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

export { concat };

function lengthBytes(n: number): Uint8Array {
  if (n < 0x80) return Uint8Array.of(n);
  const bytes: number[] = [];
  while (n > 0) {
    bytes.unshift(n & 0xff);
    n = Math.floor(n / 256);
  }
  return Uint8Array.of(0x80 | bytes.length, ...bytes);
}

/** One TLV with the given tag byte around content. */
export function tlv(tag: number, content: Uint8Array): Uint8Array {
  return concat([Uint8Array.of(tag), lengthBytes(content.length), content]);
}

export function seq(...items: Uint8Array[]): Uint8Array {
  return tlv(Tag.SEQUENCE, concat(items));
}

export function set(...items: Uint8Array[]): Uint8Array {
  return tlv(Tag.SET, concat(items));
}

/** INTEGER: two's complement, minimal. */
export function int(x: bigint | number): Uint8Array {
  let v = BigInt(x);
  if (v >= 0n) {
    let hex = v.toString(16);
    if (hex.length % 2) hex = '0' + hex;
    if (parseInt(hex.slice(0, 2), 16) & 0x80) hex = '00' + hex;
    return tlv(Tag.INTEGER, hexBytes(hex));
  }
  // Negative values do not occur in keys or certificates; encode them anyway.
  let n = 1;
  while (v < -(1n << BigInt(8 * n - 1))) n++;
  v = (1n << BigInt(8 * n)) + v;
  return tlv(Tag.INTEGER, hexBytes(v.toString(16).padStart(2 * n, '0')));
}

function hexBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

export function oid(dotted: string): Uint8Array {
  const parts = dotted.split('.').map(Number);
  const bytes: number[] = [parts[0] * 40 + parts[1]];
  for (const p of parts.slice(2)) {
    const b: number[] = [p & 0x7f];
    let v = Math.floor(p / 128);
    while (v > 0) {
      b.unshift(0x80 | (v & 0x7f));
      v = Math.floor(v / 128);
    }
    bytes.push(...b);
  }
  return tlv(Tag.OID, Uint8Array.from(bytes));
}

export function octets(b: Uint8Array): Uint8Array {
  return tlv(Tag.OCTET_STRING, b);
}

/** BIT STRING of whole bytes, or with `unused` trailing bits of the last byte. */
export function bits(b: Uint8Array, unused = 0): Uint8Array {
  return tlv(Tag.BIT_STRING, concat([Uint8Array.of(unused), b]));
}

export function bool(v: boolean): Uint8Array {
  return tlv(Tag.BOOLEAN, Uint8Array.of(v ? 0xff : 0));
}

export const NULL = Uint8Array.of(Tag.NULL, 0);

/** [n] EXPLICIT around content (constructed, context-specific). */
export function explicit(n: number, content: Uint8Array): Uint8Array {
  return tlv(0xa0 | n, content);
}

// --- Decoding ---------------------------------------------------------------------------

export interface Node {
  tag: number;
  /** the whole TLV */
  raw: Uint8Array;
  /** the contents */
  value: Uint8Array;
}

/** Reads one TLV at offset; returns it and the offset after it. */
export function read(b: Uint8Array, off = 0): [Node, number] {
  if (off + 2 > b.length) throw new DerError('asn1: syntax error: data truncated');
  const tag = b[off];
  if ((tag & 0x1f) === 0x1f) throw new DerError('asn1: syntax error: high-tag-number form not supported');
  let len = b[off + 1];
  let p = off + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4) throw new DerError('asn1: syntax error: indefinite length found (not DER)');
    if (p + n > b.length) throw new DerError('asn1: syntax error: data truncated');
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + b[p + i];
    if (len < 0x80 || (n > 1 && b[p] === 0)) throw new DerError('asn1: structure error: length is not minimally encoded');
    p += n;
  }
  if (p + len > b.length) throw new DerError('asn1: syntax error: data truncated');
  return [{ tag, raw: b.subarray(off, p + len), value: b.subarray(p, p + len) }, p + len];
}

/** The children of a constructed node. */
export function children(n: Node): Node[] {
  const out: Node[] = [];
  let off = 0;
  while (off < n.value.length) {
    const [c, next] = read(n.value, off);
    out.push(c);
    off = next;
  }
  return out;
}

/** Parses a whole buffer as one TLV; trailing bytes are an error, as in asn1.Unmarshal. */
export function parseAll(b: Uint8Array): Node {
  const [n, end] = read(b, 0);
  if (end !== b.length) throw new DerError('asn1: syntax error: trailing data');
  return n;
}

export function expect(n: Node | undefined, tag: number): Node {
  if (!n || n.tag !== tag) throw new DerError('asn1: structure error: tags don\'t match');
  return n;
}

export function readInt(n: Node | undefined): bigint {
  const v = expect(n, Tag.INTEGER).value;
  if (v.length === 0) throw new DerError('asn1: syntax error: empty integer');
  let x = 0n;
  for (const c of v) x = (x << 8n) | BigInt(c);
  if (v[0] & 0x80) x -= 1n << BigInt(8 * v.length);
  return x;
}

export function readOid(n: Node | undefined): string {
  const v = expect(n, Tag.OID).value;
  if (v.length === 0) throw new DerError('asn1: syntax error: zero length OBJECT IDENTIFIER');
  const parts: number[] = [];
  let acc = 0;
  for (let i = 0; i < v.length; i++) {
    acc = acc * 128 + (v[i] & 0x7f);
    if (!(v[i] & 0x80)) {
      if (parts.length === 0) parts.push(acc < 80 ? Math.floor(acc / 40) : 2, acc < 80 ? acc % 40 : acc - 80);
      else parts.push(acc);
      acc = 0;
    }
  }
  return parts.join('.');
}
