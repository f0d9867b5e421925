// Go's io contract, which the archive readers below keep because Helm's errors depend on
// it: Read returns (n, err) and may hand over the last bytes of a stream together with
// the error that ends it; io.ReadFull forgets that error when the buffer was filled,
// while archive/tar's tryReadFull and its file reader pass it on. A chart archive that
// is cut short or corrupt fails — or, surprisingly, does not — exactly where Helm's does.

/** A Go error value; `message` is what err.Error() returns. */
export class GoError extends Error {}

/** io.EOF */
export const EOF = new GoError('EOF');
/** io.ErrUnexpectedEOF */
export const ErrUnexpectedEOF = new GoError('unexpected EOF');

/** The result of a Go Read: bytes read and the error (null for nil). */
export type ReadResult = [n: number, err: GoError | null];

/** io.Reader */
export interface Reader {
  read(p: Uint8Array): ReadResult;
}

/** io.ReadAll: every byte up to EOF; any other error is thrown. */
export function readAll(r: Reader): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const buf = new Uint8Array(32 * 1024);
  for (;;) {
    const [n, err] = r.read(buf);
    if (n > 0) {
      chunks.push(buf.slice(0, n));
      total += n;
    }
    if (err === EOF) break;
    if (err !== null) throw err;
  }
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}

/**
 * bytes.Buffer over the whole input, as Helm hands a packaged subchart to the gzip
 * reader. Being a ByteReader, neither gzip nor flate buffers it, so every byte consumed
 * is accounted for (flate's error offsets count them). Fields are public for the
 * decompressor's byte loop.
 */
export class ByteBuffer implements Reader {
  pos = 0;

  constructor(readonly data: Uint8Array) {}

  read(p: Uint8Array): ReadResult {
    if (p.length === 0) return [0, null];
    if (this.pos >= this.data.length) return [0, EOF];
    const n = Math.min(p.length, this.data.length - this.pos);
    p.set(this.data.subarray(this.pos, this.pos + n));
    this.pos += n;
    return [n, null];
  }

  /** ReadByte: the next byte, or -1 at the end (io.EOF). */
  readByte(): number {
    return this.pos < this.data.length ? this.data[this.pos++] : -1;
  }
}

/** io.ReadAtLeast(r, buf, len(buf)): a filled buffer wins over the error that came with it. */
export function readFull(r: Reader, buf: Uint8Array): ReadResult {
  let n = 0;
  let err: GoError | null = null;
  while (n < buf.length && err === null) {
    const [nn, e] = r.read(buf.subarray(n));
    n += nn;
    err = e;
  }
  if (n >= buf.length) err = null;
  else if (n > 0 && err === EOF) err = ErrUnexpectedEOF;
  return [n, err];
}

/** noEOF: io.EOF in the middle of a structure is io.ErrUnexpectedEOF. */
export function noEOF(err: GoError): GoError {
  return err === EOF ? ErrUnexpectedEOF : err;
}
