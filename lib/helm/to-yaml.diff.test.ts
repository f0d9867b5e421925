// toYaml, toYamlPretty, mustToYaml, fromYaml and fromYamlArray against Helm 4.1.4.
// Values arrive through values.yaml (written as JSON, so every number is a float64);
// template-built values (dict, list, literals) give ints, strings with any character.
import { differential, type DiffCase } from '../../test/differential';

const cases: DiffCase[] = [];
const add = (name: string, template: string, values?: Record<string, unknown>) =>
  cases.push({ name: `yaml/${name}`, template, values });

// ---------------------------------------------------------------------------------
// Strings: plain, quoted, single-quoted — one value per key, printed three ways.

const strings: Record<string, Record<string, string>> = {
  'bool-like': { a: 'yes', b: 'no', c: 'on', d: 'Off', e: 'y', f: 'N', g: 'true', h: 'False', i: 'TRUE', j: 'yEs', k: 'oN', l: 'tRue' },
  'null-like': { a: 'null', b: 'Null', c: 'NULL', d: '~', e: '', f: ' ', g: 'nULL', h: 'none' },
  'number-like': {
    a: '123',
    b: '1.0',
    c: '0755',
    d: '0x1F',
    e: '1_000',
    f: '1e3',
    g: '.5',
    h: '+1',
    i: '-1',
    j: '08',
    k: '0o17',
    l: '0b101',
    m: '1e400',
    n: '1.2.3',
    o: '1:20',
    p: '-1:20:30.5',
    q: '.inf',
    r: '-.Inf',
    s: '.NaN',
    t: 'nan',
    u: 'Infinity',
    v: '9223372036854775808',
    w: '18446744073709551616',
    x: '0.',
    z: '1_',
  },
  'date-like': {
    a: '2024-01-01',
    b: '2024-02-30',
    c: '2024-2-29',
    d: '2023-2-29',
    e: '2024-01-01T10:20:30Z',
    f: '2024-01-01 10:20:30',
    g: '2024-01-01t10:20:30.5+01:00',
    h: '2024-13-01',
    i: '12:30',
    j: '2024-01-01T25:00:00Z',
    k: '20240-01-01',
  },
  indicators: {
    a: 'a: b',
    b: 'a:b',
    c: '#c',
    d: 'a #c',
    e: 'a#c',
    f: ' x',
    g: 'x ',
    h: '- x',
    i: '-x',
    j: '? x',
    k: '?x',
    l: ': x',
    m: ':x',
    n: '[x]',
    o: '{x}',
    p: '*x',
    q: '&x',
    r: '!x',
    s: '|x',
    t: '>x',
    u: "'x'",
    v: '"x"',
    w: '%x',
    x: '@x',
    y: '`x',
    z: ',x',
  },
  inner: { a: 'a,b', b: 'a[b]', c: 'a{b}', d: 'a?b', e: 'a*b', f: 'a&b', g: 'a!b', h: "it's", i: 'say "hi"', j: 'back\\slash', k: 'a|b', l: 'a>b', m: 'a%b', n: 'a@b', o: 'a`b', p: 'x -', q: 'a - b' },
  dashes: { a: '-', b: '--', c: '---', d: '----', e: '--- x', f: '...', g: '....', h: '.', i: '..', j: '<<', k: '<', l: '=', m: '::', n: ':' },
  unicode: { a: 'é', b: '日本語', c: 'emoji 😀 here', d: 'a\u00a0b', e: '\u00a0', f: 'a\u200bb', g: 'a\ufeffb', h: '\ufeffstart', i: 'a\u00adb', j: '\ue000', k: '\ufffd', l: 'Ω≈ç√' },
  controls: { a: 'a\tb', b: '\ttab', c: 'tab\t', d: 'a\u0007b', e: 'esc\u001b[0m', f: 'cr\rx', g: 'nul\u0000x', h: 'a\u0001b' },
};
for (const [group, vals] of Object.entries(strings)) {
  add(`strings-${group}`, '{{ toYaml .Values }}', vals);
  add(`strings-${group}-pretty`, '{{ toYamlPretty .Values }}', vals);
  add(`strings-${group}-list`, '{{ toYaml (values .Values | sortAlpha) }}', vals);
}

