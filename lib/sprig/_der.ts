// A small DER encoder and decoder: enough ASN.1 for keys and X.509 certificates as Go's
// encoding/asn1 writes them. read/children/parseAll walk TLVs (the certificate reader);
// unmarshal below is encoding/asn1's Unmarshal, with its checks and error texts, for the
// key structures crypto/x509 and Sprig parse.

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

// --- Go's encoding/asn1 Unmarshal ---------------------------------------------------------
// The part of asn1.Unmarshal that crypto/x509's key parsers and Sprig's DSA parser reach,
// with Go's checks in Go's order and Go's error texts (they reach the template author
// verbatim). Go walks a struct by reflection; here a GoType describes the struct instead.

export class StructuralError extends DerError {
  constructor(msg: string) {
    super('asn1: structure error: ' + msg);
  }
}

// Shadows the global SyntaxError inside this module, to keep Go's name.
export class SyntaxError extends DerError {
  constructor(msg: string) {
    super('asn1: syntax error: ' + msg);
  }
}

const ClassUniversal = 0;
const ClassApplication = 1;
const ClassContextSpecific = 2;
const ClassPrivate = 3;

const TagInteger = 2;
const TagBitString = 3;
const TagOctetString = 4;
const TagOID = 6;
const TagUTF8String = 12;
const TagSequence = 16;
const TagSet = 17;
const TagNumericString = 18;
const TagPrintableString = 19;
const TagT61String = 20;
const TagIA5String = 22;
const TagUTCTime = 23;
const TagGeneralizedTime = 24;
const TagGeneralString = 27;
const TagBMPString = 30;

/** The Go types the parsed structures are made of. */
export type GoType =
  | { kind: 'int' }
  | { kind: 'bigInt' }
  | { kind: 'bytes' }
  | { kind: 'oid' }
  | { kind: 'bitString' }
  | { kind: 'rawValue' }
  | { kind: 'struct'; name: string; fields: GoField[] }
  | { kind: 'slice'; name: string; elem: GoType };

/** A struct field with its `asn1:"…"` tag. */
export interface GoField {
  name: string;
  type: GoType;
  tag?: string;
}

export const GoInt: GoType = { kind: 'int' };
export const GoBigInt: GoType = { kind: 'bigInt' };
export const GoBytes: GoType = { kind: 'bytes' };
export const GoObjectIdentifier: GoType = { kind: 'oid' };
export const GoBitString: GoType = { kind: 'bitString' };
export const GoRawValue: GoType = { kind: 'rawValue' };

export interface BitString {
  bytes: Uint8Array;
  bitLength: number;
}

export interface RawValue {
  class: number;
  tag: number;
  isCompound: boolean;
  bytes: Uint8Array;
  fullBytes: Uint8Array;
}

// reflect.Type.Name(): empty for pointer and unnamed slice types.
function typeName(t: GoType): string {
  switch (t.kind) {
    case 'int':
      return 'int';
    case 'bigInt':
    case 'bytes':
      return '';
    case 'oid':
      return 'ObjectIdentifier';
    case 'bitString':
      return 'BitString';
    case 'rawValue':
      return 'RawValue';
    case 'struct':
    case 'slice':
      return t.name;
  }
}

interface TagAndLength {
  class: number;
  tag: number;
  length: number;
  isCompound: boolean;
}

interface FieldParameters {
  optional: boolean;
  explicit: boolean;
  application: boolean;
  private: boolean;
  defaultValue?: bigint;
  tag?: number;
  stringType: number;
  timeType: number;
  set: boolean;
  omitEmpty: boolean;
}

// parseFieldParameters: a struct tag such as "optional,explicit,tag:0".
function parseFieldParameters(str: string): FieldParameters {
  const ret: FieldParameters = { optional: false, explicit: false, application: false, private: false, stringType: 0, timeType: 0, set: false, omitEmpty: false };
  for (const part of str.split(',')) {
    if (part === 'optional') ret.optional = true;
    else if (part === 'explicit') {
      ret.explicit = true;
      ret.tag ??= 0;
    } else if (part === 'generalized') ret.timeType = TagGeneralizedTime;
    else if (part === 'utc') ret.timeType = TagUTCTime;
    else if (part === 'ia5') ret.stringType = TagIA5String;
    else if (part === 'printable') ret.stringType = TagPrintableString;
    else if (part === 'numeric') ret.stringType = TagNumericString;
    else if (part === 'utf8') ret.stringType = TagUTF8String;
    else if (part.startsWith('default:') && /^[+-]?\d+$/.test(part.slice(8))) ret.defaultValue = BigInt(part.slice(8));
    else if (part.startsWith('tag:') && /^[+-]?\d+$/.test(part.slice(4))) ret.tag = Number(part.slice(4));
    else if (part === 'set') ret.set = true;
    else if (part === 'application') {
      ret.application = true;
      ret.tag ??= 0;
    } else if (part === 'private') {
      ret.private = true;
      ret.tag ??= 0;
    } else if (part === 'omitempty') ret.omitEmpty = true;
  }
  return ret;
}

