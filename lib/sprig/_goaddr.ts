// net/netip.ParseAddr with Go's error texts, and net.ParseIP built on it. url.Parse uses
// it for bracketed hosts; the certificate functions use ParseIP for their IP SANs.
import { quote as strconvQuote } from '../gotemplate/strconv';

export interface Addr {
  /** 4 bytes for IPv4, 16 for IPv6 (an IPv4-mapped address stays 16 bytes) */
  bytes: Uint8Array;
  zone: string;
}

export class AddrError extends Error {
  constructor(inp: string, msg: string, at = '') {
    super(`ParseAddr(${strconvQuote(inp)}): ${msg}` + (at !== '' ? ` (at ${strconvQuote(at)})` : ''));
  }
}

/** netip.ParseAddr. Throws AddrError. */
export function parseAddr(s: string): Addr {
  for (let i = 0; i < s.length; i++) {
    switch (s[i]) {
      case '.':
        return parseIPv4(s);
      case ':':
        return parseIPv6(s);
      case '%':
        // Assume that this was trying to be an IPv6 address with a zone specifier, but
        // the address is missing.
        throw new AddrError(s, 'missing IPv6 address');
    }
  }
  throw new AddrError(s, 'unable to parse IP');
}

// parseIPv4 parses s as an IPv4 address (in form "192.168.0.1").
function parseIPv4(s: string): Addr {
  const fields = new Uint8Array(4);
  let val = 0;
  let pos = 0;
  let digLen = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c >= '0' && c <= '9') {
      if (digLen === 1 && val === 0) throw new AddrError(s, 'IPv4 field has octet with leading zero');
      val = val * 10 + (s.charCodeAt(i) - 48);
      digLen++;
      if (val > 255) throw new AddrError(s, 'IPv4 field has value >255');
    } else if (c === '.') {
      // .1.2.3  1.2.3.  1..2.3
      if (i === 0 || i === s.length - 1 || s[i - 1] === '.') throw new AddrError(s, 'IPv4 field must have at least one digit', s.slice(i));
      // 1.2.3.4.5
      if (pos === 3) throw new AddrError(s, 'IPv4 address too long');
      fields[pos++] = val;
      val = 0;
      digLen = 0;
    } else {
      throw new AddrError(s, 'unexpected character', s.slice(i));
    }
  }
  if (pos < 3) throw new AddrError(s, 'IPv4 address too short');
  fields[3] = val;
  return { bytes: fields, zone: '' };
}

// parseIPv6 parses s as an IPv6 address (in form "2001:db8::68").
function parseIPv6(inp: string): Addr {
  let s = inp;
  let zone = '';
  const pct = s.indexOf('%');
  if (pct !== -1) {
    zone = s.slice(pct + 1);
    s = s.slice(0, pct);
    // Not allowed to have an empty zone if explicitly specified.
    if (zone === '') throw new AddrError(inp, 'zone must be a non-empty string');
  }
  const ip = new Uint8Array(16);
  let ellipsis = -1;
  // Might have leading ellipsis
  if (s.length >= 2 && s[0] === ':' && s[1] === ':') {
    ellipsis = 0;
    s = s.slice(2);
    if (s.length === 0) return { bytes: ip, zone };
  }
  let i = 0;
  while (i < 16) {
    let off = 0;
    let acc = 0;
    for (; off < s.length; off++) {
      const d = parseInt(s[off], 16);
      if (Number.isNaN(d) || !/[0-9a-fA-F]/.test(s[off])) break;
      acc = acc * 16 + d;
      if (acc > 0xffff) throw new AddrError(inp, 'IPv6 field has value >=2^16', s);
    }
    if (off === 0) throw new AddrError(inp, 'each colon-separated field must have at least one digit', s);
    // If followed by dot, might be in trailing IPv4.
    if (off < s.length && s[off] === '.') {
      if (ellipsis < 0 && i !== 12) throw new AddrError(inp, 'embedded IPv4 address must replace the final 2 fields of the address', s);
      if (i + 4 > 16) throw new AddrError(inp, 'too many hex fields to fit an embedded IPv4 at the end of the address', s);
      let ip4: Addr;
      try {
        ip4 = parseIPv4(s);
      } catch (e) {
        throw new AddrError(inp, (e as Error).message, s);
      }
      ip.set(ip4.bytes, i);
      s = '';
      i += 4;
      break;
    }
    ip[i] = acc >> 8;
    ip[i + 1] = acc & 0xff;
    i += 2;
    s = s.slice(off);
    if (s.length === 0) break;
    // Otherwise must be followed by colon and more.
    if (s[0] !== ':') throw new AddrError(inp, 'unexpected character, want colon', s);
    else if (s.length === 1) throw new AddrError(inp, 'colon must be followed by more characters', s);
    s = s.slice(1);
    // Look for ellipsis.
    if (s[0] === ':') {
      if (ellipsis >= 0) throw new AddrError(inp, 'multiple :: in address', s);
      ellipsis = i;
      s = s.slice(1);
      if (s.length === 0) break;
    }
  }
  if (s.length !== 0) throw new AddrError(inp, 'trailing garbage after address', s);
  if (i < 16) {
    if (ellipsis < 0) throw new AddrError(inp, 'address string too short');
    const n = 16 - i;
    for (let j = i - 1; j >= ellipsis; j--) ip[j + n] = ip[j];
    for (let j = ellipsis + n - 1; j >= ellipsis; j--) ip[j] = 0;
  } else if (ellipsis >= 0) {
    throw new AddrError(inp, 'the :: must expand to at least one field of zeros');
  }
  return { bytes: ip, zone };
}

/** net.ParseIP: the 16-byte form (IPv4 as ::ffff:a.b.c.d), or undefined. */
export function parseIP(s: string): Uint8Array | undefined {
  let a: Addr;
  try {
    a = parseAddr(s);
  } catch {
    return undefined;
  }
  if (a.zone !== '') return undefined;
  if (a.bytes.length === 16) return a.bytes;
  const out = new Uint8Array(16);
  out[10] = 0xff;
  out[11] = 0xff;
  out.set(a.bytes, 12);
  return out;
}
