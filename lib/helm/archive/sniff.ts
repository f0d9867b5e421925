// Go's http.DetectContentType (net/http/sniff.go): the MIME type of at most the first
// 512 bytes by the WHATWG sniffing table. Helm names what it got instead of a gzipped
// archive with it, so every signature is kept, in Go's order (the first match wins).

/** The algorithm uses at most sniffLen bytes to make its decision. */
export const sniffLen = 512;

type SniffSig = (data: Uint8Array, firstNonWS: number) => string;

const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

// isWS: a whitespace byte (0xWS) as the spec defines it.
function isWS(b: number): boolean {
  return b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d || b === 0x20;
}

// isTT: a tag-terminating byte (0xTT).
function isTT(b: number): boolean {
  return b === 0x20 || b === 0x3e;
}

function hasPrefix(data: Uint8Array, p: Uint8Array): boolean {
  if (data.length < p.length) return false;
  for (let i = 0; i < p.length; i++) if (data[i] !== p[i]) return false;
  return true;
}

function exactSig(sig: string, ct: string): SniffSig {
  const s = latin1(sig);
  return (data) => (hasPrefix(data, s) ? ct : '');
}

function maskedSig(mask: string, pat: string, ct: string, skipWS = false): SniffSig {
  const m = latin1(mask);
  const p = latin1(pat);
  return (data, firstNonWS) => {
    const d = skipWS ? data.subarray(firstNonWS) : data;
    if (p.length !== m.length || d.length < p.length) return '';
    for (let i = 0; i < p.length; i++) if ((d[i] & m[i]) !== p[i]) return '';
    return ct;
  };
}

// htmlSig: the tag, case-insensitive for its letters, then a tag-terminating byte.
function htmlSig(tag: string): SniffSig {
  const h = latin1(tag);
  return (data, firstNonWS) => {
    const d = data.subarray(firstNonWS);
    if (d.length < h.length + 1) return '';
    for (let i = 0; i < h.length; i++) {
      let db = d[i];
      if (h[i] >= 0x41 && h[i] <= 0x5a) db &= 0xdf;
      if (db !== h[i]) return '';
    }
    return isTT(d[h.length]) ? 'text/html; charset=utf-8' : '';
  };
}

// mp4Sig: an ftyp box whose brands (the minor version skipped) include "mp4".
const mp4Sig: SniffSig = (data) => {
  if (data.length < 12) return '';
  const boxSize = ((data[0] << 24) | (data[1] << 16) | (data[2] << 8) | data[3]) >>> 0;
  if (data.length < boxSize || boxSize % 4 !== 0) return '';
  if (data[4] !== 0x66 || data[5] !== 0x74 || data[6] !== 0x79 || data[7] !== 0x70) return '';
  for (let st = 8; st < boxSize; st += 4) {
    if (st === 12) continue; // the major brand's version number
    if (data[st] === 0x6d && data[st + 1] === 0x70 && data[st + 2] === 0x34) return 'video/mp4';
  }
  return '';
};

// textSig: no binary control bytes after the leading whitespace (section 5, step 4).
const textSig: SniffSig = (data, firstNonWS) => {
  for (let i = firstNonWS; i < data.length; i++) {
    const b = data[i];
    if (b <= 0x08 || b === 0x0b || (b >= 0x0e && b <= 0x1a) || (b >= 0x1c && b <= 0x1f)) return '';
  }
  return 'text/plain; charset=utf-8';
};

