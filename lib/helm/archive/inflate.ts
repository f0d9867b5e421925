// DEFLATE decompression (RFC 1951) as Go's compress/flate does it: a reader that
// decodes block by block into the 32 KiB window and hands out what it has whenever the
// window fills, at a sync and at the end. Go's structure is kept (nextBlock,
// readHuffman, huffmanBlock, dataBlock, copyData, finishBlock) because what a truncated
// or corrupt stream yields before it fails, and the offset in "flate: corrupt input
// before offset N", follow from it: bytes are read one at a time, only when the next
// symbol needs more bits, and never past the end of the stream.
import { ByteBuffer, EOF, GoError, type ReadResult, type Reader, noEOF, readAll } from './goio';
import { DictDecoder, maxMatchOffset } from './dict-decoder';
import {
  HuffmanDecoder,
  fixedHuffmanDecoder,
  huffmanChunkBits,
  huffmanCountMask,
  huffmanNumChunks,
  huffmanValueShift,
  reverse8,
} from './huffman';

// The next three numbers come from the RFC section 3.2.7, with the additional proviso
// in section 3.2.5 which implies that distance codes 30 and 31 never occur.
const maxNumLit = 286;
const maxNumDist = 30;
const numCodes = 19; // number of codes in Huffman meta-code
const endBlockMarker = 256;

/** flate.CorruptInputError */
export function corruptInputError(offset: number): GoError {
  return new GoError(`flate: corrupt input before offset ${offset}`);
}

/** flate.InternalError */
function internalError(msg: string): GoError {
  return new GoError(`flate: internal error: ${msg}`);
}

// RFC 1951 section 3.2.7: the order in which code length code lengths are sent.
const codeOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

type Step = 'nextBlock' | 'huffmanBlock' | 'copyData';
const stateInit = 0;
const stateDict = 1;
const EMPTY = new Uint8Array(0);

/** flate.NewReader over a byte source: the decompressed stream as an io.Reader. */
export class Decompressor implements Reader {
  /** compressed bytes consumed so far: the offset Go's errors report */
  roffset = 0;
  private readonly h1 = new HuffmanDecoder();
  private readonly h2 = new HuffmanDecoder();
  private readonly bits = new Int32Array(maxNumLit + maxNumDist);
  private readonly codebits = new Int32Array(numCodes);
  private readonly dict = new DictDecoder(maxMatchOffset);
  private step: Step = 'nextBlock';
  private stepState = stateInit;
  private err: GoError | null = null;
  private toRead: Uint8Array = EMPTY;
  private hl: HuffmanDecoder | null = null;
  private hd: HuffmanDecoder | null = null;
  private copyLen = 0;
  private copyDist = 0;
  // Input bits, in the low end of b.
  private b = 0;
  private nb = 0;
  private final = false;

  constructor(private readonly r: ByteBuffer) {}

  read(p: Uint8Array): ReadResult {
    for (;;) {
      if (this.toRead.length > 0) {
        const n = Math.min(p.length, this.toRead.length);
        p.set(this.toRead.subarray(0, n));
        this.toRead = this.toRead.subarray(n);
        // The last bytes before an error (io.EOF included) come with it.
        if (this.toRead.length === 0) return [n, this.err];
        return [n, null];
      }
      if (this.err !== null) return [0, this.err];
      this.doStep();
      // Flush what's left in case of error.
      if (this.err !== null && this.toRead.length === 0) this.toRead = this.dict.readFlush();
    }
  }

  private doStep(): void {
    switch (this.step) {
      case 'nextBlock':
        return this.nextBlock();
      case 'huffmanBlock':
        return this.huffmanBlock();
      case 'copyData':
        return this.copyData();
    }
  }

  // moreBits: one more byte of input into the bit buffer.
  private moreBits(): GoError | null {
    const c = this.r.readByte();
    if (c < 0) return noEOF(EOF);
    this.roffset++;
    this.b |= c << this.nb;
    this.nb += 8;
    return null;
  }