// %+v of a *int or *int64 field prints the pointer's address, which no port can know.
// Only a non-optional tagged field could put one into an error, and none of the
// structures parsed here has one, so this stand-in never reaches a template.
function pointer(p: unknown): string {
  return p === undefined ? '<nil>' : '0xc000000000';
}

// %+v of fieldParameters and of tagAndLength, as "tags don't match" prints them.
function formatParams(p: FieldParameters): string {
  return `{optional:${p.optional} explicit:${p.explicit} application:${p.application} private:${p.private} defaultValue:${pointer(p.defaultValue)} tag:${pointer(p.tag)} stringType:${p.stringType} timeType:${p.timeType} set:${p.set} omitEmpty:${p.omitEmpty}}`;
}

function formatTagAndLength(t: TagAndLength): string {
  return `{class:${t.class} tag:${t.tag} length:${t.length} isCompound:${t.isCompound}}`;
}

// checkInteger: DER INTEGERs are non-empty and minimally encoded.
function checkInteger(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new StructuralError('empty integer');
  if (bytes.length === 1) return;
  if ((bytes[0] === 0 && (bytes[1] & 0x80) === 0) || (bytes[0] === 0xff && (bytes[1] & 0x80) === 0x80)) {
    throw new StructuralError('integer not minimally-encoded');
  }
}

function twosComplement(bytes: Uint8Array): bigint {
  let x = 0n;
  for (const c of bytes) x = (x << 8n) | BigInt(c);
  if (bytes[0] & 0x80) x -= 1n << BigInt(8 * bytes.length);
  return x;
}

// parseInt64: Go's int is 64 bits wide on the platforms Helm ships for.
function parseInt64(bytes: Uint8Array): bigint {
  checkInteger(bytes);
  if (bytes.length > 8) throw new StructuralError('integer too large');
  return twosComplement(bytes);
}

function parseBigInt(bytes: Uint8Array): bigint {
  checkInteger(bytes);
  return twosComplement(bytes);
}

function parseBitString(bytes: Uint8Array): BitString {
  if (bytes.length === 0) throw new SyntaxError('zero length BIT STRING');
  const paddingBits = bytes[0];
  if (paddingBits > 7 || (bytes.length === 1 && paddingBits > 0) || (bytes[bytes.length - 1] & ((1 << paddingBits) - 1)) !== 0) {
    throw new SyntaxError('invalid padding bits in BIT STRING');
  }
  return { bytes: bytes.subarray(1), bitLength: (bytes.length - 1) * 8 - paddingBits };
}

// parseBase128Int: one OID component (or high tag number); at most 31 bits, minimal.
function parseBase128Int(bytes: Uint8Array, initOffset: number): [number, number] {
  let offset = initOffset;
  let ret = 0;
  for (let shifted = 0; offset < bytes.length; shifted++) {
    // 5 * 7 bits is either non-minimal or too large for an int32.
    if (shifted === 5) throw new StructuralError('base 128 integer too large');
    ret *= 128;
    const b = bytes[offset];
    if (shifted === 0 && b === 0x80) throw new SyntaxError('integer is not minimally encoded');
    ret += b & 0x7f;
    offset++;
    if ((b & 0x80) === 0) {
      if (ret > 0x7fffffff) throw new StructuralError('base 128 integer too large');
      return [ret, offset];
    }
  }
  throw new SyntaxError('truncated base 128 integer');
}

function parseObjectIdentifier(bytes: Uint8Array): number[] {
  if (bytes.length === 0) throw new SyntaxError('zero length OBJECT IDENTIFIER');
  // The first component packs two: 40*value1 + value2, value1 in 0..2.
  let [v, offset] = parseBase128Int(bytes, 0);
  const s = v < 80 ? [Math.floor(v / 40), v % 40] : [2, v - 80];
  while (offset < bytes.length) {
    [v, offset] = parseBase128Int(bytes, offset);
    s.push(v);
  }
  return s;
}

