// How values reach templates, against Helm 4.1.4. The harness writes values.yaml as
// JSON, so these cases cover typing after Helm's YAML→JSON→interface{} reading (every
// number a float64), nulls, odd keys, and YAML 1.1 typing through fromYaml. Raw
// values-file text (yes/0755/multi-document…) is compared directly in values.test.ts.
import { differential, type DiffCase } from '../../test/differential';

const cases: DiffCase[] = [];
const add = (name: string, template: string, values?: Record<string, unknown>) =>
  cases.push({ name: `values/${name}`, template, values });

const typed = {
  int: 80,
  neg: -1,
  zero: 0,
  float: 1.5,
  big: 1e6,
  huge: 1e21,
  tiny: 1e-7,
  p53: 9007199254740993,
  str: 'x',
  num: '80',
  yes: 'yes',
  t: true,
  f: false,
  n: null,
  list: [1, 'a'],
  map: { k: 'v' },
  empty: {},
  nolist: [],
};
add('typeOf', '{{ range $k, $v := .Values }}{{ $k }}={{ typeOf $v }} {{ end }}', typed);
add('kindOf', '{{ range $k, $v := .Values }}{{ $k }}={{ kindOf $v }} {{ end }}', typed);
add('print', '{{ range $k, $v := .Values }}{{ $k }}={{ $v }} {{ end }}', typed);
add('toJson', '{{ toJson .Values }}', typed);
add('toYaml', '{{ toYaml .Values }}', typed);
add('quote', '{{ range $k, $v := .Values }}{{ $k }}={{ quote $v }} {{ end }}', typed);
add('printf-d', '{{ printf "%d %v %s %.1f" (int .Values.port) .Values.port (toString .Values.port) .Values.port }}', { port: 8080 });
add('eq-float', '{{ eq .Values.port 80.0 }}|{{ eq (int .Values.port) 80 }}|{{ eq (toString .Values.port) "80" }}', { port: 80 });
add('eq-int-fails', '{{ eq .Values.port 80 }}', { port: 80 });
add('int-conversions', '{{ int .Values.a }}|{{ int64 .Values.b }}|{{ float64 .Values.c }}|{{ atoi .Values.d }}', { a: 3.9, b: -2.5, c: 7, d: '12' });
add('big-floats', '{{ .Values.a }}|{{ .Values.b }}|{{ .Values.c }}|{{ .Values.d }}|{{ int64 .Values.d }}', {
  a: 1000000,
  b: 1234567,
  c: 999999,
  d: 123456789012,
});
add('nulls', '{{ toJson .Values }}|{{ .Values.a }}|{{ hasKey .Values "a" }}|{{ typeOf .Values.a }}|{{ default "d" .Values.a }}', {
  a: null,
  b: { c: null },
  l: [null],
});
add('missing', '{{ .Values.missing }}|{{ typeOf .Values.missing }}|{{ hasKey .Values "missing" }}|{{ .Values.m.x | default "d" }}', {
  m: {},
});
add('dotted-keys', '{{ index .Values "a.b" }}|{{ index .Values "c" "d.e" }}|{{ toJson .Values }}', { 'a.b': 1, c: { 'd.e': 2 } });
add('odd-keys', '{{ toJson .Values }}|{{ index .Values "" }}|{{ index .Values "with space" }}|{{ index .Values "yes" }}', {
  '': 'empty',
  'with space': 1,
  yes: 'y',
  '123': 3,
  'a-b': 4,
});
add('key-order-range', '{{ range $k, $v := .Values }}{{ $k }} {{ end }}', { b: 1, a: 2, B: 3, _: 4, '1': 5, '10': 6, '2': 7, a10: 8, a9: 9 });
add('nested-access', '{{ .Values.a.b.c }}|{{ .Values.a.list | len }}|{{ index .Values.a.list 1 }}', { a: { b: { c: 'deep' }, list: [1, 2] } });
add('strings-unicode', '{{ .Values.s }}|{{ len .Values.s }}|{{ toJson .Values }}', { s: 'héllo 😀', t: 'a\u2028b' });
add('strings-multiline', '{{ .Values.s }}|{{ .Values.s | nindent 2 }}', { s: 'line1\nline2\n' });
add('bools', '{{ if .Values.on }}on{{ end }}|{{ if .Values.off }}off{{ end }}|{{ and .Values.on .Values.off }}|{{ not .Values.off }}', {
  on: true,
  off: false,
});
add('empty-values', '{{ toJson .Values }}|{{ len .Values }}');
add('lists', '{{ range .Values.l }}[{{ . }}:{{ typeOf . }}]{{ end }}', { l: [1, 2.5, 'x', true, null, [1], { a: 1 }] });
add('set-values', '{{ $_ := set .Values "added" 1 }}{{ toJson .Values }}', { a: 1 });
add('merge-over-values', '{{ toJson (merge (dict "a" 1 "b" (dict "c" 2)) .Values) }}', { a: 5, b: { d: 3 } });
add('deepCopy', '{{ $c := deepCopy .Values }}{{ $_ := set $c "x" 1 }}{{ toJson .Values }}|{{ toJson $c }}', { a: [1, { b: 2 }] });

