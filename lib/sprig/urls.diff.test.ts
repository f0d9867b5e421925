// urlParse/urlJoin against Helm (Go 1.25 net/url), plus the genericMap leftovers
// hello and getHostByName.
import { differential, type DiffCase } from '../../test/differential';

const t = (name: string, template: string): DiffCase => ({ name: `urls/${name}`, template });

// Every key of the parsed dict, in sorted order.
const show = (u: string) => `{{ range $k, $v := urlParse ${JSON.stringify(u)} }}{{ $k }}=[{{ $v }}] {{ end }}`;

export const cases: DiffCase[] = [
  t('full', show('https://u:p%40ss@example.com:8443/a%2Fb/c?x=1&y=2#frag%20x')),
  t('mailto opaque', show('mailto:joe@example.com?subject=hi')),
  t('relative path', show('/rel/path?q')),
  t('empty', show('')),
  t('ipv6 host', show('http://[::1]:80/')),
  t('ipv6 zone', show('http://[fe80::1%25en0]:8080/x')),
  t('ipv4 mapped', show('http://[::ffff:1.2.3.4]/')),
  t('scheme lowercased', show('HTTP://Ex.com')),
  t('file triple slash', show('file:///etc/hosts')),
  t('star', show('*')),
  t('network path', show('//host/p')),
  t('colons in host', show('http://a:1:2/')),
  t('comma hosts', show('mongodb://a:1,b:2/db')),
  t('force query', show('http://x/?')),
  t('query with question mark', show('http://x?a?b')),
  t('fragment with hash', show('http://x#a#b')),
  t('escaped utf8 path', show('http://x/%e4%b8%ad')),
  t('user only', show('ssh://git@github.com/org/repo.git')),
  t('user with escapes', show('http://a%20b:c%3Ad@h/')),
  t('rootless with scheme', show('a:b/c')),
  t('colon later segment', show('x/y:z')),
  t('port only', show('http://h:/p')),
  t('hostname field', '{{ (urlParse "https://example.com:443/x").hostname }}'),
  t('error missing bracket', '{{ urlParse "http://[::1" }}'),
  t('error space in host', '{{ urlParse "http://a b/" }}'),
  t('error bad port', '{{ urlParse "http://x:port/" }}'),
  t('error colon in first segment', '{{ urlParse "1http://x" }}'),
  t('error missing scheme', '{{ urlParse ":foo" }}'),
  t('error bracket not ip', '{{ urlParse "http://[abc]/" }}'),
  t('error bracket inside', '{{ urlParse "http://a[b]/" }}'),
  t('error ipv4 in brackets', '{{ urlParse "http://[1.2.3.4]/" }}'),
  t('error too many fields', '{{ urlParse "http://[1:2:3:4:5:6:7:8:9]/" }}'),
  t('error bad escape', '{{ urlParse "http://x/%zz" }}'),
  t('error ascii escape in host', '{{ urlParse "http://%41/" }}'),
  t('error bad userinfo', '{{ urlParse "http://u ser@x/" }}'),
  t('error control char', '{{ urlParse "http://x/\\t" }}'),
  t('error bad fragment escape', '{{ urlParse "http://x/#%g0" }}'),
  t('join full', '{{ urlJoin (dict "scheme" "https" "host" "example.com:8443" "path" "/a b/c" "query" "x=1&y=2" "fragment" "top part" "userinfo" "u:p@ss") }}'),
  t('join opaque', '{{ urlJoin (dict "scheme" "mailto" "opaque" "joe@example.com") }}'),
  t('join path only', '{{ urlJoin (dict "path" "a/b") }}'),
  t('join colon path', '{{ urlJoin (dict "path" "a:b/c") }}'),
  t('join relative path with host', '{{ urlJoin (dict "host" "h" "path" "rel") }}'),
  t('join empty', '[{{ urlJoin (dict) }}]'),
  t('join scheme only', '{{ urlJoin (dict "scheme" "http") }}'),
  t('join unicode host', '{{ urlJoin (dict "scheme" "http" "host" "bücher.de") }}'),
  t('join query not escaped', '{{ urlJoin (dict "scheme" "http" "host" "h" "query" "a=b c") }}'),
  t('join fragment escapes', '{{ urlJoin (dict "scheme" "http" "host" "h" "fragment" "a b!?") }}'),
  t('join user no password', '{{ urlJoin (dict "scheme" "http" "host" "h" "userinfo" "bob") }}'),
  t('join roundtrip', '{{ urlParse "https://u:p@h:1/p?q#f" | urlJoin }}'),
  t('join bad userinfo', '{{ urlJoin (dict "userinfo" "a b") }}'),
  t('join non string', '{{ urlJoin (dict "host" 5) }}'),
  t('join nil value', '{{ urlJoin (dict "host" nil) }}'),
  t('join list value', '{{ urlJoin (dict "path" (list "a")) }}'),
  t('hello', '{{ hello }}'),
  t('getHostByName', '[{{ getHostByName "localhost" }}]'),
];

differential('sprig/urls', cases);
