// strconv.Quote, for error texts that embed a value with %q (url.Parse, netip.ParseAddr).

const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S}\u0020]$/u;

export function strconvQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
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
    if (c >= 0xd800 && c <= 0xdfff) {
      // A lone surrogate is what an invalid UTF-8 byte became; Go prints the byte.
      out += '\\ufffd';
    } else if (printable.test(ch)) {
      out += ch;
    } else if (c < 0x80) {
      out += '\\x' + c.toString(16).padStart(2, '0');
    } else if (c < 0x10000) {
      out += '\\u' + c.toString(16).padStart(4, '0');
    } else {
      out += '\\U' + c.toString(16).padStart(8, '0');
    }
  }
  return out + '"';
}
