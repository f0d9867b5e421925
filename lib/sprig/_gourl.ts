// net/url as Go 1.25.9 has it: Parse (with the bracketed-host validation of
// CVE-2025-47912, without the later strict-colon rule) and URL.String. Escaping works on
// UTF-8 bytes, as Go's does.
import { parseAddr } from './_goaddr';
import { quote as strconvQuote, quoteBytes } from '../gotemplate/strconv';
import { fromBytes, toBytes } from '../gotemplate/utf8';

export interface Userinfo {
  username: string;
  password: string;
  passwordSet: boolean;
}

export interface URL {
  scheme: string;
  opaque: string;
  user?: Userinfo;
  host: string;
  path: string;
  rawPath: string;
  omitHost: boolean;
  forceQuery: boolean;
  rawQuery: string;
  fragment: string;
  rawFragment: string;
}

export class URLError extends Error {}

const enum Mode {
  Path = 1,
  PathSegment,
  Host,
  Zone,
  UserPassword,
  QueryComponent,
  Fragment,
}

const upperhex = '0123456789ABCDEF';

function ishex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

function unhex(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 97 + 10;
  if (c >= 65 && c <= 70) return c - 65 + 10;
  return 0;
}

const ch = (s: string) => s.charCodeAt(0);

// shouldEscape: whether byte c must be escaped in this part of a URL (RFC 3986).
function shouldEscape(c: number, mode: Mode): boolean {
  // §2.3 Unreserved characters (alphanum)
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return false;
  if (mode === Mode.Host || mode === Mode.Zone) {
    // §3.2.2 Host allows sub-delims, plus : [ ] for host:port and IPv6, and < > " which
    // Parse would reject if escaped.
    if (`!$&'()*+,;=:[]<>"`.includes(String.fromCharCode(c))) return false;
  }
  switch (String.fromCharCode(c)) {
    case '-':
    case '_':
    case '.':
    case '~': // §2.3 Unreserved characters (mark)
      return false;
    case '$':
    case '&':
    case '+':
    case ',':
    case '/':
    case ':':
    case ';':
    case '=':
    case '?':
    case '@': // §2.2 Reserved characters (reserved)
      switch (mode) {
        case Mode.Path: // §3.3
          return c === ch('?');
        case Mode.PathSegment:
          return c === ch('/') || c === ch(';') || c === ch(',') || c === ch('?');
        case Mode.UserPassword: // §3.2.1
          return c === ch('@') || c === ch('/') || c === ch('?') || c === ch(':');
        case Mode.QueryComponent: // §3.4
          return true;
        case Mode.Fragment: // §4.1
          return false;
      }
  }
  if (mode === Mode.Fragment) {
    switch (String.fromCharCode(c)) {
      case '!':
      case '(':
      case ')':
      case '*':
        return false;
    }
  }
  // Everything else must be escaped.
  return true;
}

/** unescape: %XX decoding; host and zone modes refuse what a host cannot hold. */
function unescape(str: string, mode: Mode): string {
  const s = toBytes(str);
  let n = 0;
  let hasPlus = false;
  for (let i = 0; i < s.length; ) {
    switch (s[i]) {
      case 0x25: {
        // '%'
        n++;
        if (i + 2 >= s.length || !ishex(s[i + 1]) || !ishex(s[i + 2])) {
          throw new URLError('invalid URL escape ' + quoteBytes(s.slice(i, i + 3)));
        }
        // In the host component %-encoding can only be used for non-ASCII bytes, but
        // %25 may escape a percent sign in IPv6 scoped-address literals (RFC 6874).
        if (mode === Mode.Host && unhex(s[i + 1]) < 8 && !(s[i + 1] === 0x32 && s[i + 2] === 0x35)) {
          throw new URLError('invalid URL escape ' + quoteBytes(s.slice(i, i + 3)));
        }
        if (mode === Mode.Zone) {
          const v = (unhex(s[i + 1]) << 4) | unhex(s[i + 2]);
          if (!(s[i + 1] === 0x32 && s[i + 2] === 0x35) && v !== 0x20 && shouldEscape(v, Mode.Host)) {
            throw new URLError('invalid URL escape ' + quoteBytes(s.slice(i, i + 3)));
          }
        }
        i += 3;
        break;
      }
      case 0x2b: // '+'
        hasPlus = mode === Mode.QueryComponent;
        i++;
        break;
      default:
        if ((mode === Mode.Host || mode === Mode.Zone) && s[i] < 0x80 && shouldEscape(s[i], mode)) {
          throw new URLError('invalid character ' + quoteBytes(s.slice(i, i + 1)) + ' in host name');
        }
        i++;
    }
  }
  if (n === 0 && !hasPlus) return str;
  const t: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === 0x25) {
      t.push((unhex(s[i + 1]) << 4) | unhex(s[i + 2]));
      i += 2;
    } else if (s[i] === 0x2b) {
      t.push(mode === Mode.QueryComponent ? 0x20 : 0x2b);
    } else {
      t.push(s[i]);
    }
  }
  return fromBytes(new Uint8Array(t));
}

