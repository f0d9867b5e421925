// compress/flate's dictDecoder: the LZ77 sliding window of the inflater, which doubles
// as its output buffer. Output is handed out (readFlush) whenever the window fills, at
// a sync (empty stored block) and at the end — the points where Go's reader returns data,
// which decide whether an error arrives with the last bytes or on its own.

/** The window size: deflate's maximum match distance, 32 KiB. */
export const maxMatchOffset = 1 << 15;

export class DictDecoder {
  /** sliding window history */
  hist: Uint8Array;
  /** redundant, but negligible: the position where the next byte is written */
  wrPos = 0;
  /** the position up to which data has been handed out */
  rdPos = 0;
  /** whether a full window length has been written yet */
  full = false;

  constructor(size: number = maxMatchOffset) {
    this.hist = new Uint8Array(size);
  }

  /** How much history is available: what a match distance may reach back to. */
  histSize(): number {
    return this.full ? this.hist.length : this.wrPos;
  }

  /** Bytes written but not yet handed out. */
  availRead(): number {
    return this.wrPos - this.rdPos;
  }

  /** Room left before the window must be flushed. */
  availWrite(): number {
    return this.hist.length - this.wrPos;
  }

  /** The free part of the window, for a stored block to read into (then writeMark). */
  writeSlice(): Uint8Array {
    return this.hist.subarray(this.wrPos);
  }

  writeMark(cnt: number): void {
    this.wrPos += cnt;
  }

  writeByte(c: number): void {
    this.hist[this.wrPos++] = c;
  }

  /**
   * Copies a match of `length` bytes from `dist` bytes back to the write position, up to
   * the end of the window; returns how many were copied (the rest follows after a flush).
   */
  writeCopy(dist: number, length: number): number {
    const hist = this.hist;
    const dstBase = this.wrPos;
    let dstPos = dstBase;
    let srcPos = dstPos - dist;
    const endPos = Math.min(dstPos + length, hist.length);
    // The part of the source that wraps around the window's end does not overlap the
    // destination: copy it as it was.
    if (srcPos < 0) {
      srcPos += hist.length;
      const n = Math.min(endPos - dstPos, hist.length - srcPos);
      hist.copyWithin(dstPos, srcPos, srcPos + n);
      dstPos += n;
      srcPos = 0;
    }
    // A match longer than its distance repeats bytes it has just written (LZ77 runs):
    // copy forwards in pieces no longer than the distance.
    while (dstPos < endPos) {
      const n = Math.min(endPos - dstPos, dstPos - srcPos);
      hist.copyWithin(dstPos, srcPos, srcPos + n);
      dstPos += n;
    }
    this.wrPos = dstPos;
    return dstPos - dstBase;
  }

  /** The bytes written since the last flush; a full window starts over at 0. */
  readFlush(): Uint8Array {
    const toRead = this.hist.subarray(this.rdPos, this.wrPos);
    this.rdPos = this.wrPos;
    if (this.wrPos === this.hist.length) {
      this.wrPos = 0;
      this.rdPos = 0;
      this.full = true;
    }
    return toRead;
  }
}
