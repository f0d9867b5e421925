// Sprig's b64enc/b64dec/b32enc/b32dec over Go's encoding/base64 and encoding/base32
// StdEncoding (padded). The decoders return Go's error text as their result, as Sprig does.
// Go strings hold bytes; a decoded value that is not UTF-8 becomes U+FFFD here.
import { type FuncMap, toBytes, fromBytes } from '../gotemplate/value';

const b64alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const b32alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function decodeMap(alphabet: string): Int16Array {
  const m = new Int16Array(256).fill(-1);
  for (let i = 0; i < alphabet.length; i++) m[alphabet.charCodeAt(i)] = i;
  return m;
}

const b64map = decodeMap(b64alphabet);
const b32map = decodeMap(b32alphabet);
const PAD = 0x3d; // '='

/** Go's CorruptInputError: the offset of the first bad input byte. */
class CorruptInputError extends Error {
  constructor(
    readonly kind: string,
    readonly offset: number,
  ) {
    super(`illegal ${kind} data at input byte ${offset}`);
  }
}

export function base64Encode(src: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 3 <= src.length; i += 3) {
    const v = (src[i] << 16) | (src[i + 1] << 8) | src[i + 2];
    out += b64alphabet[(v >> 18) & 63] + b64alphabet[(v >> 12) & 63] + b64alphabet[(v >> 6) & 63] + b64alphabet[v & 63];
  }
  const rem = src.length - i;
  if (rem > 0) {
    const v = (src[i] << 16) | (rem === 2 ? src[i + 1] << 8 : 0);
    out += b64alphabet[(v >> 18) & 63] + b64alphabet[(v >> 12) & 63];
    out += rem === 2 ? b64alphabet[(v >> 6) & 63] + '=' : '==';
  }
  return out;
}

/**
 * base64.StdEncoding.DecodeString: quanta of four, '\r' and '\n' skipped anywhere,
 * padding required. Throws CorruptInputError at the offset Go reports.
 */
export function base64Decode(s: string): Uint8Array {
  const src = toBytes(s);
  const dst: number[] = [];
  let si = 0;
  while (si < src.length) {
    // decodeQuantum
    const dbuf = [0, 0, 0, 0];
    let dlen = 4;
    let trailing = -1;
    for (let j = 0; j < 4; j++) {
      if (src.length === si) {
        if (j === 0) return new Uint8Array(dst);
        // StdEncoding pads, so a short final quantum is always corrupt.
        throw new CorruptInputError('base64', si - j);
      }
      const inp = src[si];
      si++;
      const out = b64map[inp];
      if (out >= 0) {
        dbuf[j] = out;
        continue;
      }
      if (inp === 0x0a || inp === 0x0d) {
        j--;
        continue;
      }
      if (inp !== PAD) throw new CorruptInputError('base64', si - 1);
      // We've reached the end and there's padding
      switch (j) {
        case 0:
        case 1:
          // incorrect padding
          throw new CorruptInputError('base64', si - 1);
        case 2:
          // "==" is expected, the first "=" is already consumed; skip over newlines
          while (si < src.length && (src[si] === 0x0a || src[si] === 0x0d)) si++;
          if (si === src.length) throw new CorruptInputError('base64', src.length);
          if (src[si] !== PAD) throw new CorruptInputError('base64', si - 1);
          si++;
      }
      // skip over newlines
      while (si < src.length && (src[si] === 0x0a || src[si] === 0x0d)) si++;
      if (si < src.length) trailing = si; // trailing garbage
      dlen = j;
      break;
    }
    const val = (dbuf[0] << 18) | (dbuf[1] << 12) | (dbuf[2] << 6) | dbuf[3];
    const bytes = [(val >> 16) & 0xff, (val >> 8) & 0xff, val & 0xff];
    for (let k = 0; k < dlen - 1; k++) dst.push(bytes[k]);
    if (trailing >= 0) throw new CorruptInputError('base64', trailing);
    if (dlen < 4) break;
  }
  return new Uint8Array(dst);
}

export function base32Encode(src: Uint8Array): string {
  let out = '';
  for (let i = 0; i < src.length; i += 5) {
    const chunk = src.slice(i, i + 5);
    const b = new Uint8Array(5);
    b.set(chunk);
    // 40 bits as 8 groups of 5; BigInt keeps the shifts exact.
    let v = 0n;
    for (const x of b) v = (v << 8n) | BigInt(x);
    const n = [0, 2, 4, 5, 7, 8][chunk.length];
    for (let k = 0; k < 8; k++) {
      out += k < n ? b32alphabet[Number((v >> BigInt(35 - 5 * k)) & 31n)] : '=';
    }
  }
  return out;
}

/**
 * base32.StdEncoding.DecodeString: '\r' and '\n' are stripped first; padding is required
 * and ends the message. Throws CorruptInputError at the offset Go reports.
 */
export function base32Decode(s: string): Uint8Array {
  const all = toBytes(s);
  const src = all.filter((b) => b !== 0x0a && b !== 0x0d);
  const olen = src.length;
  const dst: number[] = [];
  let p = 0;
  let end = false;
  while (p < olen && !end) {
    const dbuf = new Array<number>(8).fill(0);
    let dlen = 8;
    for (let j = 0; j < 8; ) {
      if (p === olen) {
        // We have reached the end and are missing padding
        throw new CorruptInputError('base32', olen - (olen - p) - j);
      }
      const inp = src[p++];
      const left = olen - p;
      if (inp === PAD && j >= 2 && left < 8) {
        // We've reached the end and there's padding
        if (left + j < 8 - 1) throw new CorruptInputError('base32', olen); // not enough padding
        for (let k = 0; k < 8 - 1 - j; k++) {
          if (left > k && src[p + k] !== PAD) throw new CorruptInputError('base32', olen - left + k - 1); // incorrect padding
        }
        dlen = j;
        end = true;
        // 1, 3 and 6 source bytes cannot make a whole byte (RFC 4648 §6).
        if (dlen === 1 || dlen === 3 || dlen === 6) throw new CorruptInputError('base32', olen - left - 1);
        break;
      }
      const v = b32map[inp];
      if (v < 0) throw new CorruptInputError('base32', olen - left - 1);
      dbuf[j] = v;
      j++;
    }
    const out = [
      ((dbuf[0] << 3) | (dbuf[1] >> 2)) & 0xff,
      ((dbuf[1] << 6) | (dbuf[2] << 1) | (dbuf[3] >> 4)) & 0xff,
      ((dbuf[3] << 4) | (dbuf[4] >> 1)) & 0xff,
      ((dbuf[4] << 7) | (dbuf[5] << 2) | (dbuf[6] >> 3)) & 0xff,
      ((dbuf[6] << 5) | dbuf[7]) & 0xff,
    ];
    const n = { 8: 5, 7: 4, 5: 3, 4: 2, 2: 1 }[dlen] ?? 0;
    for (let k = 0; k < n; k++) dst.push(out[k]);
  }
  return new Uint8Array(dst);
}

function decodeOrError(f: (s: string) => Uint8Array, s: string): string {
  try {
    return fromBytes(f(s));
  } catch (e) {
    if (e instanceof CorruptInputError) return e.message;
    throw e;
  }
}

export const funcs: FuncMap = {
  b64enc: { params: ['string'], fn: (s: string) => base64Encode(toBytes(s)) },
  b64dec: { params: ['string'], fn: (s: string) => decodeOrError(base64Decode, s) },
  b32enc: { params: ['string'], fn: (s: string) => base32Encode(toBytes(s)) },
  b32dec: { params: ['string'], fn: (s: string) => decodeOrError(base32Decode, s) },
};
