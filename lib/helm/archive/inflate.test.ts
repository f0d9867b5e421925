// The inflater and the gzip reader against Node's zlib (the reference encoder, used in
// tests only): every block type, windows beyond 32 KiB, and Go's errors for damaged input.
import { constants, deflateRawSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GoError } from './goio';
import { gunzip } from './gzip';
import { inflateRaw } from './inflate';

const enc = new TextEncoder();

// Deterministic pseudo-random bytes (xorshift) and text with a skewed alphabet, so that
// zlib picks dynamic Huffman tables.
function noise(n: number, seed = 1): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

function prose(n: number): Uint8Array {
  const words = ['kind', 'metadata', 'name', 'spec', 'replicas', 'image', 'nginx', 'port', 'value', 'template'];
  const r = noise(n, 7);
  let s = '';
  for (let i = 0; s.length < n; i++) s += words[r[i % n] % words.length] + (r[(i * 7) % n] % 9 === 0 ? '\n' : ' ');
  return enc.encode(s.slice(0, n));
}

// BTYPE of the first block: 0 stored, 1 fixed, 2 dynamic.
const firstBlockType = (d: Uint8Array) => (d[0] >> 1) & 3;

describe('inflateRaw', () => {
  const cases: { name: string; input: Uint8Array; opts: object; btype?: number }[] = [
    { name: 'empty input, fixed block', input: new Uint8Array(0), opts: {}, btype: 1 },
    { name: 'stored block', input: enc.encode('hello hello hello'), opts: { level: 0 }, btype: 0 },
    { name: 'stored blocks beyond one window', input: noise(100_000), opts: { level: 0 }, btype: 0 },
    { name: 'fixed Huffman block', input: enc.encode('hello hello hello hello'), opts: { strategy: constants.Z_FIXED }, btype: 1 },
    { name: 'fixed Huffman, long matches', input: enc.encode('ab'.repeat(5000)), opts: { strategy: constants.Z_FIXED }, btype: 1 },
    { name: 'dynamic Huffman block', input: prose(4000), opts: {}, btype: 2 },
    { name: 'dynamic Huffman beyond one window', input: prose(200_000), opts: { level: 9 }, btype: 2 },
    { name: 'Huffman only (no matches)', input: prose(50_000), opts: { strategy: constants.Z_HUFFMAN_ONLY }, btype: 2 },
    { name: 'run-length matches', input: new Uint8Array(70_000).fill(0x61), opts: { strategy: constants.Z_RLE } },
    { name: 'incompressible data', input: noise(40_000, 3), opts: { level: 6 } },
    { name: 'small window', input: prose(60_000), opts: { windowBits: 9 } },
    { name: 'sync flushes between blocks', input: prose(30_000), opts: { flush: constants.Z_SYNC_FLUSH, finishFlush: constants.Z_FINISH } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const d = new Uint8Array(deflateRawSync(c.input, c.opts));
      if (c.btype !== undefined) expect(firstBlockType(d)).toBe(c.btype);
      expect(Buffer.from(inflateRaw(d)).equals(Buffer.from(c.input))).toBe(true);
    });
  }

  const errors: { name: string; input: () => Uint8Array; wantErr: string }[] = [
    { name: 'empty stream', input: () => new Uint8Array(0), wantErr: 'unexpected EOF' },
    { name: 'reserved block type', input: () => Uint8Array.of(0x07), wantErr: 'flate: corrupt input before offset 1' },
    { name: 'stored length and its complement disagree', input: () => Uint8Array.of(0x01, 0x05, 0x00, 0x00, 0x00), wantErr: 'flate: corrupt input before offset 5' },
    { name: 'stored block cut short', input: () => Uint8Array.of(0x01, 0x05, 0x00, 0xfa, 0xff, 0x61), wantErr: 'unexpected EOF' },
    { name: 'truncated fixed block', input: () => new Uint8Array(deflateRawSync(prose(3000), { strategy: constants.Z_FIXED })).subarray(0, 40), wantErr: 'unexpected EOF' },
    { name: 'truncated dynamic header', input: () => new Uint8Array(deflateRawSync(prose(3000))).subarray(0, 3), wantErr: 'unexpected EOF' },
    // HLIT = 31 means 288 literal/length codes: more than 286. (Offsets as Helm reports
    // them for the same bytes in a gzip member.)
    { name: 'too many literal codes', input: () => Uint8Array.of(0xf5, 0xff, 0xff), wantErr: 'flate: corrupt input before offset 3' },
    // A fixed block whose first symbol is a match reaching before the start.
    { name: 'distance too far back', input: () => Uint8Array.of(0x03, 0x02, 0x00), wantErr: 'flate: corrupt input before offset 2' },
  ];
  for (const c of errors) {
    it(`error: ${c.name}`, () => {
      let err: unknown;
      try {
        inflateRaw(c.input());
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(GoError);
      expect((err as Error).message).toBe(c.wantErr);
    });
  }
});

describe('gunzip', () => {
  const text = prose(70_000);
  const gz = new Uint8Array(gzipSync(text));
  const cat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

  // A member with every optional header field: FEXTRA, FNAME, FCOMMENT and a header CRC.
  function fullHeader(body: Uint8Array): Uint8Array {
    const head = [0x1f, 0x8b, 8, 0x1e, 0, 0, 0, 0, 0, 0xff];
    const crc = crc16(Uint8Array.from(head));
    return cat(Uint8Array.from(head), Uint8Array.of(3, 0, 1, 2, 3), enc.encode('name.tar\0'), enc.encode('a comment\0'), Uint8Array.of(crc & 0xff, crc >> 8), body.subarray(10));
  }

  const cases: { name: string; input: () => Uint8Array; want?: Uint8Array; wantErr?: string }[] = [
    { name: 'one member', input: () => gz, want: text },
    { name: 'two members read as one stream', input: () => cat(gz, new Uint8Array(gzipSync(enc.encode('tail')))), want: cat(text, enc.encode('tail')) },
    { name: 'every optional header field', input: () => fullHeader(gz), want: text },
    { name: 'empty file', input: () => new Uint8Array(0), wantErr: 'EOF' },
    { name: 'short header', input: () => gz.subarray(0, 5), wantErr: 'unexpected EOF' },
    { name: 'not gzip', input: () => enc.encode('apiVersion: v2\nname: x\n'), wantErr: 'gzip: invalid header' },
    { name: 'bad checksum', input: () => cat(gz.subarray(0, gz.length - 8), Uint8Array.of(0, 0, 0, 0), gz.subarray(gz.length - 4)), wantErr: 'gzip: invalid checksum' },
    { name: 'missing trailer', input: () => gz.subarray(0, gz.length - 8), wantErr: 'unexpected EOF' },
    { name: 'garbage after the member', input: () => cat(gz, enc.encode('garbage!!!')), wantErr: 'gzip: invalid header' },
    { name: 'bad header CRC', input: () => {
      const b = fullHeader(gz);
      b[b.indexOf(0, 10 + 5 + 9 + 1) + 1] ^= 0xff;
      return b;
    }, wantErr: 'gzip: invalid header' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      if (c.wantErr !== undefined) {
        expect(() => gunzip(c.input())).toThrow(c.wantErr);
        return;
      }
      expect(Buffer.from(gunzip(c.input())).equals(Buffer.from(c.want!))).toBe(true);
    });
  }
});

// The low 16 bits of the CRC-32 of the header bytes (FHCRC).
function crc16(b: Uint8Array): number {
  let c = 0xffffffff;
  for (const x of b) {
    c ^= x;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (~c >>> 0) & 0xffff;
}
