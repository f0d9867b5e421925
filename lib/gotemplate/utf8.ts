// Go's string ↔ []byte conversions over JS strings.
//
// A Go string is any sequence of bytes; a JS string is UTF-16. Valid UTF-8 maps onto
// UTF-16 one to one, but Go strings may also hold bytes that are not UTF-8 (`.Files.Get`
// of a binary file, `b64dec`, `trunc` cutting inside a character), and Helm's output keeps
// them: `b64enc` gives the same bytes back, `%q` prints "\xc3", toJson prints "\ufffd".
// So a byte that does not start a valid UTF-8 sequence (utf8.DecodeRune's RuneError of
// width 1) is kept as the lone low surrogate U+DC00+byte (Python's "surrogateescape");
// Go strings never hold surrogates, so the mapping is unambiguous and converts back to
// the same bytes.

const encoder = new TextEncoder();
// Go's string(bytes) keeps a leading U+FEFF; a default TextDecoder would drop it.
const strict = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });

// Short strings, mostly ASCII, are what templates pass around (trunc 63, len): for them
// a loop beats a call into TextEncoder/TextDecoder.
const SHORT = 64;

const ESCAPED = /[\udc80-\udcff]/;

/** The byte a code unit stands for when it is an escaped stray byte, or -1. */
function escapedByte(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xdc80 || c > 0xdcff) return -1;
  const prev = i > 0 ? s.charCodeAt(i - 1) : 0;
  return prev >= 0xd800 && prev <= 0xdbff ? -1 : c & 0xff;
}

/** len(s) of Go: the UTF-8 byte count, an escaped byte counting one. */
export function byteLength(s: string): number {
  const n = s.length;
  let bytes = n;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2; // a surrogate pair: 4 bytes for 2 code units
      i++;
    } else if (c < 0xdc80 || c > 0xdcff) bytes += 2; // 3 bytes (another lone surrogate becomes U+FFFD, 3 bytes too)
  }
  return bytes;
}

/** []byte(s) of Go. */
export function toBytes(s: string): Uint8Array {
  const n = s.length;
  if (n <= SHORT) {
    const b = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) return encodeSlow(s);
      b[i] = c;
    }
    return b;
  }
  return encodeSlow(s);
}

function encodeSlow(s: string): Uint8Array {
  if (!ESCAPED.test(s)) return encoder.encode(s);
  const out: number[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const b = escapedByte(s, i);
    if (b < 0) continue;
    for (const x of encoder.encode(s.slice(start, i))) out.push(x);
    out.push(b);
    start = i + 1;
  }
  for (const x of encoder.encode(s.slice(start))) out.push(x);
  return Uint8Array.from(out);
}

/** string(b) of Go. */
export function fromBytes(b: Uint8Array): string {
  const n = b.length;
  if (n <= SHORT) {
    let s = '';
    for (let i = 0; i < n; i++) {
      const c = b[i];
      if (c >= 0x80) return decodeSlow(b);
      s += String.fromCharCode(c);
    }
    return s;
  }
  return decodeSlow(b);
}

function decodeSlow(b: Uint8Array): string {
  try {
    return strict.decode(b);
  } catch {
    return decodeEscaping(b);
  }
}

export const RuneError = 0xfffd;

/** utf8.DecodeRune: the rune at b[i] and its width; invalid or short input gives (RuneError, 1). */
export function decodeRune(b: Uint8Array, i: number): [number, number] {
  const n = b.length - i;
  if (n < 1) return [RuneError, 0];
  const b0 = b[i];
  if (b0 < 0x80) return [b0, 1];
  let size: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b0 >= 0xc2 && b0 <= 0xdf) size = 2;
  else if (b0 >= 0xe0 && b0 <= 0xef) {
    size = 3;
    if (b0 === 0xe0) lo = 0xa0;
    else if (b0 === 0xed) hi = 0x9f; // no surrogates
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    size = 4;
    if (b0 === 0xf0) lo = 0x90;
    else if (b0 === 0xf4) hi = 0x8f; // nothing above U+10FFFF
  } else return [RuneError, 1];
  if (n < size) return [RuneError, 1];
  const b1 = b[i + 1];
  if (b1 < lo || b1 > hi) return [RuneError, 1];
  if (size === 2) return [((b0 & 0x1f) << 6) | (b1 & 0x3f), 2];
  const b2 = b[i + 2];
  if (b2 < 0x80 || b2 > 0xbf) return [RuneError, 1];
  if (size === 3) return [((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f), 3];
  const b3 = b[i + 3];
  if (b3 < 0x80 || b3 > 0xbf) return [RuneError, 1];
  return [((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f), 4];
}

function decodeEscaping(b: Uint8Array): string {
  let s = '';
  let start = 0;
  for (let i = 0; i < b.length; ) {
    const [r, w] = decodeRune(b, i);
    if (r !== RuneError || w > 1) {
      i += w;
      continue;
    }
    s += strict.decode(b.subarray(start, i)) + String.fromCharCode(0xdc00 | b[i]);
    start = ++i;
  }
  return s + strict.decode(b.subarray(start));
}

/** Whether s holds an escaped stray byte, i.e. is not valid UTF-8 in Go's eyes. */
export function hasStrayBytes(s: string): boolean {
  if (!ESCAPED.test(s)) return false;
  for (let i = 0; i < s.length; i++) if (escapedByte(s, i) >= 0) return true;
  return false;
}

/** What Go's range over a string or utf8.DecodeRune reads: a stray byte is U+FFFD. */
export function validRunes(s: string): string {
  if (!hasStrayBytes(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) out += escapedByte(s, i) >= 0 ? '\ufffd' : s[i];
  return out;
}
