// Sprig's random strings (goutils' CryptoRandom*) and randBytes (randInt is in math.ts). All read a
// cryptographic random source (crypto.getRandomValues, in browsers and Node 20) and are
// nondeterministic. Lengths count characters; every alphabet here is ASCII.
import { type FuncMap, FuncError } from '../gotemplate/value';
import { base64Encode } from './encoding';

/** Random bytes from the platform's cryptographic source. */
export function randomBytes(n: number): Uint8Array {
  const out = new Uint8Array(n);
  // getRandomValues fills at most 65536 bytes per call.
  for (let i = 0; i < n; i += 65536) crypto.getRandomValues(out.subarray(i, Math.min(n, i + 65536)));
  return out;
}

/** A uniform integer in [0, n), n <= 2^32, without modulo bias. */
export function randomInt(n: number): number {
  if (n <= 1) return 0;
  const limit = Math.floor(0x100000000 / n) * n;
  const buf = new Uint32Array(1);
  for (;;) {
    crypto.getRandomValues(buf);
    if (buf[0] < limit) return buf[0] % n;
  }
}

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const digits = '0123456789';
// goutils draws from ' '..'z' (or 32..126 for randAscii) and keeps what fits.
const ascii = Array.from({ length: 127 - 32 }, (_, i) => String.fromCharCode(32 + i)).join('');

// A negative count is goutils' error, which Sprig drops: the result is "".
function randomString(count: bigint, alphabet: string): string {
  if (count <= 0n) return '';
  let out = '';
  for (let i = 0n; i < count; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

export const funcs: FuncMap = {
  randAlphaNum: { params: ['int'], fn: (n: bigint) => randomString(n, letters + digits), nondeterministic: true },
  randAlpha: { params: ['int'], fn: (n: bigint) => randomString(n, letters), nondeterministic: true },
  randNumeric: { params: ['int'], fn: (n: bigint) => randomString(n, digits), nondeterministic: true },
  randAscii: { params: ['int'], fn: (n: bigint) => randomString(n, ascii), nondeterministic: true },
  randBytes: {
    params: ['int'],
    fn: (n: bigint) => {
      // make([]byte, n) with n < 0 panics; template's call turns that into an error.
      if (n < 0n) throw new FuncError('runtime error: makeslice: len out of range');
      return base64Encode(randomBytes(Number(n)));
    },
    nondeterministic: true,
  },
};