function escape(str: string, mode: Mode): string {
  const s = toBytes(str);
  let out = '';
  let changed = false;
  for (const c of s) {
    if (c === 0x20 && mode === Mode.QueryComponent) {
      out += '+';
      changed = true;
    } else if (shouldEscape(c, mode)) {
      out += '%' + upperhex[c >> 4] + upperhex[c & 15];
      changed = true;
    } else {
      out += String.fromCharCode(c);
    }
  }
  return changed ? out : str;
}

// getScheme: a leading [a-zA-Z][a-zA-Z0-9+-.]* followed by ':' is the scheme.
function getScheme(rawURL: string): [string, string] {
  for (let i = 0; i < rawURL.length; i++) {
    const c = rawURL[i];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      // do nothing
    } else if ((c >= '0' && c <= '9') || c === '+' || c === '-' || c === '.') {
      if (i === 0) return ['', rawURL];
    } else if (c === ':') {
      if (i === 0) throw new URLError('missing protocol scheme');
      return [rawURL.slice(0, i), rawURL.slice(i + 1)];
    } else {
      // an invalid character: there is no valid scheme
      return ['', rawURL];
    }
  }
  return ['', rawURL];
}

function cut(s: string, sep: string): [string, string, boolean] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, '', false] : [s.slice(0, i), s.slice(i + sep.length), true];
}

/** url.Parse. Throws URLError with Go's text: `parse "URL": reason`. */
export function parseURL(rawURL: string): URL {
  // Cut off #frag
  const [u, frag] = cut(rawURL, '#');
  let url: URL;
  try {
    url = parse(u);
  } catch (e) {
    if (e instanceof URLError) throw new URLError(`parse ${strconvQuote(u)}: ${e.message}`);
    throw e;
  }
  if (frag === '') return url;
  try {
    setFragment(url, frag);
  } catch (e) {
    if (e instanceof URLError) throw new URLError(`parse ${strconvQuote(rawURL)}: ${e.message}`);
    throw e;
  }
  return url;
}

function newURL(): URL {
  return { scheme: '', opaque: '', host: '', path: '', rawPath: '', omitHost: false, forceQuery: false, rawQuery: '', fragment: '', rawFragment: '' };
}

function parse(rawURL: string): URL {
  for (let i = 0; i < rawURL.length; i++) {
    const b = rawURL.charCodeAt(i);
    if (b < 0x20 || b === 0x7f) throw new URLError('net/url: invalid control character in URL');
  }
  const url = newURL();
  if (rawURL === '*') {
    url.path = '*';
    return url;
  }
  // Split off possible leading "http:", "mailto:", etc.
  let rest: string;
  [url.scheme, rest] = getScheme(rawURL);
  url.scheme = url.scheme.toLowerCase();

  if (rest.endsWith('?') && rest.split('?').length - 1 === 1) {
    url.forceQuery = true;
    rest = rest.slice(0, -1);
  } else {
    [rest, url.rawQuery] = cut(rest, '?');
  }

  if (!rest.startsWith('/')) {
    if (url.scheme !== '') {
      // We consider rootless paths per RFC 3986 as opaque.
      url.opaque = rest;
      return url;
    }
    // RFC 3986 §3.3: a relative-path reference's first segment cannot contain a colon.
    const [segment] = cut(rest, '/');
    if (segment.includes(':')) throw new URLError('first path segment in URL cannot contain colon');
  }

  if ((url.scheme !== '' || !rest.startsWith('///')) && rest.startsWith('//')) {
    let authority = rest.slice(2);
    rest = '';
    const i = authority.indexOf('/');
    if (i >= 0) {
      rest = authority.slice(i);
      authority = authority.slice(0, i);
    }
    [url.user, url.host] = parseAuthority(authority);
  } else if (url.scheme !== '' && rest.startsWith('/')) {
    url.omitHost = true;
  }
  setPath(url, rest);
  return url;
}

function parseAuthority(authority: string): [Userinfo | undefined, string] {
  const i = authority.lastIndexOf('@');
  const host = parseHost(i < 0 ? authority : authority.slice(i + 1));
  if (i < 0) return [undefined, host];
  const userinfo = authority.slice(0, i);
  if (!validUserinfo(userinfo)) throw new URLError('net/url: invalid userinfo');
  if (!userinfo.includes(':')) {
    return [{ username: unescape(userinfo, Mode.UserPassword), password: '', passwordSet: false }, host];
  }
  const [username, password] = cut(userinfo, ':');
  return [{ username: unescape(username, Mode.UserPassword), password: unescape(password, Mode.UserPassword), passwordSet: true }, host];
}