  // Block header: BFINAL[1] BTYPE[2].
  private nextBlock(): void {
    while (this.nb < 1 + 2) {
      if ((this.err = this.moreBits()) !== null) return;
    }
    this.final = (this.b & 1) === 1;
    this.b >>>= 1;
    const typ = this.b & 3;
    this.b >>>= 2;
    this.nb -= 1 + 2;
    switch (typ) {
      case 0:
        this.dataBlock();
        break;
      case 1:
        // compressed, fixed Huffman tables
        this.hl = fixedHuffmanDecoder();
        this.hd = null;
        this.stepState = stateInit;
        this.huffmanBlock();
        break;
      case 2:
        // compressed, dynamic Huffman tables
        if ((this.err = this.readHuffman()) !== null) break;
        this.hl = this.h1;
        this.hd = this.h2;
        this.stepState = stateInit;
        this.huffmanBlock();
        break;
      default:
        // 3 is reserved.
        this.err = corruptInputError(this.roffset);
    }
  }

  // Dynamic block header (RFC 1951 section 3.2.7):
  //   HLIT[5] HDIST[5] HCLEN[4], (HCLEN+4)×3-bit code length code lengths,
  //   then HLIT+257 literal/length and HDIST+1 distance code lengths in that code.
  private readHuffman(): GoError | null {
    while (this.nb < 5 + 5 + 4) {
      const err = this.moreBits();
      if (err !== null) return err;
    }
    const nlit = (this.b & 0x1f) + 257;
    if (nlit > maxNumLit) return corruptInputError(this.roffset);
    this.b >>>= 5;
    const ndist = (this.b & 0x1f) + 1;
    if (ndist > maxNumDist) return corruptInputError(this.roffset);
    this.b >>>= 5;
    const nclen = (this.b & 0xf) + 4;
    this.b >>>= 4;
    this.nb -= 5 + 5 + 4;

    for (let i = 0; i < nclen; i++) {
      while (this.nb < 3) {
        const err = this.moreBits();
        if (err !== null) return err;
      }
      this.codebits[codeOrder[i]] = this.b & 0x7;
      this.b >>>= 3;
      this.nb -= 3;
    }
    for (let i = nclen; i < codeOrder.length; i++) this.codebits[codeOrder[i]] = 0;
    if (!this.h1.init(this.codebits)) return corruptInputError(this.roffset);

    const bits = this.bits;
    for (let i = 0, n = nlit + ndist; i < n; ) {
      const [x, err] = this.huffSym(this.h1);
      if (err !== null) return err;
      if (x < 16) {
        // Actual length.
        bits[i++] = x;
        continue;
      }
      // Repeat previous length or zero.
      let rep: number;
      let nb: number;
      let b: number;
      switch (x) {
        case 16:
          rep = 3;
          nb = 2;
          if (i === 0) return corruptInputError(this.roffset);
          b = bits[i - 1];
          break;
        case 17:
          rep = 3;
          nb = 3;
          b = 0;
          break;
        case 18:
          rep = 11;
          nb = 7;
          b = 0;
          break;
        default:
          return internalError('unexpected length code');
      }
      while (this.nb < nb) {
        const err2 = this.moreBits();
        if (err2 !== null) return err2;
      }
      rep += this.b & ((1 << nb) - 1);
      this.b >>>= nb;
      this.nb -= nb;
      if (i + rep > n) return corruptInputError(this.roffset);
      for (let j = 0; j < rep; j++) bits[i++] = b;
    }

    if (!this.h1.init(bits.subarray(0, nlit)) || !this.h2.init(bits.subarray(nlit, nlit + ndist))) {
      return corruptInputError(this.roffset);
    }
    // Every block ends with an end-of-block code, so reading that many bits before the
    // first lookup never reads past the end of the stream.
    if (this.h1.min < bits[endBlockMarker]) this.h1.min = bits[endBlockMarker];
    return null;
  }

