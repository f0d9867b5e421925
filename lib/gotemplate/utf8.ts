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

/** The length of the valid UTF-8 sequence starting at b[i], or 0 (utf8.DecodeRune's rules). */
export function validSequence(b: Uint8Array, i: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  const cont = (j: number, lo = 0x80, hi = 0xbf) => j < b.length && b[j] >= lo && b[j] <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(i + 1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const lo = c === 0xe0 ? 0xa0 : 0x80;
    const hi = c === 0xed ? 0x9f : 0xbf;
    return cont(i + 1, lo, hi) && cont(i + 2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const lo = c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xf4 ? 0x8f : 0xbf;
    return cont(i + 1, lo, hi) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  }
  return 0;
}

function decodeEscaping(b: Uint8Array): string {
  let s = '';
  let start = 0;
  for (let i = 0; i < b.length; ) {
    const w = validSequence(b, i);
    if (w > 0) {
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