// ---------------------------------------------------------------------------------
// Multi-line strings: literal blocks and their chomping indicators.

const multiline: Record<string, string> = {
  'two-lines': 'a\nb',
  'trailing-newline': 'a\nb\n',
  'two-trailing': 'a\n\n',
  'three-trailing': 'a\n\n\n',
  'leading-newline': '\nabc',
  'only-newline': '\n',
  'only-newlines': '\n\n',
  'leading-space': ' a\nb',
  'leading-tab': '\ta\nb',
  'inner-tab': 'a\tb\nc',
  'trailing-space-line': 'a \nb',
  'space-after-break': 'a\n b',
  'blank-line': 'a\n\nb',
  crlf: 'a\r\nb',
  cr: 'a\rb\nc',
  'yaml-looking': 'key: value\nlist:\n- a\n- b\n',
  'doc-markers': 'a\n---\nb\n...\n',
  comment: '# not a comment\nx',
  unicode: 'héllo\nwörld 😀\n',
  'ends-with-space': 'a\nb ',
  'line-separator': 'a\u2028b\nc',
  long: 'first line\n' + 'this is a long line of text that goes on and on well past the eighty column limit of go-yaml v2\n',
  script: '#!/bin/sh\nset -e\necho "hello $NAME"\nexit 0\n',
};
for (const [name, s] of Object.entries(multiline)) {
  add(`multiline-${name}`, '{{ toYaml .Values }}', { text: s });
  add(`multiline-${name}-pretty`, '{{ toYamlPretty .Values }}', { text: s });
}
add('multiline-in-list', '{{ toYaml .Values }}', { l: ['a\nb', 'c\n', { k: 'x\ny\n' }] });
add('multiline-in-list-pretty', '{{ toYamlPretty .Values }}', { l: ['a\nb', 'c\n', { k: 'x\ny\n' }] });
add('multiline-root', '{{ toYaml "a\\nb\\n" }}');
add('multiline-root-pretty', '{{ toYamlPretty "a\\nb" }}');
add('multiline-key', '{{ toYaml .Values }}', { 'multi\nline': 1, plain: 2 });
add('multiline-key-pretty', '{{ toYamlPretty .Values }}', { 'multi\nline': { a: 1 }, plain: 2 });

// ---------------------------------------------------------------------------------
// Long lines: go-yaml v2 folds plain and quoted scalars after column 80; v3 does not.

const words = (n: number, w = 'word') => Array.from({ length: n }, (_, i) => `${w}${i}`).join(' ');
const longs: Record<string, string> = {
  plain: words(30),
  'plain-78': 'x'.repeat(70) + ' yyyyyyy',
  'plain-80': 'x'.repeat(75) + ' yyyy zzz',
  'plain-81': 'x'.repeat(77) + ' yyyy zzz',
  'no-spaces': 'x'.repeat(150),
  'double-spaces': words(20).replace(/ /g, '  '),
  single: "'" + words(25),
  double: words(25) + '\t',
  'double-escapes': 'a"b\\c ' + words(25),
  colon: words(20, 'k: v'),
  url: 'https://example.com/' + 'segment/'.repeat(15) + ' and more text after it',
  unicode: words(25, 'wörd'),
};
for (const [name, s] of Object.entries(longs)) {
  add(`long-${name}`, '{{ toYaml .Values }}', { key: s });
  add(`long-${name}-pretty`, '{{ toYamlPretty .Values }}', { key: s });
}
add('long-nested', '{{ toYaml .Values }}', { a: { b: { c: { d: words(25) } } }, l: [[words(20)]] });
add('long-in-list', '{{ toYaml .Values }}', { l: [words(25), { k: words(25) }] });
add('long-key-128', '{{ toYaml .Values }}', { ['k'.repeat(128)]: 1, ['k'.repeat(129)]: 2 });
add('long-key-128-pretty', '{{ toYamlPretty .Values }}', { ['k'.repeat(128)]: 1, ['k'.repeat(129)]: 2 });
add('long-key-multibyte', '{{ toYaml .Values }}', { ['é'.repeat(64)]: 1, ['é'.repeat(65)]: 2 });
add('long-with-nindent', 'x:{{ toYaml .Values | nindent 2 }}', { key: words(30) });