  // Literals and (length, distance) pairs until the end-of-block code (section 3.2.3);
  // pauses whenever the window is full, resuming in the middle of a copy if need be.
  private huffmanBlock(): void {
    const hl = this.hl!;
    if (this.stepState === stateDict) {
      if (this.copyHistory()) return;
    }
    for (;;) {
      const [v, err] = this.huffSym(hl);
      if (err !== null) {
        this.err = err;
        return;
      }
      let n: number; // number of bits extra
      let length: number;
      if (v < 256) {
        this.dict.writeByte(v);
        if (this.dict.availWrite() === 0) {
          this.toRead = this.dict.readFlush();
          this.step = 'huffmanBlock';
          this.stepState = stateInit;
          return;
        }
        continue;
      } else if (v === 256) {
        this.finishBlock();
        return;
      } else if (v < 265) {
        length = v - (257 - 3);
        n = 0;
      } else if (v < 269) {
        length = v * 2 - (265 * 2 - 11);
        n = 1;
      } else if (v < 273) {
        length = v * 4 - (269 * 4 - 19);
        n = 2;
      } else if (v < 277) {
        length = v * 8 - (273 * 8 - 35);
        n = 3;
      } else if (v < 281) {
        length = v * 16 - (277 * 16 - 67);
        n = 4;
      } else if (v < 285) {
        length = v * 32 - (281 * 32 - 131);
        n = 5;
      } else if (v < maxNumLit) {
        length = 258;
        n = 0;
      } else {
        this.err = corruptInputError(this.roffset);
        return;
      }
      if (n > 0) {
        while (this.nb < n) {
          if ((this.err = this.moreBits()) !== null) return;
        }
        length += this.b & ((1 << n) - 1);
        this.b >>>= n;
        this.nb -= n;
      }

      let dist: number;
      if (this.hd === null) {
        while (this.nb < 5) {
          if ((this.err = this.moreBits()) !== null) return;
        }
        dist = reverse8((this.b & 0x1f) << 3);
        this.b >>>= 5;
        this.nb -= 5;
      } else {
        const [d, err2] = this.huffSym(this.hd);
        if (err2 !== null) {
          this.err = err2;
          return;
        }
        dist = d;
      }

      if (dist < 4) {
        dist++;
      } else if (dist < maxNumDist) {
        const nb = (dist - 2) >> 1;
        // have 1 bit in bottom of dist, need nb more.
        let extra = (dist & 1) << nb;
        while (this.nb < nb) {
          if ((this.err = this.moreBits()) !== null) return;
        }
        extra |= this.b & ((1 << nb) - 1);
        this.b >>>= nb;
        this.nb -= nb;
        dist = (1 << (nb + 1)) + 1 + extra;
      } else {
        this.err = corruptInputError(this.roffset);
        return;
      }

      // No check on length; encoding can be prescient.
      if (dist > this.dict.histSize()) {
        this.err = corruptInputError(this.roffset);
        return;
      }
      this.copyLen = length;
      this.copyDist = dist;
      if (this.copyHistory()) return;
    }
  }

  // The backwards copy of a match (section 3.2.3); true when it paused on a full window.
  private copyHistory(): boolean {
    const cnt = this.dict.writeCopy(this.copyDist, this.copyLen);
    this.copyLen -= cnt;
    if (this.dict.availWrite() === 0 || this.copyLen > 0) {
      this.toRead = this.dict.readFlush();
      this.step = 'huffmanBlock'; // We need to continue this work
      this.stepState = stateDict;
      return true;
    }
    this.stepState = stateInit;
    return false;
  }