/** ObjectIdentifier.String: the dotted form. */
export function oidString(oid: number[] | undefined): string {
  return (oid ?? []).join('.');
}

// parseTagAndLength: one identifier octet (or a high tag number) and a DER length.
function parseTagAndLength(bytes: Uint8Array, initOffset: number): [TagAndLength, number] {
  let offset = initOffset;
  if (offset >= bytes.length) throw new DerError('asn1: internal error in parseTagAndLength');
  let b = bytes[offset++];
  const ret: TagAndLength = { class: b >> 6, tag: b & 0x1f, length: 0, isCompound: (b & 0x20) === 0x20 };
  if (ret.tag === 0x1f) {
    [ret.tag, offset] = parseBase128Int(bytes, offset);
    if (ret.tag < 0x1f) throw new SyntaxError('non-minimal tag');
  }
  if (offset >= bytes.length) throw new SyntaxError('truncated tag or length');
  b = bytes[offset++];
  if ((b & 0x80) === 0) {
    ret.length = b & 0x7f;
  } else {
    const numBytes = b & 0x7f;
    if (numBytes === 0) throw new SyntaxError('indefinite length found (not DER)');
    for (let i = 0; i < numBytes; i++) {
      if (offset >= bytes.length) throw new SyntaxError('truncated tag or length');
      b = bytes[offset++];
      // Go stops before the shift would overflow its int.
      if (ret.length >= 1 << 23) throw new StructuralError('length too large');
      ret.length = ret.length * 256 + b;
      if (ret.length === 0) throw new StructuralError('superfluous leading zeros in length');
    }
    if (ret.length < 0x80) throw new StructuralError('non-minimal length');
  }
  return [ret, offset];
}

function getUniversalType(t: GoType): { matchAny: boolean; tag: number; isCompound: boolean } {
  switch (t.kind) {
    case 'rawValue':
      return { matchAny: true, tag: -1, isCompound: false };
    case 'oid':
      return { matchAny: false, tag: TagOID, isCompound: false };
    case 'bitString':
      return { matchAny: false, tag: TagBitString, isCompound: false };
    case 'int':
    case 'bigInt':
      return { matchAny: false, tag: TagInteger, isCompound: false };
    case 'struct':
      return { matchAny: false, tag: TagSequence, isCompound: true };
    case 'bytes':
      return { matchAny: false, tag: TagOctetString, isCompound: false };
    case 'slice':
      return { matchAny: false, tag: t.name.endsWith('SET') ? TagSet : TagSequence, isCompound: true };
  }
}

// setDefaultValue: an optional field that is absent keeps its zero value (or its
// default:x for an integer); a required one is an error for the caller to raise.
function setDefaultValue(t: GoType, params: FieldParameters): { ok: boolean; value?: unknown } {
  if (!params.optional) return { ok: false };
  if (t.kind === 'int') return { ok: true, value: params.defaultValue ?? 0n };
  return { ok: true, value: undefined };
}

function invalidLength(offset: number, length: number, sliceLength: number): boolean {
  return offset + length > sliceLength;
}

// parseSequenceOf: SEQUENCE OF / SET OF into a slice; every element's tag is checked
// before any element is parsed.
function parseSequenceOf(bytes: Uint8Array, elemType: GoType): unknown[] {
  const { matchAny, tag: expectedTag, isCompound: compoundType } = getUniversalType(elemType);
  let numElements = 0;
  for (let offset = 0; offset < bytes.length; ) {
    let t: TagAndLength;
    [t, offset] = parseTagAndLength(bytes, offset);
    switch (t.tag) {
      case TagIA5String:
      case TagGeneralString:
      case TagT61String:
      case TagUTF8String:
      case TagNumericString:
      case TagBMPString:
        t.tag = TagPrintableString;
        break;
      case TagGeneralizedTime:
      case TagUTCTime:
        t.tag = TagUTCTime;
        break;
    }
    if (!matchAny && (t.class !== ClassUniversal || t.isCompound !== compoundType || t.tag !== expectedTag)) {
      throw new StructuralError('sequence tag mismatch');
    }
    if (invalidLength(offset, t.length, bytes.length)) throw new SyntaxError('truncated sequence');
    offset += t.length;
    numElements++;
  }
  const ret: unknown[] = [];
  const params = parseFieldParameters('');
  let offset = 0;
  for (let i = 0; i < numElements; i++) {
    let v: unknown;
    [offset, v] = parseField(elemType, bytes, offset, params);
    ret.push(v);
  }
  return ret;
}