// ---------------------------------------------------------------------------------
// Numbers: float64 from values, ints and floats built in the template.

add('numbers-values', '{{ toYaml .Values }}', {
  int: 42,
  neg: -7,
  zero: 0,
  million: 1000000,
  big: 123456789012,
  e20: 1e20,
  e21: 1e21,
  tiny: 1e-7,
  small: 0.000001,
  frac: 1.5,
  pi: 3.141592653589793,
  sum: 0.30000000000000004,
  max: 1.7976931348623157e308,
  min: 5e-324,
  e19: 1e19,
  u64: 18446744073709551615,
  p53: 9007199254740993,
});
add('numbers-values-pretty', '{{ toYamlPretty .Values }}', {
  int: 42,
  million: 1000000,
  big: 123456789012,
  e20: 1e20,
  tiny: 1e-7,
  frac: 1.5,
  e5: 100000,
  e6m1: 999999,
  e6: 1234567,
});
add('numbers-template', '{{ toYaml (list 1 -1 0 2.5 1e6 100000.0 (int64 9) (float64 3) (add 1 2) (div 7 2) (mulf 1.5 2)) }}');
add('numbers-template-pretty', '{{ toYamlPretty (list 1 -1 0 2.5 1e6 100000.0 (int64 9) (float64 3) (add 1 2)) }}');
add('numbers-int64-limits', '{{ toYaml (list 9223372036854775807 -9223372036854775808) }}');
add('numbers-special', '{{ toYaml (float64 "NaN") }}|{{ toYaml (dict "a" (float64 "+Inf")) }}|{{ toYamlPretty (list (float64 "NaN") (float64 "-Inf")) }}');
add('numbers-must-nan', '{{ mustToYaml (dict "a" (float64 "NaN")) }}');
add('numbers-negative-zero', '{{ toYaml (list -0.0 (mulf -1 0)) }}|{{ toYamlPretty (list (mulf -1 0.0)) }}');

// ---------------------------------------------------------------------------------
// Structure: nesting, empty collections, nulls, key order.