  // Stored block (section 3.2.4): to a byte boundary, LEN[2] NLEN[2], LEN raw bytes.
  private dataBlock(): void {
    // Discard current partial byte; whole bytes left in the bit buffer are LEN/NLEN.
    const left = this.nb & 7;
    this.nb -= left;
    this.b >>>= left;
    const offBytes = this.nb >> 3;
    const buf = new Uint8Array(4);
    buf[0] = this.b & 0xff;
    buf[1] = (this.b >>> 8) & 0xff;
    buf[2] = (this.b >>> 16) & 0xff;
    buf[3] = (this.b >>> 24) & 0xff;
    this.roffset += offBytes;
    this.nb = 0;
    this.b = 0;

    // Length then ones-complement of length.
    let nr = 0;
    let err: GoError | null = null;
    for (let i = offBytes; i < 4; i++) {
      const c = this.r.readByte();
      if (c < 0) {
        err = nr > 0 ? noEOF(EOF) : EOF;
        break;
      }
      buf[i] = c;
      nr++;
    }
    this.roffset += nr;
    if (err !== null) {
      this.err = noEOF(err);
      return;
    }
    const n = buf[0] | (buf[1] << 8);
    const nn = buf[2] | (buf[3] << 8);
    if (nn !== (~n & 0xffff)) {
      this.err = corruptInputError(this.roffset);
      return;
    }
    if (n === 0) {
      this.toRead = this.dict.readFlush();
      this.finishBlock();
      return;
    }
    this.copyLen = n;
    this.copyData();
  }

  // The raw bytes of a stored block into the window, pausing when it is full.
  private copyData(): void {
    let buf = this.dict.writeSlice();
    if (buf.length > this.copyLen) buf = buf.subarray(0, this.copyLen);
    const src = this.r;
    const cnt = Math.min(buf.length, src.data.length - src.pos);
    buf.set(src.data.subarray(src.pos, src.pos + cnt));
    src.pos += cnt;
    this.roffset += cnt;
    this.copyLen -= cnt;
    this.dict.writeMark(cnt);
    if (cnt < buf.length) {
      this.err = noEOF(EOF);
      return;
    }
    if (this.dict.availWrite() === 0 || this.copyLen > 0) {
      this.toRead = this.dict.readFlush();
      this.step = 'copyData';
      return;
    }
    this.finishBlock();
  }

  private finishBlock(): void {
    if (this.final) {
      if (this.dict.availRead() > 0) this.toRead = this.dict.readFlush();
      this.err = EOF;
    }
    this.step = 'nextBlock';
  }

  // The next symbol of code h: at least h.min bits are read first, then one byte more
  // at a time while the table says the code is longer than the bits at hand.
  private huffSym(h: HuffmanDecoder): [number, GoError | null] {
    let n = h.min;
    let nb = this.nb;
    let b = this.b;
    for (;;) {
      while (nb < n) {
        const c = this.r.readByte();
        if (c < 0) {
          this.b = b;
          this.nb = nb;
          return [0, noEOF(EOF)];
        }
        this.roffset++;
        b |= c << (nb & 31);
        nb += 8;
      }
      let chunk = h.chunks[b & (huffmanNumChunks - 1)];
      n = chunk & huffmanCountMask;
      if (n > huffmanChunkBits) {
        chunk = h.links[chunk >>> huffmanValueShift][(b >>> huffmanChunkBits) & h.linkMask];
        n = chunk & huffmanCountMask;
      }
      if (n <= nb) {
        if (n === 0) {
          this.b = b;
          this.nb = nb;
          this.err = corruptInputError(this.roffset);
          return [0, this.err];
        }
        this.b = b >>> n;
        this.nb = nb - n;
        return [chunk >>> huffmanValueShift, null];
      }
    }
  }
}

/**
 * Inflates a whole raw DEFLATE stream (tests, tools). Throws GoError with Go's text on a
 * corrupt or truncated stream.
 */
export function inflateRaw(data: Uint8Array): Uint8Array {
  const f = new Decompressor(new ByteBuffer(data));
  return readAll(f);
}