// parseHost parses host as an authority without user information: host[:port].
function parseHost(host: string): string {
  const openBracketIdx = host.lastIndexOf('[');
  if (openBracketIdx > 0) {
    throw new URLError('invalid IP-literal');
  } else if (openBracketIdx === 0) {
    // An IP-Literal of RFC 3986 and RFC 6874: "[fe80::1]", "[fe80::1%25en0]", "[fe80::1]:80".
    const closeBracketIdx = host.lastIndexOf(']');
    if (closeBracketIdx < 0) throw new URLError("missing ']' in host");
    const colonPort = host.slice(closeBracketIdx + 1);
    if (!validOptionalPort(colonPort)) throw new URLError(`invalid port ${strconvQuote(colonPort)} after host`);
    const unescapedColonPort = unescape(colonPort, Mode.Host);
    const hostname = host.slice(1, closeBracketIdx);
    // %25 introduces the zone identifier, which may use any %-encoding it likes.
    let unescapedHostname: string;
    const zoneIdx = hostname.indexOf('%25');
    if (zoneIdx >= 0) {
      unescapedHostname = unescape(hostname.slice(0, zoneIdx), Mode.Host) + unescape(hostname.slice(zoneIdx), Mode.Zone);
    } else {
      unescapedHostname = unescape(hostname, Mode.Host);
    }
    // Only a valid IPv6 address may be enclosed in brackets (IPv4-mapped ones included).
    let addr;
    try {
      addr = parseAddr(unescapedHostname);
    } catch (e) {
      throw new URLError('invalid host: ' + (e as Error).message);
    }
    if (addr.bytes.length === 4) throw new URLError('invalid IP-literal');
    return '[' + unescapedHostname + ']' + unescapedColonPort;
  } else {
    const i = host.lastIndexOf(':');
    if (i !== -1) {
      const colonPort = host.slice(i);
      if (!validOptionalPort(colonPort)) throw new URLError(`invalid port ${strconvQuote(colonPort)} after host`);
    }
  }
  return unescape(host, Mode.Host);
}

function setPath(u: URL, p: string): void {
  const path = unescape(p, Mode.Path);
  u.path = path;
  u.rawPath = escape(path, Mode.Path) === p ? '' : p;
}

function setFragment(u: URL, f: string): void {
  const frag = unescape(f, Mode.Fragment);
  u.fragment = frag;
  u.rawFragment = escape(frag, Mode.Fragment) === f ? '' : f;
}

// validEncoded: s holds no byte that needs escaping in this mode.
function validEncoded(s: string, mode: Mode): boolean {
  for (const c of toBytes(s)) {
    if (`!$&'()*+,;=:@[]%`.includes(String.fromCharCode(c)) && c < 0x80) continue;
    if (shouldEscape(c, mode)) return false;
  }
  return true;
}

function escapedPath(u: URL): string {
  if (u.rawPath !== '' && validEncoded(u.rawPath, Mode.Path)) {
    try {
      if (unescape(u.rawPath, Mode.Path) === u.path) return u.rawPath;
    } catch {
      // fall through to escaping Path
    }
  }
  if (u.path === '*') return '*';
  return escape(u.path, Mode.Path);
}

function escapedFragment(u: URL): string {
  if (u.rawFragment !== '' && validEncoded(u.rawFragment, Mode.Fragment)) {
    try {
      if (unescape(u.rawFragment, Mode.Fragment) === u.fragment) return u.rawFragment;
    } catch {
      // fall through
    }
  }
  return escape(u.fragment, Mode.Fragment);
}

// validOptionalPort: "" or /^:\d*$/
function validOptionalPort(port: string): boolean {
  if (port === '') return true;
  if (port[0] !== ':') return false;
  return /^[0-9]*$/.test(port.slice(1));
}

function validUserinfo(s: string): boolean {
  return /^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/.test(s);
}

/** Userinfo.String: "username[:password]", escaped. */
export function userinfoString(u: Userinfo): string {
  let s = escape(u.username, Mode.UserPassword);
  if (u.passwordSet) s += ':' + escape(u.password, Mode.UserPassword);
  return s;
}

/** URL.Hostname: Host without a valid port and without IPv6 brackets. */
export function hostname(u: URL): string {
  let host = u.host;
  const colon = host.lastIndexOf(':');
  if (colon !== -1 && validOptionalPort(host.slice(colon))) host = host.slice(0, colon);
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  return host;
}

/** URL.String. */
export function urlString(u: URL): string {
  let buf = '';
  if (u.scheme !== '') buf += u.scheme + ':';
  if (u.opaque !== '') {
    buf += u.opaque;
  } else {
    if (u.scheme !== '' || u.host !== '' || u.user) {
      if (u.omitHost && u.host === '' && !u.user) {
        // Omit empty host
      } else {
        if (u.host !== '' || u.path !== '' || u.user) buf += '//';
        if (u.user) buf += userinfoString(u.user) + '@';
        if (u.host !== '') buf += escape(u.host, Mode.Host);
      }
    }
    const path = escapedPath(u);
    if (path !== '' && path[0] !== '/' && u.host !== '') buf += '/';
    if (buf.length === 0) {
      // RFC 3986 §4.2: a first segment with a colon would read as a scheme.
      const [segment] = cut(path, '/');
      if (segment.includes(':')) buf += './';
    }
    buf += path;
  }
  if (u.forceQuery || u.rawQuery !== '') buf += '?' + u.rawQuery;
  if (u.fragment !== '') buf += '#' + escapedFragment(u);
  return buf;
}

export { newURL };
