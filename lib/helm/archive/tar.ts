// A tar reader as Go's archive/tar has it, for what chart archives hold: V7, USTAR
// (name prefix), PAX extended headers (long names, sizes) and GNU long names ('L'/'K').
// Sparse files are read as plain files. Checksums, numeric fields and PAX records are
// checked like Go does, so a damaged archive fails with Go's "archive/tar: invalid tar
// header" where Go's does.
import { fromBytes } from '../../gotemplate/utf8';
import { EOF, ErrUnexpectedEOF, GoError, type ReadResult, type Reader, readFull } from './goio';

/** tar.ErrHeader */
export const ErrHeader = new GoError('archive/tar: invalid tar header');
/** tar.ErrFieldTooLong */
const ErrFieldTooLong = new GoError('archive/tar: header field too long');

const blockSize = 512;
const maxSpecialFileSize = 1 << 20;

export const TypeReg = 0x30; // '0'
export const TypeRegA = 0x00; // '\x00', legacy regular file
export const TypeLink = 0x31; // '1'
export const TypeSymlink = 0x32; // '2'
export const TypeChar = 0x33; // '3'
export const TypeBlock = 0x34; // '4'
export const TypeDir = 0x35; // '5'
export const TypeFifo = 0x36; // '6'
export const TypeXHeader = 0x78; // 'x'
export const TypeXGlobalHeader = 0x67; // 'g'
export const TypeGNULongName = 0x4c; // 'L'
export const TypeGNULongLink = 0x4b; // 'K'

// Header formats, as Go guesses them from the magic.
const formatV7 = 1;
const formatUSTAR = 2;
const formatGNU = 4;
const formatSTAR = 8;

export interface Header {
  typeflag: number;
  name: string;
  linkname: string;
  size: number;
  mode: number;
}

/** hd.FileInfo().IsDir(): a directory by type flag or by the mode's file type bits. */
export function isDir(h: Header): boolean {
  // fs.FileMode(mode) &^ 07777 == c_ISDIR, the mode taken as Go's uint32
  const m = Number(BigInt.asUintN(32, BigInt(Math.trunc(h.mode))));
  return h.typeflag === TypeDir || (m & ~0o7777) >>> 0 === 0o40000;
}

// Bytes as a string of code units 0-255, so that lengths stay byte counts.
function latin(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 4096) s += String.fromCharCode(...b.subarray(i, i + 4096));
  return s;
}

// parseString: a NUL-terminated field, as a Go string (bytes that are not UTF-8 kept).
function parseString(b: Uint8Array): string {
  const i = b.indexOf(0);
  return fromBytes(i >= 0 ? b.subarray(0, i) : b);
}

class Parser {
  err: GoError | null = null;

  // Octal with NUL/space padding on either side, or (top bit set) base-256 two's complement.
  parseNumeric(b: Uint8Array): number {
    if (b.length > 0 && b[0] & 0x80) {
      const inv = b[0] & 0x40 ? 0xff : 0;
      let x = 0n;
      for (let i = 0; i < b.length; i++) {
        let c = b[i] ^ inv;
        if (i === 0) c &= 0x7f;
        if (x >> 56n > 0n) {
          this.err = ErrHeader; // Integer overflow
          return 0;
        }
        x = (x << 8n) | BigInt(c);
      }
      if (x >> 63n > 0n) {
        this.err = ErrHeader; // Integer overflow
        return 0;
      }
      return Number(inv === 0xff ? -x - 1n : x);
    }
    return this.parseOctal(b);
  }

  parseOctal(b: Uint8Array): number {
    let s = 0;
    let e = b.length;
    while (s < e && (b[s] === 0x20 || b[s] === 0)) s++;
    while (e > s && (b[e - 1] === 0x20 || b[e - 1] === 0)) e--;
    if (s === e) return 0;
    const t = latin(b.subarray(s, e));
    const z = t.indexOf('\0');
    const digits = z >= 0 ? t.slice(0, z) : t;
    // strconv.ParseUint(s, 8, 64)
    if (!/^[0-7]+$/.test(digits) || BigInt('0o' + digits) > 0xffffffffffffffffn) {
      this.err = ErrHeader;
      return 0;
    }
    return Number(BigInt('0o' + digits));
  }
}

// The header block's fields, by offset and length (V7, then USTAR/GNU/STAR extras).
const F = {
  name: [0, 100],
  mode: [100, 8],
  uid: [108, 8],
  gid: [116, 8],
  size: [124, 12],
  modTime: [136, 12],
  chksum: [148, 8],
  typeFlag: [156, 1],
  linkName: [157, 100],
  magic: [257, 6],
  version: [263, 2],
  userName: [265, 32],
  groupName: [297, 32],
  devMajor: [329, 8],
  devMinor: [337, 8],
  prefix: [345, 155],
  starPrefix: [345, 131],
  starAtime: [476, 12],
  starCtime: [488, 12],
  starTrailer: [508, 4],
  gnuAtime: [345, 12],
  gnuCtime: [357, 12],
} as const;

