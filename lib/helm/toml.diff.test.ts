// toToml and fromToml against Helm 4.1.4 (BurntSushi/toml).
import { differential, type DiffCase } from '../../test/differential';

const cases: DiffCase[] = [];
const add = (name: string, template: string, values?: Record<string, unknown>) =>
  cases.push({ name: `toml/${name}`, template, values });

// ---------------------------------------------------------------------------------
// toToml

add('scalars', '{{ toToml .Values }}', { port: 8080, ratio: 1.5, name: 'app', on: true, off: false, neg: -3, zero: 0 });
add('floats', '{{ toToml .Values }}', { a: 1e6, b: 123456789.5, c: 1e20, d: 1e21, e: 0.0001, f: 1e-5, g: 100, h: 1e15, i: -1.5e-9, j: 0.1 });
add('ints-template', '{{ toToml (dict "i" 5 "n" -5 "f" 5.0 "big" 9223372036854775807) }}');
add('strings', '{{ toToml .Values }}', { q: 'say "hi"', b: 'back\\slash', nl: 'a\nb', tab: 'a\tb', cr: 'a\rb', u: 'héllo 日本 😀', empty: '' });
add('control-chars', '{{ toToml (dict "a" "x\\x01y" "b" "del\\x7f" "c" "bs\\b" "d" "ff\\f" "e" "nel\\u0085") }}');
add('keys', '{{ toToml .Values }}', { bare_key: 1, 'dash-key': 2, 'with space': 3, 'dot.key': 4, 'ütf': 5, '': 6, 'quote"key': 7, '123': 8, A: 9 });
add('key-order', '{{ toToml .Values }}', { b: 1, a: 2, B: 3, _: 4, '1': 5, '10': 6, '2': 7 });
add('tables', '{{ toToml .Values }}', { top: 1, tbl: { x: 1, sub: { w: 'z' }, a: [1, 2] }, other: { k: 'v' } });
add('nested-tables', '{{ toToml .Values }}', { deep: { a: { b: { c: { d: 1 } } } }, z: 1 });
add('empty-table', '{{ toToml .Values }}', { e: {}, a: 1, f: { g: {} } });
add('arrays', '{{ toToml .Values }}', { l: [1, 'a', true], n: [[1, 2], ['a']], e: [], f: [1.5, 2] });
add('array-of-tables', '{{ toToml .Values }}', { aot: [{ a: 1, t: { u: 1 } }, { b: 2 }], x: 1 });
add('array-of-tables-nested', '{{ toToml .Values }}', { t: { z: 1, aot: [{ p: 1 }], m: { q: 1 }, arr: [{ a: [{ b: 1 }] }] } });
add('array-of-empty-tables', '{{ toToml .Values }}', { lm: [{}], x: 1 });
add('mixed-array', '{{ toToml .Values }}', { mixed: [{ a: 1 }, 2], rev: ['s', { a: 1 }] });
add('inline-nested', '{{ toToml (dict "d" (list (list (dict "a" 1 "b" (dict "c" 2))))) }}');
add('null-values', '{{ toToml .Values }}', { a: null, b: 1, c: { d: null, e: 2 } });
add('null-in-array', '{{ toToml (dict "a" (list 1 nil)) }}');
add('null-first-in-array', '{{ toToml (dict "a" (list nil (dict "b" 1))) }}');
add('null-nested-array', '{{ toToml (dict "a" (list (list 1 nil))) }}');
add('null-in-table-array', '{{ toToml (dict "a" (list (dict "b" 1) nil)) }}');
add('top-level-scalar', '{{ toToml 5 }}|{{ toToml "s" }}|{{ toToml 1.5 }}|{{ toToml true }}');
add('top-level-list', '{{ toToml (list 1 2) }}|{{ toToml (list 1 (dict "a" 1)) }}');
add('top-level-table-list', '{{ toToml (list (dict "a" 1)) }}');
add('top-level-nil', '{{ toToml nil }}');
add('top-level-empty', '[{{ toToml (dict) }}]');
add('special-floats', '{{ toToml (dict "a" (float64 "NaN") "b" (float64 "+Inf") "c" (float64 "-Inf") "d" -0.0) }}');
add('config-file', 'data:\n  app.toml: |\n{{ toToml .Values.config | indent 4 }}', {
  config: { title: 'demo', server: { host: '0.0.0.0', port: 8080, tls: { enabled: false } }, users: [{ name: 'a', admin: true }, { name: 'b' }] },
});

// ---------------------------------------------------------------------------------
// fromToml

const docs: Record<string, string> = {
  basic: 'a = 1\nb = 1.5\nc = "s"\nd = true\ne = [1, 2]\ng = 0x1F\nh = 1_000\nj = \'lit\'\n[t]\nx = 1\n[[aa]]\ny = 2\n[[aa]]\ny = 3\n',
  'multiline-strings': 'a = """\nline1\nline2"""\nb = \'\'\'\nraw \\n\nx\'\'\'\nc = """one \\\n   two"""\n',
  'dotted-keys': 'a.b.c = 1\n"q k" = 2\n',
  'inline-table': 'a = [1, "s"]\nb = {x = 1, y = {z = 2}}\n',
  comments: '# top\na = 1 # trailing\n\n[t] # table\nb = 2\n',
  escapes: 'a = "tab\\tnl\\nq\\"u\\u00e9U\\U0001F600"\n',
  'nested-arrays': 'a = [[1, 2], ["a", "b"]]\nb = [\n  1,\n  2,\n]\n',
  empty: '',
  'missing-value': 'a = \n',
  'duplicate-key': 'a = 1\na = 2\n',
  'bad-table': '[t\n',
  'unterminated-string': 'a = "unterminated\n',
  'bare-word': 'x',
  'leading-zero': 'a = 01\n',
  'int-overflow': 'a = 9223372036854775808\n',
};
for (const [name, text] of Object.entries(docs)) {
  add(`fromToml-${name}`, '{{ fromToml .Values.text | toJson }}', { text });
}
add('fromToml-types', '{{ range $k, $v := fromToml .Values.text }}{{ $k }}={{ typeOf $v }} {{ end }}', {
  text: 'i = 1\nf = 1.5\ns = "x"\nb = false\nl = [1]\n[m]\nk = 1\n',
});
add('fromToml-roundtrip', '{{ fromToml .Values.text | toToml }}', { text: 'b = 2\na = "x"\n[t]\nk = [1, 2]\n' });

differential('toml', cases);
