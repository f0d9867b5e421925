// A gzip reader (RFC 1952) as Go's compress/gzip has it: members one after another
// (multistream), each a header, a DEFLATE stream and a CRC-32/size trailer. The
// trailer is checked when a member's data ends, and the error — like a second member's
// bad header — arrives with the last bytes, so a reader that stops early (archive/tar
// after its end-of-archive blocks) never sees it.
import { ByteBuffer, EOF, ErrUnexpectedEOF, GoError, type ReadResult, type Reader, readAll, readFull } from './goio';
import { Decompressor } from './inflate';

/** gzip.ErrChecksum */
export const ErrChecksum = new GoError('gzip: invalid checksum');
/** gzip.ErrHeader */
export const ErrHeader = new GoError('gzip: invalid header');

const gzipID1 = 0x1f;
const gzipID2 = 0x8b;
const gzipDeflate = 8;
const flagHdrCrc = 1 << 1;
const flagExtra = 1 << 2;
const flagName = 1 << 3;
const flagComment = 1 << 4;

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[i] = c >>> 0;
  }
  return t;
})();

/** crc32.Update(crc, crc32.IEEETable, p) */
export function crc32Update(crc: number, p: Uint8Array): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < p.length; i++) c = CRC_TABLE[(c ^ p[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

function get4(p: Uint8Array, i: number): number {
  return (p[i] | (p[i + 1] << 8) | (p[i + 2] << 16) | (p[i + 3] << 24)) >>> 0;
}

/** gzip.Reader over a whole input (gzip.NewReader reads the first header at once). */
export class GzipReader implements Reader {
  private decompressor!: Decompressor;
  private digest = 0; // CRC-32, IEEE polynomial (section 8)
  private size = 0; // Uncompressed size (section 2.3.1)
  private readonly buf = new Uint8Array(512);
  private err: GoError | null = null;

  private constructor(private readonly r: ByteBuffer) {}

  /** gzip.NewReader: the reader, or the error reading the first header (io.EOF when empty). */
  static open(data: Uint8Array): [GzipReader | null, GoError | null] {
    const z = new GzipReader(new ByteBuffer(data));
    const err = z.readHeader();
    return err === null ? [z, null] : [null, err];
  }

  // Strings are NUL-terminated and at most 511 bytes long.
  private readString(): GoError | null {
    for (let i = 0; ; i++) {
      if (i >= this.buf.length) return ErrHeader;
      const c = this.r.readByte();
      if (c < 0) return EOF;
      this.buf[i] = c;
      if (c === 0) return null;
    }
  }

  private read2(): [number, GoError | null] {
    const [, err] = readFull(this.r, this.buf.subarray(0, 2));
    if (err !== null) return [0, err === EOF ? ErrUnexpectedEOF : err];
    return [this.buf[0] | (this.buf[1] << 8), null];
  }

  // Member header: ID1 ID2 CM FLG MTIME[4] XFL OS, then FEXTRA, FNAME, FCOMMENT, FHCRC
  // as the flags say.
  private readHeader(): GoError | null {
    const [, err] = readFull(this.r, this.buf.subarray(0, 10));
    // io.EOF here is fine: a gzip file is zero or more members.
    if (err !== null) return err;
    const b = this.buf;
    if (b[0] !== gzipID1 || b[1] !== gzipID2 || b[2] !== gzipDeflate) return ErrHeader;
    const flg = b[3];
    let digest = crc32Update(0, b.subarray(0, 10));
    // FHCRC covers the header bytes read so far; only the fixed part is summed, as in Go.
    if (flg & flagExtra) {
      const [n, err2] = this.read2();
      if (err2 !== null) return err2;
      const data = new Uint8Array(n);
      const [, err3] = readFull(this.r, data);
      if (err3 !== null) return err3 === EOF ? ErrUnexpectedEOF : err3;
    }
    if (flg & flagName) {
      const err2 = this.readString();
      if (err2 !== null) return err2;
    }
    if (flg & flagComment) {
      const err2 = this.readString();
      if (err2 !== null) return err2;
    }
    if (flg & flagHdrCrc) {
      const [n, err2] = this.read2();
      if (err2 !== null) return err2;
      if (n !== (digest & 0xffff)) return ErrHeader;
    }
    digest = 0;
    this.digest = digest;
    this.decompressor = new Decompressor(this.r);
    return null;
  }

  read(p: Uint8Array): ReadResult {
    if (this.err !== null) return [0, this.err];
    let n: number;
    [n, this.err] = this.decompressor.read(p);
    this.digest = crc32Update(this.digest, p.subarray(0, n));
    this.size = (this.size + n) >>> 0;
    // In the normal case we return here.
    if (this.err !== EOF) return [n, this.err];

    // Finished file; check checksum and size.
    const [, err] = readFull(this.r, this.buf.subarray(0, 8));
    if (err !== null) {
      this.err = err === EOF ? ErrUnexpectedEOF : err;
      return [n, this.err];
    }
    if (get4(this.buf, 0) !== this.digest || get4(this.buf, 4) !== this.size) {
      this.err = ErrChecksum;
      return [n, this.err];
    }
    this.digest = 0;
    this.size = 0;

    // File is ok; check if there is another.
    this.err = this.readHeader();
    if (this.err !== null) return [n, this.err];
    // Read from next file, if necessary.
    if (n > 0) return [n, null];
    return this.read(p);
  }
}

/**
 * Decompresses a whole gzip file (all members). Throws GoError with Go's text when it is
 * not gzip, corrupt or truncated.
 */
export function gunzip(data: Uint8Array): Uint8Array {
  const [z, err] = GzipReader.open(data);
  if (err !== null) throw err;
  return readAll(z!);
}