add('struct-nested', '{{ toYaml .Values }}', {
  a: { b: { c: { d: [1, { e: [2, [3, { f: null }]] }] } } },
  l: [[[[1]]], [[]], [{}], [[{}]]],
  m: { n: [], o: {}, p: [null, true, false] },
});
add('struct-nested-pretty', '{{ toYamlPretty .Values }}', {
  a: { b: { c: { d: [1, { e: [2, [3, { f: null }]] }] } } },
  l: [[[[1]]], [[]], [{}], [[{}]]],
  m: { n: [], o: {}, p: [null, true, false] },
});
add('struct-list-of-maps', '{{ toYaml .Values }}', {
  containers: [
    { name: 'app', image: 'nginx:1.25', ports: [{ containerPort: 80, protocol: 'TCP' }], env: [{ name: 'A', value: '1' }] },
    { name: 'side', args: ['--flag', '-v'], resources: { limits: { cpu: '500m', memory: '128Mi' } } },
  ],
});
add('struct-list-of-maps-pretty', '{{ toYamlPretty .Values }}', {
  containers: [
    { name: 'app', image: 'nginx:1.25', ports: [{ containerPort: 80, protocol: 'TCP' }] },
    { name: 'side', args: ['--flag', '-v'], resources: { limits: { cpu: '500m' } } },
  ],
});
add('struct-resources-nindent', 'resources:{{ toYaml .Values.resources | nindent 2 }}', {
  resources: { limits: { cpu: '100m', memory: '128Mi' }, requests: { cpu: 0.5, memory: '64Mi' } },
});
add('struct-tolerations-indent', 'tolerations:\n{{ toYaml .Values.tolerations | indent 2 }}', {
  tolerations: [{ key: 'k', operator: 'Exists', effect: 'NoSchedule' }, { key: 'dedicated', value: 'gpu', operator: 'Equal' }],
});
add('struct-annotations', 'metadata:\n  annotations:\n    {{- toYaml .Values.annotations | nindent 4 }}', {
  annotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': '9090', 'checksum/config': 'abc123', empty: '' },
});
add('struct-empty', '{{ toYaml .Values }}|{{ toYaml .Values.missing }}|{{ toYaml (dict) }}|{{ toYaml (list) }}', { e: {}, l: [] });
add('struct-empty-pretty', '{{ toYamlPretty .Values }}|{{ toYamlPretty .Values.missing }}|{{ toYamlPretty (dict) }}|{{ toYamlPretty (list) }}', { e: {}, l: [] });
add('struct-nulls', '{{ toYaml .Values }}', { a: null, b: [null], c: { d: null } });
add('struct-root-scalars', '{{ toYaml "s" }}|{{ toYaml 1 }}|{{ toYaml 1.5 }}|{{ toYaml true }}|{{ toYaml nil }}|{{ toYaml "" }}|{{ toYaml "yes" }}');
add('struct-root-scalars-pretty', '{{ toYamlPretty "s" }}|{{ toYamlPretty 1 }}|{{ toYamlPretty 1.5 }}|{{ toYamlPretty true }}|{{ toYamlPretty nil }}|{{ toYamlPretty "" }}|{{ toYamlPretty "yes" }}');
add('struct-dict-template', '{{ toYaml (dict "name" "x" "port" 80 "ratio" 0.5 "on" true "tags" (list "a" "b") "nested" (dict "k" "v")) }}');
add('struct-dict-template-pretty', '{{ toYamlPretty (dict "name" "x" "port" 80 "ratio" 0.5 "tags" (list "a" "b") "nested" (dict "k" (list (dict "x" 1)))) }}');
add('struct-deep-lists-pretty', '{{ toYamlPretty (list (list (list 1 2) (list)) (dict "a" (list (dict "b" (list 1))))) }}');
add('keys-natural-order', '{{ toYaml .Values }}', {
  a10: 1, a9: 2, a2: 3, A: 4, _x: 5, b: 6, a1: 7, z: 8, 'é': 9, '-': 10, a_: 11, aB: 12, 'item-10': 13, 'item-2': 14, x1y: 15, x10y: 16, '1': 17, '10': 18, '2': 19,
});
add('keys-natural-order-pretty', '{{ toYamlPretty .Values }}', {
  a10: 1, a9: 2, a2: 3, A: 4, _x: 5, b: 6, a1: 7, z: 8, 'é': 9, '-': 10, a_: 11, aB: 12, 'item-10': 13, 'item-2': 14, x1y: 15, x10y: 16,
});
add('keys-digits-then-letter', '{{ toYaml .Values }}|{{ toYamlPretty .Values }}', { a1b: 1, 'a1_': 2, 'a1-': 3, a1c: 4 });
add('keys-quoting', '{{ toYaml .Values }}', {
  yes: 1, no: 2, on: 3, null: 4, '': 5, ' lead': 6, 'trail ': 7, 'a: b': 8, '#c': 9, '123': 10, '1.5': 11, 'with space': 12, '-dash': 13, '- dash': 14, '@at': 15, 'key?': 16,
});
add('keys-quoting-pretty', '{{ toYamlPretty .Values }}', { yes: 1, null: 4, '': 5, ' lead': 6, 'a: b': 8, '123': 10, '- dash': 14 });
add('keys-unicode', '{{ toYaml .Values }}', { 'ключ': 1, '日本': 2, 'émoji😀': 3, Zebra: 4, zebra: 5 });

