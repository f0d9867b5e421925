// Expected values were checked against Helm 4.1.4 (see urls.diff.test.ts).
import { describe, expect, it } from 'vitest';
import { funcs } from './urls';
import { type GoMap, newMap } from '../gotemplate/value';

function parse(u: string): string {
  const m = funcs.urlParse.fn(u) as GoMap;
  return Object.keys(m)
    .sort()
    .map((k) => `${k}=[${m[k]}]`)
    .join(' ');
}

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return '(no error)';
}

describe('urlParse', () => {
  const cases: { name: string; input: string; want?: string; wantErr?: string }[] = [
    {
      name: 'full',
      input: 'https://u:p%40ss@example.com:8443/a%2Fb/c?x=1&y=2#frag%20x',
      want: 'fragment=[frag x] host=[example.com:8443] hostname=[example.com] opaque=[] path=[/a/b/c] query=[x=1&y=2] scheme=[https] userinfo=[u:p%40ss]',
    },
    { name: 'opaque', input: 'mailto:joe@example.com?subject=hi', want: 'fragment=[] host=[] hostname=[] opaque=[joe@example.com] path=[] query=[subject=hi] scheme=[mailto] userinfo=[]' },
    { name: 'empty', input: '', want: 'fragment=[] host=[] hostname=[] opaque=[] path=[] query=[] scheme=[] userinfo=[]' },
    { name: 'ipv6 zone', input: 'http://[fe80::1%25en0]:8080/x', want: 'fragment=[] host=[[fe80::1%en0]:8080] hostname=[fe80::1%en0] opaque=[] path=[/x] query=[] scheme=[http] userinfo=[]' },
    { name: 'colons in host pass', input: 'http://a:1:2/', want: 'fragment=[] host=[a:1:2] hostname=[a:1] opaque=[] path=[/] query=[] scheme=[http] userinfo=[]' },
    { name: 'user escapes', input: 'http://a%20b:c%3Ad@h/', want: 'fragment=[] host=[h] hostname=[h] opaque=[] path=[/] query=[] scheme=[http] userinfo=[a%20b:c%3Ad]' },
    { name: 'escaped utf8 path', input: 'http://x/%e4%b8%ad', want: 'fragment=[] host=[x] hostname=[x] opaque=[] path=[/中] query=[] scheme=[http] userinfo=[]' },
    { name: 'port only', input: 'http://h:/p', want: 'fragment=[] host=[h:] hostname=[h] opaque=[] path=[/p] query=[] scheme=[http] userinfo=[]' },
    { name: 'missing bracket', input: 'http://[::1', wantErr: `unable to parse url: parse "http://[::1": missing ']' in host` },
    { name: 'space in host', input: 'http://a b/', wantErr: 'unable to parse url: parse "http://a b/": invalid character " " in host name' },
    { name: 'bad port', input: 'http://x:port/', wantErr: 'unable to parse url: parse "http://x:port/": invalid port ":port" after host' },
    { name: 'colon in first segment', input: '1http://x', wantErr: 'unable to parse url: parse "1http://x": first path segment in URL cannot contain colon' },
    { name: 'missing scheme', input: ':foo', wantErr: 'unable to parse url: parse ":foo": missing protocol scheme' },
    { name: 'bracket not ip', input: 'http://[abc]/', wantErr: 'unable to parse url: parse "http://[abc]/": invalid host: ParseAddr("abc"): unable to parse IP' },
    { name: 'ipv4 in brackets', input: 'http://[1.2.3.4]/', wantErr: 'unable to parse url: parse "http://[1.2.3.4]/": invalid IP-literal' },
    {
      name: 'too many fields',
      input: 'http://[1:2:3:4:5:6:7:8:9]/',
      wantErr: 'unable to parse url: parse "http://[1:2:3:4:5:6:7:8:9]/": invalid host: ParseAddr("1:2:3:4:5:6:7:8:9"): trailing garbage after address (at "9")',
    },
    { name: 'ascii escape in host', input: 'http://%41/', wantErr: 'unable to parse url: parse "http://%41/": invalid URL escape "%41"' },
    { name: 'control character', input: 'http://x/\t', wantErr: 'unable to parse url: parse "http://x/\\t": net/url: invalid control character in URL' },
    { name: 'bad fragment escape', input: 'http://x/#%g0', wantErr: 'unable to parse url: parse "http://x/#%g0": invalid URL escape "%g0"' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      if (c.wantErr !== undefined) expect(errorOf(() => parse(c.input))).toBe(c.wantErr);
      else expect(parse(c.input)).toBe(c.want);
    });
  }
});

describe('urlJoin', () => {
  const dict = (o: Record<string, unknown>): GoMap => Object.assign(newMap(), o) as GoMap;
  const cases: { name: string; input: Record<string, unknown>; want?: string; wantErr?: string }[] = [
    {
      name: 'full',
      input: { scheme: 'https', host: 'example.com:8443', path: '/a b/c', query: 'x=1&y=2', fragment: 'top part', userinfo: 'u:p@ss' },
      want: 'https://u:p%40ss@example.com:8443/a%20b/c?x=1&y=2#top%20part',
    },
    { name: 'opaque', input: { scheme: 'mailto', opaque: 'joe@example.com' }, want: 'mailto:joe@example.com' },
    { name: 'colon path gets ./', input: { path: 'a:b/c' }, want: './a:b/c' },
    { name: 'relative path with host', input: { host: 'h', path: 'rel' }, want: '//h/rel' },
    { name: 'empty', input: {}, want: '' },
    { name: 'scheme only', input: { scheme: 'http' }, want: 'http:' },
    { name: 'unicode host escaped', input: { scheme: 'http', host: 'bücher.de' }, want: 'http://b%C3%BCcher.de' },
    { name: 'query verbatim', input: { scheme: 'http', host: 'h', query: 'a=b c' }, want: 'http://h?a=b c' },
    { name: 'fragment escapes', input: { scheme: 'http', host: 'h', fragment: 'a b!?' }, want: 'http://h#a%20b!?' },
    { name: 'bad userinfo', input: { userinfo: 'a b' }, wantErr: 'unable to parse userinfo in dict: parse "proto://a b@host": net/url: invalid userinfo' },
    { name: 'int value', input: { host: 5n }, wantErr: 'unable to parse host key, must be of type string, but int found' },
    { name: 'nil value', input: { host: null }, wantErr: 'runtime error: invalid memory address or nil pointer dereference' },
    { name: 'list value', input: { path: ['a'] }, wantErr: 'unable to parse path key, must be of type string, but slice found' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      if (c.wantErr !== undefined) expect(errorOf(() => funcs.urlJoin.fn(dict(c.input)))).toBe(c.wantErr);
      else expect(funcs.urlJoin.fn(dict(c.input))).toBe(c.want);
    });
  }

  it('round trips a parsed url', () => {
    expect(funcs.urlJoin.fn(funcs.urlParse.fn('https://u:p@h:1/p?q#f'))).toBe('https://u:p@h:1/p?q#f');
  });
});

describe('leftovers', () => {
  it('getHostByName is empty without DNS', () => expect(funcs.getHostByName.fn('localhost')).toBe(''));
});