// parseField: one value of type ft at initOffset; returns the offset after it and the
// value (undefined for an absent optional field other than an integer).
function parseField(ft: GoType, bytes: Uint8Array, initOffset: number, params: FieldParameters): [number, unknown] {
  let offset = initOffset;
  // Out of data: there may be optional elements at the end.
  if (offset === bytes.length) {
    const d = setDefaultValue(ft, params);
    if (!d.ok) throw new SyntaxError('sequence truncated');
    return [offset, d.value];
  }
  let t: TagAndLength;
  [t, offset] = parseTagAndLength(bytes, offset);
  if (params.explicit) {
    const expectedClass = params.application ? ClassApplication : ClassContextSpecific;
    if (offset === bytes.length) throw new StructuralError('explicit tag has no child');
    if (t.class === expectedClass && t.tag === params.tag && (t.length === 0 || t.isCompound)) {
      if (ft.kind === 'rawValue') {
        // The inner element is not parsed for a RawValue.
      } else if (t.length > 0) {
        [t, offset] = parseTagAndLength(bytes, offset);
      } else {
        // Only an asn1.Flag may be an empty explicit tag; no field here is one.
        throw new StructuralError('zero length explicit tag was not an asn1.Flag');
      }
    } else {
      const d = setDefaultValue(ft, params);
      if (d.ok) return [initOffset, d.value];
      throw new StructuralError("explicitly tagged member didn't match");
    }
  }

  const u = getUniversalType(ft);
  // (Go adjusts universalTag here for string and time fields; none are parsed here.)
  const universalTag = params.set ? TagSet : u.tag;
  let matchAnyClassAndTag = u.matchAny;
  let expectedClass = ClassUniversal;
  let expectedTag = universalTag;
  if (!params.explicit && params.tag !== undefined) {
    expectedClass = ClassContextSpecific;
    expectedTag = params.tag;
    matchAnyClassAndTag = false;
  }
  if (!params.explicit && params.application && params.tag !== undefined) {
    expectedClass = ClassApplication;
    expectedTag = params.tag;
    matchAnyClassAndTag = false;
  }
  if (!params.explicit && params.private && params.tag !== undefined) {
    expectedClass = ClassPrivate;
    expectedTag = params.tag;
    matchAnyClassAndTag = false;
  }
  // Explicit tagging is unwrapped at this point. The tag is checked before the length.
  if ((!matchAnyClassAndTag && (t.class !== expectedClass || t.tag !== expectedTag)) || (!u.matchAny && t.isCompound !== u.isCompound)) {
    const d = setDefaultValue(ft, params);
    if (d.ok) return [initOffset, d.value];
    throw new StructuralError(`tags don't match (${expectedTag} vs ${formatTagAndLength(t)}) ${formatParams(params)} ${typeName(ft)} @${offset}`);
  }
  if (invalidLength(offset, t.length, bytes.length)) throw new SyntaxError('data truncated');
  const innerBytes = bytes.subarray(offset, offset + t.length);
  offset += t.length;

  switch (ft.kind) {
    case 'rawValue': {
      const rv: RawValue = { class: t.class, tag: t.tag, isCompound: t.isCompound, bytes: innerBytes, fullBytes: bytes.subarray(initOffset, offset) };
      return [offset, rv];
    }
    case 'oid':
      return [offset, parseObjectIdentifier(innerBytes)];
    case 'bitString':
      return [offset, parseBitString(innerBytes)];
    case 'bigInt':
      return [offset, parseBigInt(innerBytes)];
    case 'int':
      return [offset, parseInt64(innerBytes)];
    case 'bytes':
      return [offset, innerBytes];
    case 'struct': {
      const val: Record<string, unknown> = {};
      let innerOffset = 0;
      for (const f of ft.fields) {
        [innerOffset, val[f.name]] = parseField(f.type, innerBytes, innerOffset, parseFieldParameters(f.tag ?? ''));
      }
      // Extra elements at the end of a SEQUENCE are allowed: X.509 versions grow that way.
      return [offset, val];
    }
    case 'slice':
      return [offset, parseSequenceOf(innerBytes, ft.elem)];
  }
}

/**
 * asn1.Unmarshal(b, &v) for a v of type t: the value and the bytes after it. Throws
 * StructuralError or SyntaxError with Go's texts.
 */
export function unmarshal<T = unknown>(b: Uint8Array, t: GoType): [T, Uint8Array] {
  const [offset, v] = parseField(t, b, 0, parseFieldParameters(''));
  return [v as T, b.subarray(offset)];
}