// YAML 1.1 typing as Helm reads values files, through fromYaml (same reader).
const typing: Record<string, string> = {
  booleans: 'a: yes\nb: no\nc: on\nd: off\ne: y\nf: n\ng: Yes\nh: NO\ni: True\nj: yEs\nk: Y',
  'bool-keys': 'yes: 1\nno: 2\ny: 3\nn: 4\non: 5\noff: 6\ntrue: 7',
  octal: 'a: 0755\nb: 0644\nc: 08\nd: 0o17\ne: 00\nf: 0',
  hex: 'a: 0x1F\nb: 0X1f\nc: -0x10\nd: 0xG',
  underscores: 'a: 1_000\nb: 1_000.5\nc: _1\nd: 1_\ne: 1__0',
  signs: 'a: +12\nb: -12\nc: +1.5\nd: -.5\ne: +.5',
  floats: 'a: 1.10\nb: 1e3\nc: 1.5e-3\nd: 1.\ne: .5\nf: 1e400\ng: 6.02E23',
  'big-ints': 'a: 9007199254740993\nb: 9223372036854775807\nc: 9223372036854775808\nd: 18446744073709551616\ne: 123456789012345678901234567890',
  dates: 'a: 2024-01-01\nb: 2024-01-01T10:00:00Z\nc: 2024-02-30\nd: 12:30:00',
  nulls: 'a: ~\nb: null\nc:\nd: Null\ne: NULL\nf: nil',
  strings: 'a: "yes"\nb: \'0755\'\nc: "1e3"\nd: !!str 12\ne: 12abc\nf: 1.2.3',
  sexagesimal: 'a: 1:20\nb: 190:20:30',
};
for (const [name, text] of Object.entries(typing)) {
  add(`yaml11-${name}`, '{{ $m := fromYaml .Values.text }}{{ toJson $m }}|{{ range $k, $v := $m }}{{ $k }}={{ typeOf $v }} {{ end }}', { text });
}

// Subcharts (extra chart files): the root chart sees every subchart's coalesced values
// under the subchart's name.
const sub = (values: string, extra: Record<string, string> = {}) => ({
  'charts/sub/Chart.yaml': 'apiVersion: v2\nname: sub\nversion: 0.1.0\n',
  'charts/sub/values.yaml': values,
  ...extra,
});
const addSub = (name: string, values: Record<string, unknown> | undefined, files: Record<string, string>) =>
  cases.push({ name: `values/${name}`, template: '{{ toJson .Values }}', values, files });
addSub('sub-defaults', { a: 1 }, sub('b: 2\nm: {x: 1}\n'));
addSub('sub-parent-overrides', { sub: { b: 20, m: { y: 2 } } }, sub('b: 2\nm: {x: 1}\n'));
addSub('sub-globals', { global: { g: 1, m: { a: 1 } } }, sub('global: {g: 9, m: {b: 2}, own: 3}\n'));
addSub('sub-parent-null-deletes', { sub: { x: null, w: null } }, sub('x: 1\nw: {r: 1}\nk: 5\n'));
addSub('sub-own-nulls-kept', {}, sub('z: null\nw: {q: null, r: 1}\n'));
addSub('sub-null-under-parent-value', { sub: { w: { q: 1 } } }, sub('w: {q: null, r: null}\n'));
addSub('sub-global-nulls', { global: { a: null } }, sub('global: {a: 1, b: null}\n'));
addSub('sub-type-mismatch', { sub: 'str' }, sub('x: 1\n'));
addSub('sub-null-over-null', { sub: { m: { x: null } } }, sub('m: {x: null, y: 1}\n'));
addSub('root-null-over-null', { m: { x: null } }, {});

differential('values', cases);
