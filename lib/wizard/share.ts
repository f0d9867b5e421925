// Share links: the wizard state in the URL fragment (never sent to a server), as
//   #v1.<base64url(deflate-raw(JSON payload))>
// The payload names a preset and carries only what differs from it, plus a checksum so
// that a tampered or truncated link is refused rather than half-loaded. The version
// prefix lets old links keep decoding when the state's shape changes.
import { sha256 } from '@noble/hashes/sha2.js';

export const SHARE_VERSION = 'v1';
/** a link longer than this is refused before any decompression work */
export const MAX_LINK_CHARS = 200_000;
/** decompressed payloads larger than this are refused (zip-bomb guard) */
export const MAX_PAYLOAD_BYTES = 2_000_000;

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

interface Payload {
  /** preset id the diff applies to */
  p: string;
  /** what differs from the preset's state */
  d: Json;
  /** first 8 bytes of sha256 over p + d, hex */
  c: string;
}

export class ShareLinkError extends Error {
  constructor(
    readonly reason: 'version' | 'corrupt' | 'tampered' | 'oversized' | 'preset',
    message: string,
  ) {
    super(message);
  }
}

const DELETED = '$cw-deleted';

/** What `next` changes relative to `base`; undefined when equal. Arrays are replaced whole. */
export function diffJson(base: Json | undefined, next: Json): Json | undefined {
  if (isObj(base) && isObj(next)) {
    const out: { [k: string]: Json } = {};
    let any = false;
    for (const k of Object.keys(next)) {
      const d = diffJson(base[k], next[k]);
      if (d !== undefined) {
        out[k] = d;
        any = true;
      }
    }
    for (const k of Object.keys(base)) {
      if (!(k in next)) {
        out[k] = DELETED;
        any = true;
      }
    }
    return any ? out : undefined;
  }
  return JSON.stringify(base) === JSON.stringify(next) ? undefined : next;
}

export function applyJson(base: Json | undefined, patch: Json | undefined): Json {
  if (patch === undefined) return clone(base ?? null);
  if (isObj(patch) && isObj(base)) {
    const out: { [k: string]: Json } = clone(base) as { [k: string]: Json };
    for (const [k, v] of Object.entries(patch)) {
      if (v === DELETED) delete out[k];
      else out[k] = applyJson(base[k], v);
    }
    return out;
  }
  if (isObj(patch)) {
    const out: { [k: string]: Json } = {};
    for (const [k, v] of Object.entries(patch)) if (v !== DELETED) out[k] = applyJson(undefined, v);
    return out;
  }
  return clone(patch);
}

function isObj(v: Json | undefined): v is { [k: string]: Json } {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function clone<T extends Json>(v: T): T {
  return v === null || typeof v !== 'object' ? v : (JSON.parse(JSON.stringify(v)) as T);
}

function checksum(p: string, d: Json): string {
  const h = sha256(new TextEncoder().encode(p + '\n' + JSON.stringify(d ?? null)));
  return Array.from(h.slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function pipe(bytes: Uint8Array, stream: { readable: ReadableStream<Uint8Array>; writable: WritableStream<BufferSource> }, limit: number): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  const written = writer.write(bytes as BufferSource).then(() => writer.close());
  written.catch(() => {});
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      throw new ShareLinkError('oversized', 'This link holds more data than a chart can have; it was not loaded.');
    }
    chunks.push(value);
  }
  await written;
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

function toBase64Url(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) throw new ShareLinkError('corrupt', 'This link is damaged (it contains characters a share link never has).');
  const b = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((s.length + 3) % 4));
  const out = new Uint8Array(b.length);
  for (let i = 0; i < b.length; i++) out[i] = b.charCodeAt(i);
  return out;
}

/** The fragment (without '#') for `state`, as a diff against the state of preset `presetId`. */
export async function encodeShare(presetId: string, presetState: Json, state: Json): Promise<string> {
  const d = diffJson(presetState, state) ?? {};
  const payload: Payload = { p: presetId, d, c: checksum(presetId, d) };
  const bytes = await pipe(new TextEncoder().encode(JSON.stringify(payload)), new CompressionStream('deflate-raw'), MAX_PAYLOAD_BYTES);
  return `${SHARE_VERSION}.${toBase64Url(bytes)}`;
}

/**
 * Decodes a fragment made by encodeShare. `presets` gives a preset's state by id.
 * Throws ShareLinkError with a message fit for the user on any defect.
 */
export async function decodeShare(fragment: string, presets: (id: string) => Json | undefined): Promise<{ presetId: string; state: Json }> {
  const f = fragment.replace(/^#/, '');
  if (f.length > MAX_LINK_CHARS) throw new ShareLinkError('oversized', 'This link is too long to be a Chartwright share link; it was not loaded.');
  const dot = f.indexOf('.');
  const version = dot < 0 ? '' : f.slice(0, dot);
  if (version !== SHARE_VERSION) {
    throw new ShareLinkError('version', `This link was made by a version of Chartwright this one cannot read (${version ? `"${version}"` : 'no version'}; expected "${SHARE_VERSION}").`);
  }
  let payload: Payload;
  try {
    const raw = await pipe(fromBase64Url(f.slice(dot + 1)), new DecompressionStream('deflate-raw'), MAX_PAYLOAD_BYTES);
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw)) as Payload;
  } catch (e) {
    if (e instanceof ShareLinkError) throw e;
    throw new ShareLinkError('corrupt', 'This link is damaged (it could not be unpacked); check that it was copied whole.');
  }
  if (!payload || typeof payload !== 'object' || typeof payload.p !== 'string' || typeof payload.c !== 'string') {
    throw new ShareLinkError('corrupt', 'This link is damaged (its contents are not a Chartwright state).');
  }
  if (checksum(payload.p, payload.d) !== payload.c) {
    throw new ShareLinkError('tampered', 'This link has been altered after it was made (its checksum does not match).');
  }
  const base = presets(payload.p);
  if (base === undefined) throw new ShareLinkError('preset', `This link starts from a preset this version does not have ("${payload.p}").`);
  return { presetId: payload.p, state: applyJson(base, payload.d) };
}