function field(blk: Uint8Array, f: readonly [number, number]): Uint8Array {
  return blk.subarray(f[0], f[0] + f[1]);
}

// The checksum counts the chksum field as spaces; old tars summed signed bytes.
function computeChecksum(blk: Uint8Array): [number, number] {
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < blockSize; i++) {
    const c = i >= 148 && i < 156 ? 0x20 : blk[i];
    unsigned += c;
    signed += c < 128 ? c : c - 256;
  }
  return [unsigned, signed];
}

// block.getFormat: checksum first, then the magic.
function getFormat(blk: Uint8Array): number {
  const p = new Parser();
  const value = p.parseOctal(field(blk, F.chksum));
  const [c1, c2] = computeChecksum(blk);
  if (p.err !== null || (value !== c1 && value !== c2)) return 0;
  const magic = latin(field(blk, F.magic));
  const version = latin(field(blk, F.version));
  const trailer = latin(field(blk, F.starTrailer));
  if (magic === 'ustar\0' && trailer === 'tar\0') return formatSTAR;
  if (magic === 'ustar\0') return formatUSTAR;
  if (magic === 'ustar ' && version === ' \0') return formatGNU;
  return formatV7;
}

function isZeroBlock(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] !== 0) return false;
  return true;
}

function isHeaderOnlyType(flag: number): boolean {
  return flag === TypeLink || flag === TypeSymlink || flag === TypeChar || flag === TypeBlock || flag === TypeDir || flag === TypeFifo;
}

// regFileReader: the data of the current entry; io.EOF inside it is an unexpected one.
class RegFileReader implements Reader {
  constructor(
    private readonly r: Reader,
    public nb: number,
  ) {}

  read(b: Uint8Array): ReadResult {
    if (b.length > this.nb) b = b.subarray(0, this.nb);
    let n = 0;
    let err: GoError | null = null;
    if (b.length > 0) {
      [n, err] = this.r.read(b);
      this.nb -= n;
    }
    if (err === EOF && this.nb > 0) return [n, ErrUnexpectedEOF];
    if (err === null && this.nb === 0) return [n, EOF];
    return [n, err];
  }
}

// tryReadFull: like io.ReadFull, but an error that came with the last bytes counts.
function tryReadFull(r: Reader, b: Uint8Array): ReadResult {
  let n = 0;
  let err: GoError | null = null;
  while (b.length > n && err === null) {
    const [nn, e] = r.read(b.subarray(n));
    n += nn;
    err = e;
  }
  if (b.length === n && err === EOF) err = null;
  return [n, err];
}

// discard: skips the unread rest of an entry.
function discard(r: Reader, n: number): GoError | null {
  const buf = new Uint8Array(Math.min(n, 32 * 1024));
  let copied = 0;
  while (copied < n) {
    const [nn, err] = r.read(buf.subarray(0, Math.min(buf.length, n - copied)));
    copied += nn;
    if (err !== null) {
      if (copied >= n) return null;
      return err === EOF ? ErrUnexpectedEOF : err;
    }
  }
  return null;
}

// readSpecialFile: a PAX or GNU long-name entry's data, at most 1 MiB.
function readSpecialFile(r: Reader): [Uint8Array, GoError | null] {
  let out = new Uint8Array(512);
  let n = 0;
  // io.ReadAll(io.LimitReader(r, maxSpecialFileSize+1))
  while (n <= maxSpecialFileSize) {
    if (n === out.length) {
      const grown = new Uint8Array(Math.min(out.length * 2, maxSpecialFileSize + 1));
      grown.set(out);
      out = grown;
    }
    const [nn, err] = r.read(out.subarray(n));
    n += nn;
    if (err === EOF) break;
    if (err !== null) return [out.slice(0, n), err];
  }
  if (n > maxSpecialFileSize) return [new Uint8Array(0), ErrFieldTooLong];
  return [out.slice(0, n), null];
}

