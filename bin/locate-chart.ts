// Helm's ChartPathOptions.LocateChart for `helm template NAME CHART`: a CHART that exists
// is a path (made absolute). Anything else names a chart in a repository, which Helm
// would resolve (ChartDownloader.ResolveChartVersion) and fetch. No repository is
// configured here and nothing is fetched, so such a reference fails as it does in Helm
// without repositories: "repo NAME not found", or the error url.Parse gives first.
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { HelmError } from '../lib/helm/index';
import { quote } from '../lib/gotemplate/strconv';
import { fromBytes } from '../lib/gotemplate/utf8';

const fail = (text: string, kind: 'chart' | 'unsupported' = 'chart') => new HelmError({ kind, text });

/** The absolute path of the chart CHART names, or throws Helm's error. */
export function locateChart(arg: string, cwd: string): string {
  const name = arg.trim();
  const abs = resolve(cwd, name);
  if (name !== '' && existsSync(abs)) return abs;
  if (isAbsolute(name) || name.startsWith('.')) throw fail(`path ${quote(name)} not found`);
  const ref = parseReference(name);
  if (ref === null) throw fail(`invalid chart URL format: ${name}`);
  if (ref.fetch) throw fail(`${name}: chartwright does not download charts; fetch it and pass the file`, 'unsupported');
  const slash = ref.path.indexOf('/');
  if (slash < 0) throw fail(`non-absolute URLs should be in form of repo_name/path_to_chart, got: ${name}`);
  throw fail(`repo ${ref.path.slice(0, slash)} not found`);
}

// What ResolveChartVersion reads of url.Parse(ref): the unescaped path, and whether the
// reference is a URL Helm would download (OCI, or scheme, host and path); null when
// url.Parse fails.
function parseReference(raw: string): { path: string; fetch: boolean } | null {
  // Control bytes are refused; the fragment goes before anything else.
  if (/[\x00-\x1f\x7f]/.test(raw)) return null;
  const hash = raw.indexOf('#');
  if (hash >= 0 && unescape(raw.slice(hash + 1)) === null) return null;
  let rest = hash >= 0 ? raw.slice(0, hash) : raw;
  const scheme = getScheme(rest);
  if (scheme === null) return null;
  if (scheme !== '') {
    if (/^oci:\/\//i.test(raw)) return { path: '', fetch: true };
    rest = rest.slice(scheme.length + 1);
  }
  const q = rest.indexOf('?');
  if (q >= 0) rest = rest.slice(0, q);
  let host = '';
  if (scheme !== '') {
    // An opaque URL ("x:y/z") has no path.
    if (!rest.startsWith('/')) return { path: '', fetch: false };
    if (rest.startsWith('//')) {
      const end = rest.indexOf('/', 2);
      host = end < 0 ? rest.slice(2) : rest.slice(2, end);
      rest = end < 0 ? '' : rest.slice(end);
    }
  } else if (rest.split('/')[0].includes(':')) {
    return null; // first path segment in URL cannot contain colon
  }
  const path = unescape(rest);
  if (path === null) return null;
  return { path, fetch: scheme !== '' && host !== '' && path !== '' };
}

// url.getScheme: the scheme before ':' ('' for none), null for a leading ':'.
function getScheme(s: string): string | null {
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (/[a-zA-Z]/.test(c)) continue;
    if (/[0-9+.-]/.test(c)) {
      if (i === 0) return '';
      continue;
    }
    if (c === ':') return i === 0 ? null : s.slice(0, i);
    return '';
  }
  return '';
}

// url.unescape in path mode: %XX escapes become bytes; a bad escape is an error (null).
function unescape(s: string): string | null {
  if (!s.includes('%')) return s;
  const bytes: number[] = [];
  const enc = new TextEncoder();
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '%') {
      if (!/^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) return null;
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      const cp = s.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      bytes.push(...enc.encode(ch));
      i += ch.length - 1;
    }
  }
  return fromBytes(Uint8Array.from(bytes));
}
