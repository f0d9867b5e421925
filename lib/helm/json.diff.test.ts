// toJson, mustToJson, fromJson, fromJsonArray (Helm) and toPrettyJson, mustToPrettyJson,
// toRawJson, mustToRawJson (Sprig) against Helm 4.1.4.
import { differential, type DiffCase } from '../../test/differential';

const cases: DiffCase[] = [];
const add = (name: string, template: string, values?: Record<string, unknown>) =>
  cases.push({ name: `json/${name}`, template, values });

// ---------------------------------------------------------------------------------
// Marshal

const sample = {
  name: 'app',
  port: 8080,
  ratio: 0.25,
  enabled: true,
  nothing: null,
  tags: ['a', 'b'],
  nested: { deep: { list: [1, { k: 'v' }], empty: {} }, emptyList: [] },
};
add('values', '{{ toJson .Values }}', sample);
add('values-pretty', '{{ toPrettyJson .Values }}', sample);
add('values-raw', '{{ toRawJson .Values }}', sample);
add('values-must', '{{ mustToJson .Values }}|{{ mustToPrettyJson .Values }}|{{ mustToRawJson .Values }}', sample);
add('key-order', '{{ toJson .Values }}', { b: 1, a: 2, B: 3, _: 4, '1': 5, '10': 6, '2': 7, a10: 8, a9: 9, 'é': 10, '': 11 });

add('floats', '{{ toJson .Values }}', {
  int: 42,
  million: 1000000,
  e20: 1e20,
  e21: 1e21,
  e22: 1.5e22,
  tiny: 1e-7,
  small: 0.000001,
  smaller: 0.0000012,
  frac: 0.1,
  sum: 0.30000000000000004,
  neg: -2.5,
  negtiny: -1e-10,
  max: 1.7976931348623157e308,
  min: 5e-324,
  p53: 9007199254740993,
  u64: 18446744073709551615,
});
add('floats-pretty', '{{ toPrettyJson .Values }}', { a: 1e21, b: 1e-7, c: [1.5, 2] });
add('ints-template', '{{ toJson (list 1 -1 0 9223372036854775807 -9223372036854775808 (int64 5) (add 2 3) (len "abc")) }}');
add('floats-template', '{{ toJson (list 1.0 2.5 1e6 1e21 1e-7 (float64 3) (divf 1 3) (mulf 0.1 3)) }}');
add('negative-zero', '{{ toJson (list -0.0 (mulf -1 0)) }}');
add('scalars', '{{ toJson "s" }}|{{ toJson 1 }}|{{ toJson 1.5 }}|{{ toJson true }}|{{ toJson nil }}|{{ toJson .Values.missing }}|{{ toJson "" }}');
add('scalars-pretty', '{{ toPrettyJson "s" }}|{{ toPrettyJson 1 }}|{{ toPrettyJson nil }}|{{ toPrettyJson (list) }}|{{ toPrettyJson (dict) }}');
add('empty', '{{ toJson (dict) }}|{{ toJson (list) }}|{{ toPrettyJson (list (dict) (list)) }}|{{ toRawJson (dict "a" (list)) }}');

add('html-escape', '{{ toJson .Values }}', { h: '<script>alert("x") && y</script>', amp: 'a&b', gt: '>' });
add('html-escape-pretty', '{{ toPrettyJson .Values }}', { h: '<b>&</b>' });
add('html-raw', '{{ toRawJson .Values }}|{{ mustToRawJson .Values }}', { h: '<b>&</b>', q: 'say "hi"' });
add('html-keys', '{{ toJson .Values }}|{{ toRawJson .Values }}', { '<k>': '&', 'a&b': 1 });
add('string-escapes', '{{ toJson .Values }}', { s: 'quote " backslash \\ slash / tab \t nl \n cr \r', u: 'é 日本 😀' });
add('line-separators', '{{ toJson .Values }}|{{ toRawJson .Values }}', { ls: 'a\u2028b', ps: 'a\u2029b' });
add('control-chars', '{{ toJson (list "a\\x01b" "a\\x00" "a\\x1fb" "bell\\a" "bs\\b" "ff\\f" "vt\\v" "del\\x7f") }}');
add('control-chars-raw', '{{ toRawJson (list "a\\x01b" "bs\\b" "ff\\f" "<&>") }}');
add('unicode-template', '{{ toJson (list "é" "\\u00e9" "\\U0001F600" "\\u0085" "\\u00a0") }}');
add('bytes', '{{ toJson ("aGVsbG8=" | b64dec) }}');
add('nested-pretty', '{{ toPrettyJson .Values }}', { a: [[1, [2, [3]]], { b: { c: { d: [] } } }], e: [{}, [], null] });
add('pretty-in-template', 'data:\n  config.json: |\n{{ toPrettyJson .Values | indent 4 }}', { log: { level: 'info' }, port: 80 });
add('nan-toJson', '{{ toJson (float64 "NaN") }}|{{ toJson (dict "a" (float64 "+Inf")) }}|{{ toPrettyJson (list (float64 "-Inf")) }}|after');
add('nan-mustToJson', '{{ mustToJson (dict "a" (float64 "-Inf")) }}');
add('nan-mustToPrettyJson', '{{ mustToPrettyJson (float64 "NaN") }}');
add('nan-toRawJson', '{{ toRawJson (float64 "NaN") }}');
add('nan-mustToRawJson', '{{ mustToRawJson (list 1 (float64 "+Inf")) }}');
add('roundtrip', '{{ .Values | toJson | fromJson | toJson }}', sample);
// Built-in objects: only exported fields are encoded.
add('builtin-release', '{{ toJson .Release }}|{{ toPrettyJson .Release }}');
add('builtin-template', '{{ toJson .Template }}');
add('builtin-kubeversion', '{{ toJson .Capabilities.KubeVersion }}|{{ toYaml .Capabilities.KubeVersion }}');
add('builtin-chart', '{{ toJson .Chart }}');
add('builtin-apiversions', '{{ toJson .Capabilities.APIVersions }}');
add('roundtrip-types', '{{ range $k, $v := (.Values | toJson | fromJson) }}{{ $k }}={{ typeOf $v }} {{ end }}', sample);