// ---------------------------------------------------------------------------------
// Strings built in the template: characters values.yaml could not carry.

add('tmpl-control-chars', '{{ toYaml (list "a\\x01b" "tab\\there" "bell\\a" "nul\\x00") }}');
add('tmpl-del-fails', '{{ toYaml (list "a\\x7fb") }}|after');
add('tmpl-del-must', '{{ mustToYaml (list "a\\x7fb") }}');
add('tmpl-c1-fails', '{{ toYaml "a\\u0080b" }}|{{ toYaml "ok" }}');
add('tmpl-nel-folds', '{{ toYaml (list "a\\u0085b" "a \\u0085 b" "a\\u0085\\u0085b" "end\\u0085") }}');
add('tmpl-nel-pretty', '{{ toYamlPretty (list "a\\u0085b" "a\\u0085\\u0085b") }}');
add('tmpl-ls-ps', '{{ toYaml (list "a\\u2028b" "a\\u2029b") }}|{{ toYamlPretty (list "a\\u2028b") }}');
add('tmpl-bom-inner', '{{ toYaml (list "a\\ufeff" "a\\ufeffb c") }}|{{ toYamlPretty "x\\ufeff y" }}');
add('tmpl-bom-leading', '{{ toYaml (list "\\ufeffabc" "\\ufeff") }}|{{ toYamlPretty "\\ufeffx y" }}');
// A string that starts with U+FEFF arrives here from values.yaml intact.
add('values-bom-leading', '{{ toYaml .Values }}|{{ toYamlPretty .Values }}', { a: '\ufeffabc', b: '\ufeff' });
add('tmpl-fffe', '{{ toYaml "a\\ufffeb" }}|{{ toYamlPretty "a\\ufffeb" }}');
add('tmpl-emoji', '{{ toYaml (list "😀" "a😀b" "😀\\n") }}|{{ toYamlPretty "😀" }}');
add('tmpl-html', '{{ toYaml (dict "html" "<b>&amp;</b>" "lt" "<" ) }}');
add('tmpl-long-key-json', '{{ toYaml (dict (repeat 1100 "k") 1) }}|{{ mustToYaml (dict (repeat 1022 "k") 1) }}');
add('tmpl-long-key-must', '{{ mustToYaml (dict (repeat 1100 "k") 1) }}');
add('tmpl-bytes', '{{ toYaml ("hello" | b64enc | b64dec) }}');
add('tmpl-nested-pipeline', '{{ dict "a" (list 1 2) | toYaml | fromYaml | toYaml }}');

// ---------------------------------------------------------------------------------
// fromYaml / fromYamlArray: YAML 1.1 typing, errors into "Error".