// parsePAXRecord: "%d %s=%s\n" (length, keyword, value).
function parsePAXRecord(s: string): [string, string, string] | null {
  const sp = s.indexOf(' ');
  if (sp < 0) return null;
  const nStr = s.slice(0, sp);
  if (!/^[+-]?[0-9]+$/.test(nStr)) return null;
  let n = Number(nStr);
  if (n < 5 || n > s.length) return null;
  const rest = s.slice(sp + 1);
  n -= nStr.length + 1;
  if (n <= 0) return null;
  const rec = rest.slice(0, n - 1);
  if (rest[n - 1] !== '\n') return null;
  const eq = rec.indexOf('=');
  if (eq < 0) return null;
  const k = rec.slice(0, eq);
  const v = rec.slice(eq + 1);
  if (k === '' || k.includes('=')) return null;
  const nul = (x: string) => x.includes('\0');
  if (k === 'path' || k === 'linkpath' || k === 'uname' || k === 'gname' ? nul(v) : nul(k)) return null;
  return [k, v, rest.slice(n)];
}

// parsePAX: an extended header's records (GNU sparse 0.0 offsets folded into a map).
function parsePAX(r: Reader): [Map<string, string> | null, GoError | null] {
  const [buf, err] = readSpecialFile(r);
  if (err !== null) return [null, err];
  // PAX records are bytes; latin1 keeps their lengths for the length prefix.
  let sbuf = latin(buf);
  const hdrs = new Map<string, string>();
  const sparseMap: string[] = [];
  while (sbuf.length > 0) {
    const rec = parsePAXRecord(sbuf);
    if (rec === null) return [null, ErrHeader];
    const [k, v, rest] = rec;
    sbuf = rest;
    if (k === 'GNU.sparse.offset' || k === 'GNU.sparse.numbytes') {
      if ((sparseMap.length % 2 === 0 && k !== 'GNU.sparse.offset') || (sparseMap.length % 2 === 1 && k !== 'GNU.sparse.numbytes') || v.includes(',')) {
        return [null, ErrHeader];
      }
      sparseMap.push(v);
    } else {
      hdrs.set(k, v);
    }
  }
  if (sparseMap.length > 0) hdrs.set('GNU.sparse.map', sparseMap.join(','));
  return [hdrs, null];
}

const fromLatin = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

const INT64 = /^[+-]?[0-9]+$/;
function parseInt64(v: string): number | null {
  if (!INT64.test(v)) return null;
  const x = BigInt(v);
  if (x > 0x7fffffffffffffffn || x < -0x8000000000000000n) return null;
  return Number(x);
}

// parsePAXTime: "%d" or "%d.%d".
function validPAXTime(s: string): boolean {
  const dot = s.indexOf('.');
  const ss = dot < 0 ? s : s.slice(0, dot);
  const sn = dot < 0 ? '' : s.slice(dot + 1);
  if (parseInt64(ss) === null) return false;
  return /^[0-9]*$/.test(sn);
}

// mergePAX: the records that override header fields.
function mergePAX(hdr: Header, pax: Map<string, string> | null): GoError | null {
  if (pax === null) return null;
  for (const [k, v] of pax) {
    if (v === '') continue; // Keep the original USTAR value
    let ok = true;
    switch (k) {
      case 'path':
        hdr.name = fromBytes(fromLatin(v));
        break;
      case 'linkpath':
        hdr.linkname = fromBytes(fromLatin(v));
        break;
      case 'uid':
      case 'gid':
        ok = parseInt64(v) !== null;
        break;
      case 'atime':
      case 'mtime':
      case 'ctime':
        ok = validPAXTime(v);
        break;
      case 'size': {
        const n = parseInt64(v);
        ok = n !== null;
        if (n !== null) hdr.size = n;
        break;
      }
    }
    if (!ok) return ErrHeader;
  }
  return null;
}

/** tar.Reader: Next() to each entry, then read() its data. */
export class TarReader implements Reader {
  private err: GoError | null = null;
  private pad = 0;
  private curr: RegFileReader;
  private readonly blk = new Uint8Array(blockSize);

  constructor(private readonly r: Reader) {
    this.curr = new RegFileReader(r, 0);
  }

  /** The next entry's header; io.EOF at the end of the archive. */
  next(): [Header | null, GoError | null] {
    if (this.err !== null) return [null, this.err];
    const [hdr, err] = this.nextEntry();
    this.err = err;
    return [hdr, err];
  }

