// strconv.Quote, for error texts that embed a value with %q (url.Parse, netip.ParseAddr).
// It works on UTF-8 bytes because Go strings are bytes: a cut-off sequence prints as \x.

const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S}\u0020]$/u;
const utf8 = new TextEncoder();

export function strconvQuote(s: string): string {
  return quoteBytes(utf8.encode(s));
}

// decodeRune: the code point at b[i] and its length, or [-1, 1] for an invalid byte.
function decodeRune(b: Uint8Array, i: number): [number, number] {
  const c = b[i];
  if (c < 0x80) return [c, 1];
  const need = c < 0xc2 ? -1 : c < 0xe0 ? 1 : c < 0xf0 ? 2 : c <= 0xf4 ? 3 : -1;
  if (need < 0 || i + need > b.length - 1) return [-1, 1];
  let r = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
  for (let k = 1; k <= need; k++) {
    const cc = b[i + k];
    if ((cc & 0xc0) !== 0x80) return [-1, 1];
    r = (r << 6) | (cc & 0x3f);
  }
  const min = need === 1 ? 0x80 : need === 2 ? 0x800 : 0x10000;
  if (r < min || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) return [-1, 1];
  return [r, need + 1];
}

export function quoteBytes(b: Uint8Array): string {
  let out = '"';
  for (let i = 0; i < b.length; ) {
    const [r, n] = decodeRune(b, i);
    if (r < 0) {
      out += '\\x' + b[i].toString(16).padStart(2, '0');
      i += n;
      continue;
    }
    i += n;
    const ch = String.fromCodePoint(r);
    switch (ch) {
      case '"':
        out += '\\"';
        continue;
      case '\\':
        out += '\\\\';
        continue;
      case '\x07':
        out += '\\a';
        continue;
      case '\b':
        out += '\\b';
        continue;
      case '\f':
        out += '\\f';
        continue;
      case '\n':
        out += '\\n';
        continue;
      case '\r':
        out += '\\r';
        continue;
      case '\t':
        out += '\\t';
        continue;
      case '\v':
        out += '\\v';
        continue;
    }
    if (printable.test(ch)) out += ch;
    else if (r < 0x80) out += '\\x' + r.toString(16).padStart(2, '0');
    else if (r < 0x10000) out += '\\u' + r.toString(16).padStart(4, '0');
    else out += '\\U' + r.toString(16).padStart(8, '0');
  }
  return out + '"';
}