const sniffSignatures: SniffSig[] = [
  htmlSig('<!DOCTYPE HTML'),
  htmlSig('<HTML'),
  htmlSig('<HEAD'),
  htmlSig('<SCRIPT'),
  htmlSig('<IFRAME'),
  htmlSig('<H1'),
  htmlSig('<DIV'),
  htmlSig('<FONT'),
  htmlSig('<TABLE'),
  htmlSig('<A'),
  htmlSig('<STYLE'),
  htmlSig('<TITLE'),
  htmlSig('<B'),
  htmlSig('<BODY'),
  htmlSig('<BR'),
  htmlSig('<P'),
  htmlSig('<!--'),
  maskedSig('\xFF\xFF\xFF\xFF\xFF', '<?xml', 'text/xml; charset=utf-8', true),
  exactSig('%PDF-', 'application/pdf'),
  exactSig('%!PS-Adobe-', 'application/postscript'),

  // UTF BOMs.
  maskedSig('\xFF\xFF\x00\x00', '\xFE\xFF\x00\x00', 'text/plain; charset=utf-16be'),
  maskedSig('\xFF\xFF\x00\x00', '\xFF\xFE\x00\x00', 'text/plain; charset=utf-16le'),
  maskedSig('\xFF\xFF\xFF\x00', '\xEF\xBB\xBF\x00', 'text/plain; charset=utf-8'),

  // Image types.
  exactSig('\x00\x00\x01\x00', 'image/x-icon'),
  exactSig('\x00\x00\x02\x00', 'image/x-icon'),
  exactSig('BM', 'image/bmp'),
  exactSig('GIF87a', 'image/gif'),
  exactSig('GIF89a', 'image/gif'),
  maskedSig('\xFF\xFF\xFF\xFF\x00\x00\x00\x00\xFF\xFF\xFF\xFF\xFF\xFF', 'RIFF\x00\x00\x00\x00WEBPVP', 'image/webp'),
  exactSig('\x89PNG\x0D\x0A\x1A\x0A', 'image/png'),
  exactSig('\xFF\xD8\xFF', 'image/jpeg'),

  // Audio and video types, in the order the spec prescribes.
  maskedSig('\xFF\xFF\xFF\xFF\x00\x00\x00\x00\xFF\xFF\xFF\xFF', 'FORM\x00\x00\x00\x00AIFF', 'audio/aiff'),
  maskedSig('\xFF\xFF\xFF', 'ID3', 'audio/mpeg'),
  maskedSig('\xFF\xFF\xFF\xFF\xFF', 'OggS\x00', 'application/ogg'),
  maskedSig('\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF', 'MThd\x00\x00\x00\x06', 'audio/midi'),
  maskedSig('\xFF\xFF\xFF\xFF\x00\x00\x00\x00\xFF\xFF\xFF\xFF', 'RIFF\x00\x00\x00\x00AVI ', 'video/avi'),
  maskedSig('\xFF\xFF\xFF\xFF\x00\x00\x00\x00\xFF\xFF\xFF\xFF', 'RIFF\x00\x00\x00\x00WAVE', 'audio/wave'),
  mp4Sig,
  exactSig('\x1A\x45\xDF\xA3', 'video/webm'),

  // Font types. Embedded OpenType: 34 bytes of anything, then "LP" — which a gzip
  // header can be, hence Helm's own check for gzip's magic beside this one.
  maskedSig('\x00'.repeat(34) + '\xFF\xFF', '\x00'.repeat(34) + 'LP', 'application/vnd.ms-fontobject'),
  exactSig('\x00\x01\x00\x00', 'font/ttf'),
  exactSig('OTTO', 'font/otf'),
  exactSig('ttcf', 'font/collection'),
  exactSig('wOFF', 'font/woff'),
  exactSig('wOF2', 'font/woff2'),

  // Archive types.
  exactSig('\x1F\x8B\x08', 'application/x-gzip'),
  exactSig('PK\x03\x04', 'application/zip'),
  exactSig('Rar!\x1A\x07\x00', 'application/x-rar-compressed'), // RAR v1.5-v4.0
  exactSig('Rar!\x1A\x07\x01\x00', 'application/x-rar-compressed'), // RAR v5+

  exactSig('\x00\x61\x73\x6D', 'application/wasm'),

  textSig, // should be last
];

/** http.DetectContentType: never empty; "application/octet-stream" when nothing matches. */
export function detectContentType(data: Uint8Array): string {
  const d = data.length > sniffLen ? data.subarray(0, sniffLen) : data;
  let firstNonWS = 0;
  while (firstNonWS < d.length && isWS(d[firstNonWS])) firstNonWS++;
  for (const sig of sniffSignatures) {
    const ct = sig(d, firstNonWS);
    if (ct !== '') return ct;
  }
  return 'application/octet-stream'; // fallback
}