  // Internally, PAX and GNU meta entries describe the entry after them; the loop reads
  // them until a real one (or a global PAX header, which Go does return).
  private nextEntry(): [Header | null, GoError | null] {
    let paxHdrs: Map<string, string> | null = null;
    let gnuLongName = '';
    let gnuLongLink = '';
    for (;;) {
      // Discard the remainder of the file and any padding.
      let err = discard(this.r, this.curr.nb);
      if (err !== null) return [null, err];
      [, err] = tryReadFull(this.r, this.blk.subarray(0, this.pad));
      if (err !== null) return [null, err];
      this.pad = 0;

      const [hdr, err2] = this.readHeader();
      if (err2 !== null) return [null, err2];
      if ((err = this.handleRegularFile(hdr!)) !== null) return [null, err];

      switch (hdr!.typeflag) {
        case TypeXHeader:
        case TypeXGlobalHeader: {
          const [pax, err3] = parsePAX(this);
          if (err3 !== null) return [null, err3];
          paxHdrs = pax;
          if (hdr!.typeflag === TypeXGlobalHeader) {
            mergePAX(hdr!, paxHdrs);
            return [{ ...hdr!, size: 0 }, null];
          }
          continue; // This is a meta header affecting the next header
        }
        case TypeGNULongName:
        case TypeGNULongLink: {
          const [realname, err3] = readSpecialFile(this);
          if (err3 !== null) return [null, err3];
          if (hdr!.typeflag === TypeGNULongName) gnuLongName = parseString(realname);
          else gnuLongLink = parseString(realname);
          continue; // This is a meta header affecting the next header
        }
        default: {
          const h = hdr!;
          if ((err = mergePAX(h, paxHdrs)) !== null) return [null, err];
          if (gnuLongName !== '') h.name = gnuLongName;
          if (gnuLongLink !== '') h.linkname = gnuLongLink;
          if (h.typeflag === TypeRegA) {
            // Legacy archives use trailing slash for directories.
            h.typeflag = h.name.endsWith('/') ? TypeDir : TypeReg;
          }
          // The extended headers may have updated the size.
          if ((err = this.handleRegularFile(h)) !== null) return [null, err];
          return [h, null];
        }
      }
    }
  }

  private handleRegularFile(hdr: Header): GoError | null {
    const nb = isHeaderOnlyType(hdr.typeflag) ? 0 : hdr.size;
    if (nb < 0) return ErrHeader;
    this.pad = -nb & (blockSize - 1);
    this.curr = new RegFileReader(this.r, nb);
    return null;
  }

  // One header block; two zero blocks end the archive.
  private readHeader(): [Header | null, GoError | null] {
    const blk = this.blk;
    let [, err] = readFull(this.r, blk);
    if (err !== null) return [null, err]; // EOF is okay here; exactly 0 bytes read
    if (isZeroBlock(blk)) {
      [, err] = readFull(this.r, blk);
      if (err !== null) return [null, err]; // EOF is okay here; exactly 1 block read
      if (isZeroBlock(blk)) return [null, EOF]; // normal EOF; exactly 2 block read
      return [null, ErrHeader]; // Zero block and then non-zero block
    }

    const format = getFormat(blk);
    if (format === 0) return [null, ErrHeader];

    const p = new Parser();
    const hdr: Header = {
      typeflag: blk[F.typeFlag[0]],
      name: parseString(field(blk, F.name)),
      linkname: parseString(field(blk, F.linkName)),
      size: p.parseNumeric(field(blk, F.size)),
      mode: p.parseNumeric(field(blk, F.mode)),
    };
    p.parseNumeric(field(blk, F.uid));
    p.parseNumeric(field(blk, F.gid));
    p.parseNumeric(field(blk, F.modTime));

    if (format > formatV7) {
      p.parseNumeric(field(blk, F.devMajor));
      p.parseNumeric(field(blk, F.devMinor));
      let prefix = '';
      if (format === formatUSTAR) {
        prefix = parseString(field(blk, F.prefix));
      } else if (format === formatSTAR) {
        prefix = parseString(field(blk, F.starPrefix));
        p.parseNumeric(field(blk, F.starAtime));
        p.parseNumeric(field(blk, F.starCtime));
      } else if (format === formatGNU) {
        // Atime and ctime, when set, are checked on their own: a pre-Go 1.8 writer put a
        // USTAR prefix there, which is then taken as the prefix if it is ASCII.
        const p2 = new Parser();
        const at = field(blk, F.gnuAtime);
        const ct = field(blk, F.gnuCtime);
        if (at[0] !== 0) p2.parseNumeric(at);
        if (ct[0] !== 0) p2.parseNumeric(ct);
        if (p2.err !== null) {
          const s = parseString(field(blk, F.prefix));
          if (/^[\x00-\x7f]*$/.test(s)) prefix = s;
        }
      }
      if (prefix.length > 0) hdr.name = prefix + '/' + hdr.name;
    }
    return [hdr, p.err];
  }

  /** The current entry's data. */
  read(p: Uint8Array): ReadResult {
    if (this.err !== null) return [0, this.err];
    const [n, err] = this.curr.read(p);
    if (err !== null && err !== EOF) this.err = err;
    return [n, err];
  }
}