// ---------------------------------------------------------------------------------
// Unmarshal

const docs: Record<string, string> = {
  object: '{"a": 1, "b": [true, null, "x"], "c": {"d": 1.5e3}}',
  whitespace: ' \n\t{ "a" : 1 } \n',
  duplicates: '{"a": 1, "a": 2}',
  'big-number': '{"a": 123456789012345678901234567890, "b": 1E2, "c": -0, "d": 1e-400}',
  'huge-number': '{"a": 1e400, "b": 2}',
  escapes: '{"s": "\\u00e9\\n\\t\\/\\\\\\"\\ud83d\\ude00", "lone": "\\ud800x", "low": "\\udc00"}',
  'unicode-raw': '{"é": "日本 😀"}',
  array: '[1, 2, 3]',
  string: '"text"',
  number: '42',
  bool: 'true',
  null: 'null',
  empty: '',
  spaces: '   ',
  truncated: '{"a": 1',
  'trailing-garbage': '{"a": 1} x',
  'two-values': '{"a": 1} {"b": 2}',
  'bare-key': '{a: 1}',
  'single-quotes': "{'a': 1}",
  'trailing-comma': '{"a": 1,}',
  'trailing-comma-array': '{"a": [1,]}',
  'leading-zero': '{"a": 01}',
  'bad-decimal': '{"a": 1.}',
  'bad-exponent': '{"a": 1e}',
  'bad-minus': '{"a": -}',
  'bad-dot': '{"a": .5}',
  'bad-escape': '{"a": "\\q"}',
  'bad-unicode-escape': '{"a": "\\u12G4"}',
  'control-in-string': '{"a": "x\ty"}',
  'bad-true': '{"a": tru}',
  'bad-false': '{"a": fals}',
  'bad-null': '{"a": nul}',
  nan: '{"a": NaN}',
  'missing-colon': '{"a" 1}',
  'missing-comma': '{"a": 1 "b": 2}',
  'array-missing-comma': '[1 2]',
  'non-ascii-start': 'é',
  'unclosed-string': '{"a": "é',
};
for (const [name, text] of Object.entries(docs)) {
  add(`fromJson-${name}`, '{{ fromJson .Values.text | toJson }}', { text });
}
add('fromJson-types', '{{ range $k, $v := fromJson .Values.text }}{{ $k }}={{ typeOf $v }} {{ end }}', {
  text: '{"i": 1, "f": 1.5, "s": "x", "b": false, "n": null, "l": [], "m": {}}',
});
add('fromJson-error-key', '{{ (fromJson .Values.text).Error }}', { text: '{"a":' });
const arrays: Record<string, string> = {
  list: '[1, "two", {"three": 3}, [4]]',
  empty: '[]',
  object: '{"a": 1}',
  string: '"x"',
  null: 'null',
  truncated: '[1, 2',
  garbage: '[1] 2',
  blank: '',
};
for (const [name, text] of Object.entries(arrays)) {
  add(`fromJsonArray-${name}`, '{{ fromJsonArray .Values.text | toJson }}', { text });
}
add('fromJsonArray-len', '{{ len (fromJsonArray .Values.text) }}|{{ index (fromJsonArray .Values.text) 1 }}', { text: '["a", "b"]' });

differential('json', cases);
