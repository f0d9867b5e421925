// Test helper: hand-built tar archives (USTAR, GNU, V7, PAX, GNU long names, broken
// headers) for what `helm package` never writes, gzipped with Node's zlib.
import { gzipSync } from 'node:zlib';

export interface TarEntry {
  name: string;
  data?: string | Uint8Array;
  /** type flag character: '0' file (default), '5' directory, 'x' PAX, 'L' GNU long name, … */
  type?: string;
  mode?: number;
  /** the size field, when it should not be the data's length */
  size?: number;
  /** USTAR prefix field */
  prefix?: string;
  /** 'ustar' (default), 'gnu' or 'v7' magic */
  format?: 'ustar' | 'gnu' | 'v7';
  /** damage the header checksum */
  badChecksum?: boolean;
  /** raw 12-byte size field (e.g. base-256) */
  rawSize?: Uint8Array;
}

const enc = new TextEncoder();
const bytes = (d: string | Uint8Array | undefined) => (d === undefined ? new Uint8Array(0) : typeof d === 'string' ? enc.encode(d) : d);

function put(b: Uint8Array, off: number, len: number, s: string | Uint8Array): void {
  const v = bytes(s);
  b.set(v.subarray(0, len), off);
}

const octal = (n: number, width: number) => n.toString(8).padStart(width - 1, '0') + '\0';

export function tarHeader(e: TarEntry): Uint8Array {
  const b = new Uint8Array(512);
  const data = bytes(e.data);
  put(b, 0, 100, e.name);
  put(b, 100, 8, octal(e.mode ?? (e.type === '5' ? 0o755 : 0o644), 8));
  put(b, 108, 8, octal(0, 8));
  put(b, 116, 8, octal(0, 8));
  if (e.rawSize) b.set(e.rawSize, 124);
  else put(b, 124, 12, octal(e.size ?? data.length, 12));
  put(b, 136, 12, octal(1_700_000_000, 12));
  put(b, 156, 1, e.type ?? '0');
  const format = e.format ?? 'ustar';
  if (format === 'ustar') {
    put(b, 257, 6, 'ustar\0');
    put(b, 263, 2, '00');
    if (e.prefix) put(b, 345, 155, e.prefix);
  } else if (format === 'gnu') {
    put(b, 257, 8, 'ustar  \0');
  }
  if (format !== 'v7') {
    put(b, 329, 8, octal(0, 8));
    put(b, 337, 8, octal(0, 8));
  }
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : b[i];
  put(b, 148, 8, octal(e.badChecksum ? sum + 1 : sum, 7) + ' ');
  return b;
}

/** One entry: header plus data padded to whole blocks. */
export function tarEntry(e: TarEntry): Uint8Array {
  const data = bytes(e.data);
  const padded = new Uint8Array(Math.ceil(data.length / 512) * 512);
  padded.set(data);
  return concat(tarHeader(e), padded);
}

/** A PAX extended header entry ('x') with the given records. */
export function paxEntry(records: Record<string, string>): Uint8Array {
  let body = '';
  for (const [k, v] of Object.entries(records)) {
    const rest = ` ${k}=${v}\n`;
    const restLen = enc.encode(rest).length;
    let n = restLen + 1;
    while (String(n).length + restLen !== n) n = String(n).length + restLen;
    body += n + rest;
  }
  return tarEntry({ name: 'PaxHeaders/x', type: 'x', data: body });
}

/** A GNU long name entry ('L') naming the next entry. */
export function gnuLongName(name: string): Uint8Array {
  return tarEntry({ name: '././@LongLink', type: 'L', data: name + '\0', format: 'gnu' });
}

/** Entries (already encoded) followed by the two zero blocks that end an archive. */
export function tar(...parts: Uint8Array[]): Uint8Array {
  return concat(...parts, new Uint8Array(1024));
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

export function gzip(data: Uint8Array): Uint8Array {
  return new Uint8Array(gzipSync(data));
}

/** A gzipped tar of simple files: name → content. */
export function tgz(files: Record<string, string | Uint8Array>): Uint8Array {
  return gzip(tar(...Object.entries(files).map(([name, data]) => tarEntry({ name, data }))));
}
