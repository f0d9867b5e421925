// compress/flate's huffmanDecoder (RFC 1951 section 3.2.2): canonical Huffman codes
// from their lengths, decoded through a 9-bit lookup table with overflow tables for
// longer codes, as zlib does. Built the way Go builds it, so that the same streams are
// accepted and rejected.

export const maxCodeLen = 16; // max length of Huffman code
export const huffmanChunkBits = 9;
export const huffmanNumChunks = 1 << huffmanChunkBits;
export const huffmanCountMask = 15;
export const huffmanValueShift = 4;

// A chunk is value<<huffmanValueShift | code length; a length above huffmanChunkBits
// marks a link to an overflow table, whose index is then the value.
export class HuffmanDecoder {
  /** the minimum code length: bits worth reading before the first lookup */
  min = 0;
  chunks = new Uint32Array(huffmanNumChunks);
  links: Uint32Array[] = [];
  linkMask = 0;

  /**
   * Builds the tables from code lengths. False when the lengths do not form a complete
   * code (over- or under-subscribed), except for zlib's single one-bit code. An empty
   * code is accepted: decoding with it fails later, as in Go.
   */
  init(lengths: ArrayLike<number>): boolean {
    this.min = 0;
    this.chunks.fill(0);
    this.links = [];
    this.linkMask = 0;

    // Count number of codes of each length, compute min and max length.
    const count = new Array<number>(maxCodeLen).fill(0);
    let min = 0;
    let max = 0;
    for (let i = 0; i < lengths.length; i++) {
      const n = lengths[i];
      if (n === 0) continue;
      if (min === 0 || n < min) min = n;
      if (n > max) max = n;
      count[n & 15]++;
    }
    if (max === 0) return true;

    let code = 0;
    const nextcode = new Array<number>(maxCodeLen).fill(0);
    for (let i = min; i <= max; i++) {
      code <<= 1;
      nextcode[i & 15] = code;
      code += count[i & 15];
    }
    // Every 2^max bit sequence must be assigned (zlib's degenerate one-code case aside).
    if (code !== 1 << max && !(code === 1 && max === 1)) return false;

    this.min = min;
    if (max > huffmanChunkBits) {
      const numLinks = 1 << (max - huffmanChunkBits);
      this.linkMask = numLinks - 1;
      // create link tables
      const link = nextcode[huffmanChunkBits + 1] >> 1;
      this.links = new Array<Uint32Array>(huffmanNumChunks - link);
      for (let j = link; j < huffmanNumChunks; j++) {
        const reverse = reverse16(j) >> (16 - huffmanChunkBits);
        const off = j - link;
        this.chunks[reverse] = (off << huffmanValueShift) | (huffmanChunkBits + 1);
        this.links[off] = new Uint32Array(numLinks);
      }
    }

    for (let i = 0; i < lengths.length; i++) {
      const n = lengths[i];
      if (n === 0) continue;
      const c = nextcode[n];
      nextcode[n]++;
      const chunk = (i << huffmanValueShift) | n;
      let reverse = reverse16(c) >> (16 - n);
      if (n <= huffmanChunkBits) {
        for (let off = reverse; off < huffmanNumChunks; off += 1 << n) this.chunks[off] = chunk;
      } else {
        const j = reverse & (huffmanNumChunks - 1);
        const linktab = this.links[this.chunks[j] >> huffmanValueShift];
        reverse >>= huffmanChunkBits;
        for (let off = reverse; off < linktab.length; off += 1 << (n - huffmanChunkBits)) linktab[off] = chunk;
      }
    }
    return true;
  }
}

const REV8 = new Uint8Array(256);
for (let i = 0; i < 256; i++) {
  let r = 0;
  for (let b = 0; b < 8; b++) if (i & (1 << b)) r |= 0x80 >> b;
  REV8[i] = r;
}

/** bits.Reverse8 */
export function reverse8(x: number): number {
  return REV8[x & 0xff];
}

/** bits.Reverse16 */
export function reverse16(x: number): number {
  return (REV8[x & 0xff] << 8) | REV8[(x >> 8) & 0xff];
}

let fixed: HuffmanDecoder | undefined;

/** The fixed literal/length code of RFC 1951 section 3.2.6, built once. */
export function fixedHuffmanDecoder(): HuffmanDecoder {
  if (fixed === undefined) {
    const bits = new Array<number>(288);
    bits.fill(8, 0, 144);
    bits.fill(9, 144, 256);
    bits.fill(7, 256, 280);
    bits.fill(8, 280, 288);
    fixed = new HuffmanDecoder();
    fixed.init(bits);
  }
  return fixed;
}