const yamlTexts: Record<string, string> = {
  booleans: 'a: yes\nb: No\nc: on\nd: OFF\ne: y\nf: N\ng: true\nh: tRue\ni: ~\nj: Null',
  'bool-keys': 'y: 1\nn: 2\nyes: 3\non: 4\ntrue: 5',
  numbers: 'a: 0755\nb: 0x1F\nc: 1_000\nd: +12\ne: 1.10\nf: 1e3\ng: 08\nh: .5\ni: -0b11\nj: 0o17\nk: 1e400\nl: 9223372036854775808\nm: 12345678901234567890123',
  dates: 'a: 2024-01-01\nb: 2024-02-30\nc: 2024-01-01T10:00:00Z\nd: !!timestamp 2024-01-01\ne: 1:20',
  'float-keys': '1.5: a\n2: b\n0x10: c\n1e3: d\n3.14159265358979: e\n0.1: f\n1e7: g',
  tags: 'a: !!str 12\nb: !!float 1\nc: !!int "0x10"\nd: !!binary aGVsbG8=\ne: !custom x\nf: !!null ""\ng: ! 12',
  'tag-error': 'a: !!int abc',
  merge: 'base: &b {x: 1, z: 2}\none:\n  <<: *b\n  z: 3\ntwo:\n  z: 3\n  <<: *b\nthree:\n  <<: [*b, {w: 1}]',
  'merge-error': 'a:\n  <<: 1',
  anchors: 'a: &x [1, 2]\nb: *x\nc: &y {k: v}\nd: *y',
  'unknown-anchor': 'a: *nope',
  duplicates: 'a: 1\na: 2\nb: {c: 1}\nb: {d: 2}',
  'block-scalars': "lit: |\n  a\n  b\nfold: >\n  a\n  b\n\n  c\nkeep: |+\n  x\n\nstrip: >-\n  y\nind: |2\n    z\nq: 'it''s'\ndq: \"\\x41\\u00e9\\t\"",
  'flow-style': 'a: [1, [2, 3], {b: c}]\nd: {e: f, g: [h]}\ni: [a, b: c]',
  multidoc: 'a: 1\n---\nb: 2',
  'null-doc': 'null',
  'list-doc': '- a\n- b',
  'scalar-doc': 'just text',
  empty: '',
  'comments-only': '# nothing here\n',
  'bad-indent': 'a:\n  b: 1\n c: 2',
  'bad-tab': 'a:\n\tb: 1',
  'bad-mapping': 'a: b: c',
  'bad-flow': 'a: [1, 2',
  'bad-quote': 'a: "unclosed',
  'bad-key': 'key\nb: 1',
  'bad-seq': 'a: 1\n- b',
  'bad-char': 'a: @x',
  'bad-escape': 'a: "\\q"',
  'null-key': '~: 1',
  'nan-value': 'a: .nan',
  'inf-value': 'a: -.inf',
  'seq-key': '? [a]\n: 1',
  'long-key': 'k'.repeat(1030) + ': 1',
  'directive-12': '%YAML 1.2\n---\na: 1',
  'directive-11': '%YAML 1.1\n---\na: 1',
  'doc-end': 'a: b\n...\nc: d',
  'indentless-seq': 'a:\n- 1\n- b: 2\n  c: 3',
  'deep-nesting': 'a:\n  b:\n    c:\n      - d:\n          e: [1]',
  crlf: 'a: 1\r\nb: two\r\n',
  bom: '\ufeffa: 1',
  'plain-multiline': 'a: this is\n  folded text\nb: "quoted\n  folded"',
  'tab-separated': 'a:\tb',
};
for (const [name, text] of Object.entries(yamlTexts)) {
  add(`fromYaml-${name}`, '{{ fromYaml .Values.text | toJson }}', { text });
}
add('fromYaml-types', '{{ range $k, $v := fromYaml .Values.text }}{{ $k }}={{ typeOf $v }} {{ end }}', {
  text: 'a: 1\nb: 1.5\nc: yes\nd: x\ne: [1]\nf: {g: h}\ni: null\nj: 2024-01-01',
});
add('fromYaml-roundtrip', '{{ fromYaml .Values.text | toYaml }}', { text: 'b: 2\na:\n  - x\n  - y: z\nc: "yes"' });
const arrays: Record<string, string> = {
  list: '- a\n- 1\n- yes\n- {b: c}',
  flow: '[1, two, 3.5]',
  map: 'a: 1',
  scalar: 'x',
  empty: '',
  null: 'null',
  bad: '- [',
};
for (const [name, text] of Object.entries(arrays)) {
  add(`fromYamlArray-${name}`, '{{ fromYamlArray .Values.text | toJson }}', { text });
}

differential('to-yaml', cases);
