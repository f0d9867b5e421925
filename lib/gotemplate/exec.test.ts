import { describe, expect, it } from 'vitest';
import { TemplateSet, TemplateError, namedMap, namedList } from './index';
import { FuncError, GoFuncValue, GoStruct, type FuncMap, type GoValue, int64, newMap, typed } from './value';

// Typed functions, one per parameter kind, to pin Go's argument checking.
const funcs: FuncMap = {
  upper: { params: ['string'], fn: (s: string) => s.toUpperCase() },
  twice: { params: ['int'], fn: (n: bigint) => n * 2n },
  twice64: { params: ['int64'], fn: (n: bigint) => n * 2n },
  to64: { params: ['int'], fn: (n: bigint) => int64(n) },
  uns: { params: ['uint'], fn: (n: bigint) => n },
  half: { params: ['float64'], fn: (f: number) => f / 2 },
  neg: { params: ['bool'], fn: (b: boolean) => !b },
  head: { params: ['list'], fn: (l: GoValue[]) => (l.length ? l[0] : null) },
  keys: { params: ['map'], fn: (m: Record<string, GoValue>) => Object.keys(m).sort() },
  joinS: { params: ['strings'], fn: (l: string[]) => l.join('+') },
  blen: { params: ['bytes'], fn: (b: Uint8Array) => BigInt(b.length) },
  cat: { params: ['string'], variadic: 'any', fn: (s: string, ...r: GoValue[]) => s + r.map((x) => String(x)).join(',') },
  fail: { params: ['string'], fn: (m: string) => { throw new FuncError(m); } },
  boom: { params: [], fn: () => { throw new TypeError('oops'); } },
  nilf: { params: [], fn: () => null },
  undef: { params: [], fn: () => undefined as unknown as GoValue },
  list: { params: [], variadic: 'any', fn: (...a: GoValue[]) => a },
  dict: {
    params: [],
    variadic: 'any',
    fn: (...a: GoValue[]) => {
      const m = newMap();
      for (let i = 0; i < a.length; i += 2) m[String(a[i])] = a[i + 1] ?? null;
      return m;
    },
  },
  typeOf: { params: ['any'], fn: (v: GoValue) => (v === null ? '<nil>' : v === undefined ? 'undefined' : typeof v) },
  slice: { params: ['list'], variadic: 'any', fn: (l: GoValue[]) => l.slice(1) }, // overrides the builtin
};

const struct = new GoStruct(
  '*pkg.T',
  { Name: 'nm', Count: 2n, Sub: new GoStruct('pkg.S', { X: 1n }), Nil: null },
  {
    Hello: { params: ['string'], fn: (s: string) => 'hello ' + s },
    Zero: { params: [], fn: () => 'z' },
    Err: { params: [], fn: () => { throw new FuncError('method failed'); } },
  },
  () => 'T!',
);

function data(): Record<string, GoValue> {
  return {
    s: 'str',
    i: 3n,
    i64: int64(7n),
    f: 2.5,
    b: true,
    l: ['a', 'b', 'c'],
    ls: typed(['a', 'b', 'c'], '[]string'),
    m: { a: 1n, b: { c: 'd' }, z: null },
    n: null,
    e: [],
    em: {},
    nums: [3n, 1n, 2n],
    withNull: [null, 'x'],
    st: struct,
    fn: new GoFuncValue({ params: ['string'], fn: (s: string) => '<' + s + '>' }),
    fnErr: new GoFuncValue({ params: [], fn: () => { throw new FuncError('bad call'); } }),
    fnVar: new GoFuncValue({ params: ['int'], variadic: 'string', fn: (n: bigint, ...r: string[]) => `${n}:${r.join('')}` }),
    bytes: new Uint8Array([104, 105]),
    html: '<a href="x">&\'</a>',
    uni: 'héllo',
    big: 1000000,
    named: namedMap({ k: 'v' }, 'common.Values'),
    versions: namedList(['v1', 'apps/v1'], 'common.VersionSet', { Has: { params: ['string'], fn: (v: string) => v === 'v1' || v === 'apps/v1' } }),
    keys: { 'b': 2n, 'a': 1n, 'B': 0n, 'é': 3n, '_': 4n },
  };
}

interface Row {
  name: string;
  input: string;
  data?: GoValue;
  want?: string;
  wantErr?: string;
}

const E = (line: number, col: number, ctx: string, msg: string, name = 't') =>
  `template: t:${line}:${col}: executing "${name}" at <${ctx}>: ${msg}`;

const rows: Row[] = [
  // Text and printing.
  { name: 'empty', input: '', want: '' },
  { name: 'text', input: 'some text', want: 'some text' },
  { name: 'dot int', input: '{{.i}}', want: '3' },
  { name: 'dot float', input: '{{.f}}', want: '2.5' },
  { name: 'big float prints %v', input: '{{.big}}', want: '1e+06' },
  { name: 'bool', input: '{{.b}}', want: 'true' },
  { name: 'string', input: '{{.s}}', want: 'str' },
  { name: 'list', input: '{{.l}}', want: '[a b c]' },
  { name: 'map sorted', input: '{{.m}}', want: 'map[a:1 b:map[c:d] z:<nil>]' },
  { name: 'bytes', input: '{{.bytes}}', want: '[104 105]' },
  { name: 'struct with String', input: '{{.st}}', want: 'T!' },
  { name: 'struct without String', input: '{{.st.Sub}}', want: '{1}' },
  { name: 'missing key', input: '{{.missing}}', want: '<no value>' },
  { name: 'null value', input: '{{.n}}', want: '<no value>' },
  { name: 'nil data', input: '{{.}}|{{.x}}|{{.x.y}}', data: null, want: '<no value>|<no value>|<no value>' },
  { name: 'undefined data', input: '{{.}}', data: undefined, want: '<no value>' },
  { name: 'func value cannot print', input: '{{.fn}}', wantErr: E(1, 2, '{{.fn}}', "can't print {{.fn}} of type func") },
  { name: 'literal int', input: '{{ 3 }}', want: '3' },
  { name: 'literal negative', input: '{{ -3 }}', want: '-3' },
  { name: 'literal float', input: '{{ 3.0 }} {{ 1e2 }} {{ 0x1p1 }}', want: '3 100 2' },
  { name: 'literal hex is int', input: '{{ 0x10 }} {{ 0X1e }}', want: '16 30' },
  { name: 'literal char is int', input: "{{ 'a' }}", want: '97' },
  { name: 'literal string', input: '{{ "a\\tb" }}{{ `c\\t` }}', want: 'a\tbc\\t' },
  { name: 'literal bool', input: '{{ true }}{{ false }}', want: 'truefalse' },
  { name: 'literal complex', input: '{{ 1+2i }} {{ 3i }} {{ -1.5-2i }}', want: '(1+2i) (0+3i) (-1.5-2i)' },
  { name: 'literal uint overflows int', input: '{{ 18446744073709551615 }}', wantErr: E(1, 3, '18446744073709551615', '18446744073709551615 overflows int') },
  { name: 'nil is not a command', input: '{{ nil }}', wantErr: E(1, 3, 'nil', 'nil is not a command') },
  { name: 'unicode column in bytes', input: 'é{{ .x.y }}', data: {}, wantErr: E(1, 7, '.x.y', 'nil pointer evaluating interface {}.y') },
  { name: 'column on later line', input: 'a\nbc {{ .x.y }}', data: {}, wantErr: E(2, 8, '.x.y', 'nil pointer evaluating interface {}.y') },

  // Fields.
  { name: 'nested field', input: '{{.m.b.c}}', want: 'd' },
  { name: 'missing nested leaf', input: '{{.m.b.zz}}', want: '<no value>' },
  { name: 'missing parent', input: '{{.nope.x}}', wantErr: E(1, 7, '.nope.x', 'nil pointer evaluating interface {}.x') },
  { name: 'null parent', input: '{{.m.z.x}}', wantErr: E(1, 4, '.m.z.x', 'nil pointer evaluating interface {}.x') },
  { name: 'field on string', input: '{{.s.x}}', wantErr: E(1, 4, '.s.x', "can't evaluate field x in type interface {}") },
  { name: 'field on list', input: '{{.l.x}}', wantErr: E(1, 4, '.l.x', "can't evaluate field x in type interface {}") },
  { name: 'field on top-level string', input: '{{.x}}', data: 'str', wantErr: E(1, 2, '.x', "can't evaluate field x in type string") },
  { name: 'field on with string', input: '{{with .s}}{{.x}}{{end}}', wantErr: E(1, 13, '.x', "can't evaluate field x in type string") },
  { name: 'field on with int', input: '{{with .i}}{{.x}}{{end}}', wantErr: E(1, 13, '.x', "can't evaluate field x in type int") },
  { name: 'field on range element', input: '{{range .l}}{{.x}}{{end}}', wantErr: E(1, 14, '.x', "can't evaluate field x in type interface {}") },
  { name: 'field on null range element', input: '{{range .withNull}}{{.x}}{{end}}', wantErr: E(1, 21, '.x', 'nil pointer evaluating interface {}.x') },
  { name: 'field on variable element', input: '{{range $v := .l}}{{$v.x}}{{end}}', wantErr: E(1, 22, '$v.x', "can't evaluate field x in type interface {}") },
  { name: 'field on declared variable', input: '{{$v := .s}}{{$v.x}}', wantErr: E(1, 16, '$v.x', "can't evaluate field x in type string") },
  { name: 'field of invalid variable', input: '{{$v := .missing}}{{$v.x}}', want: '<no value>' },
  { name: 'field of paren missing', input: '{{(.missing).x}}', want: '<no value>' },
  { name: 'field of paren', input: '{{(.m).b.c}}', want: 'd' },
  { name: 'field of paren int', input: '{{(1).x}}', wantErr: E(1, 3, '1', "can't evaluate field x in type int") },
  { name: 'field of function result', input: '{{(dict "a" 1).a}}', want: '1' },
  { name: 'field chain on function', input: '{{list.x}}', wantErr: E(1, 2, 'list', "can't evaluate field x in type []interface {}") },
  { name: 'map field with args', input: '{{.m.a 1}}', wantErr: E(1, 4, '.m.a', 'a is not a method but has arguments') },
  { name: 'map field with final', input: '{{1 | .m.a}}', wantErr: E(1, 8, '.m.a', 'a is not a method but has arguments') },
  { name: 'dollar', input: '{{range .l}}{{$.s}}{{end}}', want: 'strstrstr' },
  { name: 'named map type in errors', input: '{{upper .named}}', wantErr: E(1, 8, '.named', 'wrong type for value; expected string; got common.Values') },
  { name: 'named map reads keys', input: '{{.named.k}}', want: 'v' },
  { name: 'named list method', input: '{{.versions.Has "v1"}} {{.versions.Has "x"}} {{len .versions}} {{index .versions 1}} {{range .versions}}{{.}},{{end}} {{.versions}}', want: 'true false 2 apps/v1 v1,apps/v1, [v1 apps/v1]' },
  { name: 'named list type in errors', input: '{{upper .versions}}', wantErr: E(1, 8, '.versions', 'wrong type for value; expected string; got common.VersionSet') },
  { name: 'named list unknown method', input: '{{.versions.Nope}}', wantErr: E(1, 11, '.versions.Nope', "can't evaluate field Nope in type interface {}") },
  { name: 'keys with odd names', input: '{{.keys._}}', want: '4' },
  { name: 'inherited property is not a key', input: '{{.m.constructor}}|{{.m.toString}}', want: '<no value>|<no value>' },

  // Structs.
  { name: 'struct field', input: '{{.st.Name}} {{.st.Count}} {{.st.Sub.X}}', want: 'nm 2 1' },
  { name: 'struct method', input: '{{.st.Hello "x"}} {{.st.Zero}}', want: 'hello x z' },
  { name: 'struct method piped', input: '{{"y" | .st.Hello}}', want: 'hello y' },
  { name: 'struct method arg count', input: '{{.st.Hello}}', wantErr: E(1, 5, '.st.Hello', 'wrong number of args for Hello: want 1 got 0') },
  { name: 'struct method arg type', input: '{{.st.Hello 3}}', wantErr: E(1, 12, '3', 'expected string; found 3') },
  { name: 'struct method error', input: '{{.st.Err}}', wantErr: E(1, 5, '.st.Err', 'error calling Err: method failed') },
  { name: 'struct missing field', input: '{{.st.Nope}}', wantErr: E(1, 5, '.st.Nope', "can't evaluate field Nope in type interface {}") },
  { name: 'struct field with args', input: '{{.st.Name 1}}', wantErr: E(1, 5, '.st.Name', 'Name has arguments but cannot be invoked as function') },
  { name: 'struct nil field chain', input: '{{.st.Nil.x}}', wantErr: E(1, 5, '.st.Nil.x', 'nil pointer evaluating interface {}.x') },
  { name: 'struct is true', input: '{{if .st.Sub}}yes{{end}}', want: 'yes' },

  // Variables.
  { name: 'declare and use', input: '{{$x := "a"}}{{$x}}', want: 'a' },
  { name: 'assign', input: '{{$x := 1}}{{$x = 2}}{{$x}}', want: '2' },
  { name: 'assign in if persists', input: '{{$x := 1}}{{if true}}{{$x = 2}}{{end}}{{$x}}', want: '2' },
  { name: 'declare in if is local', input: '{{$x := 1}}{{if true}}{{$x := 2}}{{$x}}{{end}}{{$x}}', want: '21' },
  { name: 'assign undeclared', input: '{{$x = 1}}', wantErr: E(1, 7, '1', 'undefined variable: $x') },
  { name: 'variable with args', input: '{{$x := 1}}{{$x 2}}', wantErr: E(1, 13, '$x', "can't give argument to non-function $x") },
  { name: 'variable field', input: '{{$m := .m}}{{$m.b.c}}', want: 'd' },
  { name: 'dollar is data', input: '{{$}}', data: 'top', want: 'top' },
  { name: 'dollar field', input: '{{with .m}}{{$.s}}{{end}}', want: 'str' },
  { name: 'decl prints nothing', input: '{{$x := 5}}', want: '' },
  { name: 'decl in with', input: '{{with $x := .s}}{{$x}}{{.}}{{end}}', want: 'strstr' },
  { name: 'decl in if else', input: '{{if $x := .missing}}a{{else}}{{$x}}{{end}}', want: '<no value>' },
  { name: 'decl in paren pipeline', input: '{{print ($x := 1) $x}}', want: '1 1' },

  // Pipelines and commands.
  { name: 'pipe final arg', input: '{{"b" | printf "%s-%s" "a"}}', want: 'a-b' },
  { name: 'pipe chain', input: '{{1 | print 2 | print 3}}', want: '32 1' },
  { name: 'paren pipeline', input: '{{print (print 1 2) (len .l)}}', want: '1 23' },
  { name: 'paren with args', input: '{{(print 1) 2}}', wantErr: E(1, 2, '(print 1) 2', "can't give argument to non-function print 1") },
  { name: 'literal with args', input: '{{1 2}}', wantErr: E(1, 2, '1', "can't give argument to non-function 1") },
  { name: 'dot with final', input: '{{1 | .}}', wantErr: 'template: t:1: non executable command in pipeline stage 2' },
  { name: 'bool command', input: '{{true}}', want: 'true' },
  { name: 'dot command', input: '{{.}}', data: 5n, want: '5' },
  { name: 'missing through pipeline is invalid', input: '{{.missing | typeOf}}', want: '<nil>' },
  { name: 'trailing pipe', input: '{{.s |}}', want: 'str' },

  // Function calls: counts and types.
  { name: 'undefined function is a parse error', input: '{{nope}}', wantErr: 'template: t:1: function "nope" not defined' },
  { name: 'too many args', input: '{{upper "a" "b"}}', wantErr: E(1, 2, 'upper', 'wrong number of args for upper: want 1 got 2') },
  { name: 'too few args', input: '{{upper}}', wantErr: E(1, 2, 'upper', 'wrong number of args for upper: want 1 got 0') },
  { name: 'final counts', input: '{{"a" | upper "b"}}', wantErr: E(1, 8, 'upper', 'wrong number of args for upper: want 1 got 2') },
  { name: 'variadic too few', input: '{{cat}}', wantErr: E(1, 2, 'cat', 'wrong number of args for cat: want at least 1 got 0') },
  { name: 'variadic ok', input: '{{cat "a" 1 2.5 nil}}', want: 'a1,2.5,null' },
  { name: 'variadic final fixed', input: '{{"a" | cat}}', want: 'a' },
  { name: 'variadic final in variadic part', input: '{{3 | cat "a"}}', want: 'a3' },
  { name: 'string literal ok', input: '{{upper "x"}}', want: 'X' },
  { name: 'string param int literal', input: '{{upper 3}}', wantErr: E(1, 8, '3', 'expected string; found 3') },
  { name: 'string param bool literal', input: '{{upper true}}', wantErr: E(1, 8, 'true', 'expected string; found true') },
  { name: 'string param int value', input: '{{upper .i}}', wantErr: E(1, 8, '.i', 'wrong type for value; expected string; got int') },
  { name: 'string param missing value', input: '{{upper .missing}}', wantErr: E(1, 8, '.missing', 'wrong type for value; expected string; got interface {}') },
  { name: 'string param null value', input: '{{upper .n}}', wantErr: E(1, 8, '.n', 'wrong type for value; expected string; got interface {}') },
  { name: 'string param invalid variable', input: '{{$x := .missing}}{{upper $x}}', wantErr: E(1, 26, '$x', 'invalid value; expected string') },
  { name: 'string param invalid final', input: '{{.missing | upper}}', wantErr: E(1, 13, 'upper', 'invalid value; expected string') },
  { name: 'string param nil literal', input: '{{upper nil}}', wantErr: E(1, 8, 'nil', 'cannot assign nil to string') },
  { name: 'string param paren missing', input: '{{upper (.missing)}}', wantErr: E(1, 9, '.missing', 'invalid value; expected string') },
  { name: 'string param from range element', input: '{{range .l}}{{upper .}}{{end}}', want: 'ABC' },
  { name: 'string param null range element', input: '{{range .withNull}}{{upper .}}{{end}}', wantErr: E(1, 27, '.', 'wrong type for value; expected string; got interface {}') },
  { name: 'int param literal', input: '{{twice 4}}', want: '8' },
  { name: 'int param char literal', input: "{{twice 'a'}}", want: '194' },
  { name: 'int param float literal', input: '{{twice 2.5}}', wantErr: E(1, 8, '2.5', 'expected integer; found 2.5') },
  { name: 'int param whole float literal', input: '{{twice 2.0}}', want: '4' },
  { name: 'int param float value', input: '{{twice .f}}', wantErr: E(1, 8, '.f', 'wrong type for value; expected int; got float64') },
  // Go's int64 is a type apart from int: reflect refuses either where the other is declared.
  { name: 'int64 value into int param', input: '{{twice .i64}}', wantErr: E(1, 8, '.i64', 'wrong type for value; expected int; got int64') },
  { name: 'int64 result into int param', input: '{{twice (to64 2)}}', wantErr: E(1, 14, '2', 'wrong type for value; expected int; got int64') },
  { name: 'int value into int64 param', input: '{{twice64 .i}}', wantErr: E(1, 10, '.i', 'wrong type for value; expected int64; got int') },
  { name: 'int64 value into int64 param', input: '{{twice64 .i64}}', want: '14' },
  { name: 'int literal into int64 param', input: '{{twice64 4}}', want: '8' },
  { name: 'int64 into any param', input: '{{printf "%v %d %T %T" .i64 .i64 .i64 .i}}', want: '7 7 int64 int' },
  { name: 'int64 bad verb names its type', input: '{{printf "%s" .i64}}', want: '%!s(int64=7)' },
  { name: 'int64 compares with int', input: '{{eq .i64 7}} {{lt .i 7}} {{lt .i64 3}} {{ne .i64 .i}}', want: 'true true false true' },
  { name: 'int64 truth', input: '{{if .i64}}y{{end}}{{if to64 0}}n{{end}}', want: 'y' },
  { name: 'int64 indexes', input: '{{index .l (to64 1)}} {{printf "%*d|" (to64 3) 5}}', want: 'b   5|' },
  { name: 'range over int64 yields int64', input: '{{range to64 2}}{{printf "%T" .}}{{end}}', want: 'int64int64' },
  { name: 'int param string literal', input: '{{twice "2"}}', wantErr: E(1, 8, '"2"', 'expected integer; found "2"') },
  { name: 'uint param', input: '{{uns 5}}', want: '5' },
  { name: 'uint param negative', input: '{{uns -5}}', wantErr: E(1, 6, '-5', 'expected unsigned integer; found -5') },
  { name: 'float param int literal converts', input: '{{half 3}}', want: '1.5' },
  { name: 'float param int value', input: '{{half .i}}', wantErr: E(1, 7, '.i', 'wrong type for value; expected float64; got int') },
  { name: 'float param float value', input: '{{half .f}}', want: '1.25' },
  { name: 'bool param', input: '{{neg true}} {{neg .b}}', want: 'false false' },
  { name: 'bool param int literal', input: '{{neg 1}}', wantErr: E(1, 6, '1', 'expected bool; found 1') },
  { name: 'list param', input: '{{head .l}}', want: 'a' },
  { name: 'list param literal', input: '{{head 1}}', wantErr: E(1, 7, '1', "can't handle 1 for arg of type []interface {}") },
  { name: 'list param string', input: '{{head .s}}', wantErr: E(1, 7, '.s', 'wrong type for value; expected []interface {}; got string') },
  { name: 'list param nil literal', input: '{{head nil}}', want: '<no value>' },
  { name: 'list param invalid', input: '{{$x := .missing}}{{head $x}}', want: '<no value>' },
  { name: 'map param', input: '{{keys .m}}', want: '[a b z]' },
  { name: 'map param named map', input: '{{keys .named}}', want: '[k]' },
  { name: 'map param list', input: '{{keys .l}}', wantErr: E(1, 7, '.l', 'wrong type for value; expected map[string]interface {}; got []interface {}') },
  { name: 'strings param', input: '{{joinS .ls}}', want: 'a+b+c' },
  // Go has no conversion from []interface{} to []string, even when every element is one
  { name: 'strings param from a list', input: '{{joinS .l}}', wantErr: E(1, 8, '.l', 'wrong type for value; expected []string; got []interface {}') },
  { name: 'list param from []string', input: '{{head .ls}}', wantErr: E(1, 7, '.ls', 'wrong type for value; expected []interface {}; got []string') },
  { name: 'strings param mixed', input: '{{joinS .nums}}', wantErr: E(1, 8, '.nums', 'wrong type for value; expected []string; got []interface {}') },
  { name: 'bytes param', input: '{{blen .bytes}}', want: '2' },
  { name: 'any param literal kinds', input: '{{typeOf 1}} {{typeOf 1.5}} {{typeOf "s"}} {{typeOf true}} {{typeOf nil}} {{typeOf .missing}}', want: 'bigint number string boolean <nil> <nil>' },
  { name: 'any param invalid', input: '{{$x := .missing}}{{typeOf $x}}', want: '<nil>' },
  { name: 'function error', input: '{{fail "bad"}}', wantErr: E(1, 2, 'fail "bad"', 'error calling fail: bad') },
  { name: 'function error in pipeline', input: '{{"x" | fail}}', wantErr: E(1, 8, 'fail', 'error calling fail: x') },
  { name: 'function JS error', input: '{{boom}}', wantErr: E(1, 2, 'boom', 'error calling boom: oops') },
  { name: 'function returning null', input: '{{nilf}}', want: '<no value>' },
  { name: 'function returning undefined', input: '{{undef}}', want: '<no value>' },
  { name: 'function overrides builtin', input: '{{slice .l 1}}', want: '[b c]' },
  { name: 'identifier argument', input: '{{upper nilf}}', wantErr: E(1, 8, 'nilf', 'wrong type for value; expected string; got interface {}') },

  // Builtins.
  { name: 'print', input: '{{print 1 2 "a" "b" 3}}', want: '1 2ab3' },
  { name: 'print nil', input: '{{print nil}} {{print .missing}}', want: '<nil> <nil>' },
  { name: 'println', input: '{{println 1 "a"}}', want: '1 a\n' },
  { name: 'printf', input: '{{printf "%d %s %v %q %5.2f" 3 "x" .l "q" 2.5}}', want: '3 x [a b c] "q"  2.50' },
  { name: 'printf float as d', input: '{{printf "%d" .f}}', want: '%!d(float64=2.5)' },
  { name: 'printf literal format', input: '{{printf 1}}', wantErr: E(1, 9, '1', 'expected string; found 1') },
  { name: 'len', input: '{{len .l}} {{len .s}} {{len .m}} {{len .uni}} {{len .e}} {{len .em}} {{len .bytes}}', want: '3 3 3 6 0 0 2' },
  { name: 'len of nil', input: '{{len .n}}', wantErr: E(1, 2, 'len .n', 'error calling len: len of nil pointer') },
  { name: 'len of invalid', input: '{{$x := .missing}}{{len $x}}', wantErr: E(1, 20, 'len $x', 'error calling len: reflect: call of reflect.Value.Type on zero Value') },
  { name: 'len of int', input: '{{len 3}}', wantErr: E(1, 2, 'len 3', 'error calling len: len of type int') },
  { name: 'len of struct', input: '{{len .st}}', wantErr: E(1, 2, 'len .st', 'error calling len: len of type *pkg.T') },
  { name: 'index list', input: '{{index .l 1}}', want: 'b' },
  { name: 'index map', input: '{{index .m "a"}} {{index .m "b" "c"}}', want: '1 d' },
  { name: 'index missing key', input: '{{index .m "x"}}', want: '<no value>' },
  { name: 'index no indexes', input: '{{index .l}}', want: '[a b c]' },
  { name: 'index string gives byte', input: '{{index "abc" 1}}', want: '98' },
  { name: 'index bytes', input: '{{index .bytes 0}}', want: '104' },
  { name: 'index out of range', input: '{{index .l 5}}', wantErr: E(1, 2, 'index .l 5', 'error calling index: index out of range: 5') },
  { name: 'index at length', input: '{{index .l 3}}', wantErr: E(1, 2, 'index .l 3', 'error calling index: reflect: slice index out of range') },
  { name: 'index string at length', input: '{{index "ab" 2}}', wantErr: E(1, 2, 'index "ab" 2', 'error calling index: reflect: string index out of range') },
  { name: 'index negative', input: '{{index .l -1}}', wantErr: E(1, 2, 'index .l -1', 'error calling index: index out of range: -1') },
  { name: 'index float', input: '{{index .l 1.5}}', wantErr: E(1, 2, 'index .l 1.5', 'error calling index: cannot index slice/array with type float64') },
  { name: 'index nil index', input: '{{index .l nil}}', wantErr: E(1, 2, 'index .l nil', 'error calling index: cannot index slice/array with nil') },
  { name: 'index of nil', input: '{{index .n 1}}', wantErr: E(1, 2, 'index .n 1', 'error calling index: index of untyped nil') },
  { name: 'index through nil', input: '{{index .m "z" "x"}}', wantErr: E(1, 2, 'index .m "z" "x"', 'error calling index: index of nil pointer') },
  { name: 'index map with int', input: '{{index .m 1}}', wantErr: E(1, 2, 'index .m 1', 'error calling index: value has type int; should be string') },
  { name: 'index map with nil', input: '{{index .m nil}}', wantErr: E(1, 2, 'index .m nil', 'error calling index: value is nil; should be of type string') },
  { name: 'index of int', input: '{{index 1 1}}', wantErr: E(1, 2, 'index 1 1', "error calling index: can't index item of type int") },
  { name: 'index result chain', input: '{{(index .m "b").c}}', want: 'd' },
  { name: 'not', input: '{{not true}} {{not 0}} {{not ""}} {{not .l}} {{not .missing}} {{not .e}} {{not .st}}', want: 'false true true false true true false' },
  { name: 'not arg count', input: '{{not 1 2}}', wantErr: E(1, 2, 'not', 'wrong number of args for not: want 1 got 2') },
  { name: 'and', input: '{{and 1 2}} {{and 0 2}} {{and 1 "" 3}} {{and .s .l}}', want: '2 0  [a b c]' },
  { name: 'or', input: '{{or 0 ""}} {{or 0 "x"}} {{or .missing .s}}', want: ' x str' },
  { name: 'and short-circuits', input: '{{and false (fail "no")}}', want: 'false' },
  { name: 'or short-circuits', input: '{{or true (fail "no")}}', want: 'true' },
  { name: 'and evaluates to error', input: '{{and true (fail "yes")}}', wantErr: E(1, 12, 'fail "yes"', 'error calling fail: yes') },
  { name: 'and with final', input: '{{0 | and 1}}|{{"x" | and 1}}|{{1 | and 0}}', want: '0|x|0' },
  { name: 'or with final', input: '{{0 | or 1}}|{{"x" | or 0}}', want: '1|x' },
  { name: 'and missing', input: '[{{and .missing 1}}] [{{or .missing}}] [{{and nil 1}}]', want: '[<no value>] [<no value>] [<no value>]' },
  { name: 'and no args', input: '{{and}}', wantErr: E(1, 2, 'and', 'wrong number of args for and: want at least 1 got 0') },
  { name: 'and result used as string', input: '{{upper (and 1 "x")}}', want: 'X' },
  { name: 'eq', input: '{{eq 1 1}} {{eq "a" "a"}} {{eq "a" "b"}} {{eq true true}} {{eq .s "str"}} {{eq 1.5 1.5}}', want: 'true true false true true true' },
  { name: 'eq multi', input: '{{eq 3 1 2 3}} {{eq "x" "a" "b"}}', want: 'true false' },
  { name: 'eq int float', input: '{{eq .i 3.0}}', wantErr: E(1, 2, 'eq .i 3.0', 'error calling eq: incompatible types for comparison: int and float64') },
  { name: 'eq float int literal', input: '{{eq .f 3}}', wantErr: E(1, 2, 'eq .f 3', 'error calling eq: incompatible types for comparison: float64 and int') },
  { name: 'eq missing vs string', input: '{{eq .missing "x"}} {{eq "x" .missing}}', want: 'false false' },
  { name: 'eq nil nil', input: '{{eq nil nil}} {{eq .missing nil}} {{eq .n .missing}}', want: 'true true true' },
  { name: 'eq list nil', input: '{{eq .l nil}}', want: 'false' },
  { name: 'eq lists', input: '{{eq .l .l}}', wantErr: E(1, 2, 'eq .l .l', 'error calling eq: non-comparable type [a b c]: []interface {}') },
  { name: 'eq list string', input: '{{eq .l "a"}}', wantErr: E(1, 2, 'eq .l "a"', 'error calling eq: incompatible types for comparison: []interface {} and string') },
  { name: 'eq list map', input: '{{eq .l .m}}', wantErr: E(1, 2, 'eq .l .m', 'error calling eq: non-comparable types [a b c]: []interface {}, map[string]interface {}: map[a:1 b:map[c:d] z:<nil>]') },
  { name: 'eq structs', input: '{{eq .st .st}} {{eq .st .st.Sub}}', want: 'true false' },
  { name: 'eq stops at first match', input: '{{eq 1 1 "x"}}', want: 'true' },
  { name: 'eq error after no match', input: '{{eq 1 2 "x"}}', wantErr: E(1, 2, 'eq 1 2 "x"', 'error calling eq: incompatible types for comparison: int and string') },
  { name: 'eq missing argument', input: '{{eq 1}}', wantErr: E(1, 2, 'eq 1', 'error calling eq: missing argument for comparison') },
  { name: 'ne', input: '{{ne 1 2}} {{ne "a" "a"}}', want: 'true false' },
  { name: 'ne mismatch', input: '{{ne 1 "a"}}', wantErr: E(1, 2, 'ne 1 "a"', 'error calling ne: incompatible types for comparison: int and string') },
  { name: 'lt family', input: '{{lt 1 2}} {{lt "a" "b"}} {{lt 2.5 1.5}} {{le 2 2}} {{gt 3 2}} {{ge 1 2}} {{le "b" "a"}} {{gt 1.5 1.5}}', want: 'true true false true true false false false' },
  { name: 'lt bytewise strings', input: '{{lt "Z" "a"}} {{lt "é" "z"}}', want: 'true false' },
  { name: 'lt int float', input: '{{lt .i 5.0}}', wantErr: E(1, 2, 'lt .i 5.0', 'error calling lt: incompatible types for comparison: int and float64') },
  { name: 'lt bool', input: '{{lt true false}}', wantErr: E(1, 2, 'lt true false', 'error calling lt: invalid type for comparison') },
  { name: 'lt nil', input: '{{lt .missing 1}}', wantErr: E(1, 2, 'lt .missing 1', 'error calling lt: invalid type for comparison') },
  { name: 'lt list', input: '{{lt 1 .l}}', wantErr: E(1, 2, 'lt 1 .l', 'error calling lt: invalid type for comparison') },
  { name: 'le mismatch', input: '{{le 1 "a"}}', wantErr: E(1, 2, 'le 1 "a"', 'error calling le: incompatible types for comparison: int and string') },
  { name: 'gt arg count', input: '{{gt 1}}', wantErr: E(1, 2, 'gt', 'wrong number of args for gt: want 2 got 1') },
  { name: 'html', input: '{{html .html}}', want: '&lt;a href=&#34;x&#34;&gt;&amp;&#39;&lt;/a&gt;' },
  { name: 'html args', input: '{{html "a" 1 .missing}}', want: 'a1&lt;no value&gt;' },
  { name: 'html nul', input: '{{html "a\\x00b"}}', want: 'a\uFFFDb' },
  { name: 'js', input: '{{js .html}}', want: '\\u003Ca href\\u003D\\"x\\"\\u003E\\u0026\\\'\\u003C/a\\u003E' },
  { name: 'js unicode', input: '{{js "é\\u2028\\x01"}}', want: 'é\\u2028\\u0001' },
  { name: 'urlquery', input: '{{urlquery "a b&c=d/é~"}}', want: 'a+b%26c%3Dd%2F%C3%A9~' },
  { name: 'urlquery args', input: '{{urlquery "x" 1 2}}', want: 'x1+2' },
  { name: 'call', input: '{{call .fn "a"}}', want: '<a>' },
  { name: 'call variadic', input: '{{call .fnVar 1 "a" "b"}}', want: '1:ab' },
  { name: 'call piped', input: '{{"x" | call .fn}}', want: '<x>' },
  { name: 'call error', input: '{{call .fnErr}}', wantErr: E(1, 2, 'call .fnErr', 'error calling call: bad call') },
  { name: 'call wrong count', input: '{{call .fn}}', wantErr: E(1, 2, 'call .fn', 'error calling call: wrong number of args for .fn: got 0 want 1') },
  { name: 'call wrong count variadic', input: '{{call .fnVar}}', wantErr: E(1, 2, 'call .fnVar', 'error calling call: wrong number of args for .fnVar: got 0 want at least 1') },
  { name: 'call wrong type', input: '{{call .fn 1}}', wantErr: E(1, 2, 'call .fn 1', 'error calling call: arg 0: value has type int; should be string') },
  { name: 'call nil arg', input: '{{call .fn nil}}', wantErr: E(1, 2, 'call .fn nil', 'error calling call: arg 0: value is nil; should be of type string') },
  { name: 'call non-function', input: '{{call .s}}', wantErr: E(1, 2, 'call .s', 'error calling call: non-function .s of type string') },
  { name: 'call nil', input: '{{call .missing}}', wantErr: E(1, 2, 'call .missing', 'error calling call: call of nil') },

  // if / with.
  { name: 'if true', input: '{{if true}}yes{{end}}', want: 'yes' },
  { name: 'if else', input: '{{if false}}yes{{else}}no{{end}}', want: 'no' },
  { name: 'else if', input: '{{if eq .i 1}}one{{else if eq .i 3}}three{{else}}other{{end}}', want: 'three' },
  { name: 'truthiness', input: '{{if .e}}A{{end}}{{if .em}}B{{end}}{{if .missing}}C{{end}}{{if 0}}D{{end}}{{if ""}}E{{end}}{{if .l}}F{{end}}{{if 0.0}}G{{end}}{{if .n}}H{{end}}{{if .fn}}I{{end}}{{if .bytes}}J{{end}}', want: 'FIJ' },
  { name: 'with sets dot', input: '{{with .m.b}}{{.c}}{{end}}', want: 'd' },
  { name: 'with else', input: '{{with .e}}x{{else}}{{.s}}{{end}}', want: 'str' },
  { name: 'with else with', input: '{{with .missing}}A{{else with .s}}{{.}}{{else}}C{{end}}', want: 'str' },
  { name: 'with else with falls through', input: '{{with .missing}}A{{else with .e}}B{{else}}C{{end}}', want: 'C' },
  { name: 'if else with', input: '{{if false}}a{{else}}{{with .s}}{{.}}{{end}}{{end}}', want: 'str' },
  { name: 'if pipeline error', input: '{{if .x.y}}a{{end}}', data: {}, wantErr: E(1, 7, '.x.y', 'nil pointer evaluating interface {}.y') },

  // range.
  { name: 'range list', input: '{{range .l}}[{{.}}]{{end}}', want: '[a][b][c]' },
  { name: 'range index value', input: '{{range $i, $v := .l}}{{$i}}={{$v}};{{end}}', want: '0=a;1=b;2=c;' },
  { name: 'range one var', input: '{{range $v := .l}}{{$v}}{{end}}', want: 'abc' },
  { name: 'range map sorted by bytes', input: '{{range $k, $v := .keys}}{{$k}}={{$v}};{{end}}', want: 'B=0;_=4;a=1;b=2;é=3;' },
  { name: 'range map dot', input: '{{range .m.b}}{{.}}{{end}}', want: 'd' },
  { name: 'range int', input: '{{range 3}}{{.}}{{end}}', want: '012' },
  { name: 'range int var', input: '{{range $i := .i}}{{$i}}{{end}}', want: '012' },
  { name: 'range negative int', input: '{{range -2}}x{{else}}none{{end}}', want: 'none' },
  { name: 'range int two vars', input: '{{range $i, $v := 3}}{{end}}', wantErr: E(1, 18, '3', "can't use 3 to iterate over more than one variable") },
  { name: 'range float', input: '{{range .f}}{{end}}', wantErr: E(1, 8, '.f', "range can't iterate over 2.5") },
  { name: 'range string', input: '{{range .s}}{{end}}', wantErr: E(1, 8, '.s', "range can't iterate over str") },
  { name: 'range bool', input: '{{range true}}{{end}}', wantErr: E(1, 8, 'true', "range can't iterate over true") },
  { name: 'range struct', input: '{{range .st}}{{end}}', wantErr: E(1, 8, '.st', "range can't iterate over T!") },
  { name: 'range empty else', input: '{{range .e}}x{{else}}empty{{end}}', want: 'empty' },
  { name: 'range empty map else', input: '{{range .em}}x{{else}}empty{{end}}', want: 'empty' },
  { name: 'range missing else', input: '{{range .missing}}x{{else}}none{{end}}', want: 'none' },
  { name: 'range null', input: '{{range .n}}x{{end}}ok', want: 'ok' },
  { name: 'range bytes', input: '{{range .bytes}}{{.}},{{end}}', want: '104,105,' },
  { name: 'range break', input: '{{range .l}}{{if eq . "b"}}{{break}}{{end}}{{.}}{{end}}', want: 'a' },
  { name: 'range continue', input: '{{range .l}}{{if eq . "b"}}{{continue}}{{end}}{{.}}{{end}}', want: 'ac' },
  { name: 'range break in with', input: '{{range .l}}{{with .}}{{break}}{{end}}x{{end}}done', want: 'done' },
  { name: 'range break inner only', input: '{{range .l}}{{range $.nums}}{{if eq . 1}}{{break}}{{end}}{{.}}{{end}}|{{end}}', want: '3|3|3|' },
  { name: 'range continue int', input: '{{range 4}}{{if eq . 2}}{{continue}}{{end}}{{.}}{{end}}', want: '013' },
  { name: 'range break int', input: '{{range 4}}{{if eq . 2}}{{break}}{{end}}{{.}}{{end}}', want: '01' },
  { name: 'range break map', input: '{{range $k, $v := .m}}{{if eq $k "b"}}{{break}}{{end}}{{$k}}{{end}}', want: 'a' },
  { name: 'range assign vars', input: '{{$i := 0}}{{$v := ""}}{{range $i, $v = .l}}{{end}}{{$i}}{{$v}}', want: '2c' },
  { name: 'range assign one var', input: '{{$v := ""}}{{range $v = .l}}{{end}}{{$v}}', want: 'c' },
  { name: 'range var in else', input: '{{range $x := .e}}{{else}}{{$x}}{{end}}', want: '[]' },
  { name: 'range nested dot', input: '{{range .l}}{{range $.nums}}{{.}}{{end}}{{.}}{{end}}', want: '312a312b312c' },
  { name: 'range null element', input: '{{range .withNull}}[{{.}}]{{end}}', want: '[<no value>][x]' },
  { name: 'range over function result', input: '{{range list 1 2}}{{.}}{{end}}', want: '12' },
  { name: 'range vars pop per iteration', input: '{{range .l}}{{$x := .}}{{$x}}{{end}}', want: 'abc' },
  { name: 'range map snapshot', input: '{{range $k, $v := .m}}{{$k}}{{end}}', want: 'abz' },
  { name: 'range dot restored after', input: '{{range .l}}{{end}}{{.s}}', want: 'str' },
  { name: 'range iface dot restored', input: '{{with .s}}{{range $.l}}{{end}}{{.x}}{{end}}', wantErr: E(1, 33, '.x', "can't evaluate field x in type string") },

  // define / template / block.
  { name: 'template call', input: '{{define "x"}}X{{.}}{{end}}{{template "x" "y"}}', want: 'Xy' },
  { name: 'template no pipeline', input: '{{define "x"}}[{{.}}]{{end}}{{template "x"}}', want: '[<no value>]' },
  { name: 'template no dynamic scope', input: '{{define "x"}}{{$}}{{end}}{{$y := 1}}{{template "x" 5}}', want: '5' },
  { name: 'template undefined', input: '{{template "nope"}}', wantErr: E(1, 11, '{{template "nope"}}', 'template "nope" not defined') },
  { name: 'block default', input: '{{block "b" .s}}[{{.}}]{{end}}', want: '[str]' },
  { name: 'error inside define', input: '{{define "x"}}\n {{.a.b}}{{end}}{{template "x" .m}}', wantErr: E(2, 5, '.a.b', "can't evaluate field b in type interface {}", 'x') },
  { name: 'template recursion limit', input: '{{define "x"}}{{template "x" .}}{{end}}{{template "x" .}}', wantErr: E(1, 25, '{{template "x" .}}', 'exceeded maximum template depth (100000)', 'x') },
  { name: 'template pipeline variables persist', input: '{{define "x"}}{{.}}{{end}}{{template "x" $v := 1}}{{$v}}', want: '11' },
  { name: 'template with pipeline error', input: '{{define "x"}}{{end}}{{template "x" .a.b}}', data: {}, wantErr: E(1, 38, '.a.b', 'nil pointer evaluating interface {}.b') },
];

function run(input: string, d: GoValue): string {
  const set = new TemplateSet(funcs);
  set.parse('t', input);
  return set.execute('t', d);
}

describe('exec', () => {
  for (const r of rows) {
    it(r.name, () => {
      const d = 'data' in r ? r.data : data();
      if (r.wantErr !== undefined) {
        let err: unknown;
        try {
          const out = run(r.input, d!);
          expect.fail(`no error; output ${JSON.stringify(out)}`);
        } catch (e) {
          err = e;
        }
        expect(err).toBeInstanceOf(TemplateError);
        expect(String(err)).toBe(r.wantErr);
        return;
      }
      expect(run(r.input, d!)).toBe(r.want);
    });
  }
});

describe('missingkey', () => {
  const exec = (mk: 'default' | 'zero' | 'error', input: string, d: GoValue = data()) => {
    const s = new TemplateSet(funcs);
    s.missingKey = mk;
    s.parse('t', input);
    return s.execute('t', d);
  };
  it('zero: a missing key is a nil interface', () => {
    expect(exec('zero', '{{.nope}}')).toBe('<no value>');
    expect(() => exec('zero', '{{.nope.x}}')).toThrow('nil pointer evaluating interface {}.x');
  });
  it('default: a missing key is the invalid value', () => {
    expect(exec('default', '{{.nope}}|{{.nope.x}}|{{typeOf .nope}}')).toBe('<no value>|<no value>|<nil>');
    expect(() => exec('default', '{{upper .nope}}')).toThrow('invalid value; expected string');
  });
  it('error: a missing key fails', () => {
    expect(String(catchErr(() => exec('error', '{{.nope}}')))).toBe(E(1, 2, '.nope', 'map has no entry for key "nope"'));
    expect(String(catchErr(() => exec('error', '{{.x}}', null)))).toBe(E(1, 2, '.x', 'nil data; no entry for key "x"'));
    expect(exec('error', '{{.n}}')).toBe('<no value>');
  });
});

function catchErr(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('no error');
}

describe('TemplateSet', () => {
  it('executes any template by name and lists them', () => {
    const s = new TemplateSet(funcs);
    s.parse('a.yaml', 'A{{template "d" .}}{{define "d"}}D{{.}}{{end}}');
    s.parse('b.yaml', '{{define "e"}}E{{end}}');
    expect(s.names()).toEqual(['a.yaml', 'b.yaml', 'd', 'e']);
    expect(s.has('d')).toBe(true);
    expect(s.has('zz')).toBe(false);
    expect(s.execute('a.yaml', 1n)).toBe('AD1');
    expect(s.execute('e', null)).toBe('E');
    expect(s.execute('b.yaml', null)).toBe('');
  });

  it('reports an unknown template like ExecuteTemplate', () => {
    const s = new TemplateSet(funcs);
    const e = catchErr(() => s.execute('nope', null)) as TemplateError;
    expect(String(e)).toBe('template: no template "nope" associated with template "gotpl"');
    expect(e.kind).toBe('exec');
  });

  it('lets a later non-empty definition replace an earlier one, but not an empty one', () => {
    const s = new TemplateSet(funcs);
    s.parse('a', '{{define "x"}}1{{end}}');
    s.parse('b', '{{define "x"}}2{{end}}');
    expect(s.execute('x', null)).toBe('2');
    s.parse('c', '{{define "x"}} {{/* nothing */}} {{end}}');
    expect(s.execute('x', null)).toBe('2');
    s.parse('x', '');
    expect(s.execute('x', null)).toBe('2');
  });

  it('checks functions at parse time, even in branches never taken', () => {
    const s = new TemplateSet(funcs);
    expect(String(catchErr(() => s.parse('t', '{{if false}}{{nope}}{{end}}')))).toBe('template: t:1: function "nope" not defined');
    expect(s.has('t')).toBe(false);
  });

  it('reuses parse trees only while the function map answers the same', () => {
    const a = new TemplateSet({ ...funcs });
    a.parse('same.yaml', '{{upper "x"}}{{range .}}{{break}}{{end}}');
    const b = new TemplateSet({ ...funcs });
    b.parse('same.yaml', '{{upper "x"}}{{range .}}{{break}}{{end}}');
    expect(b.lookup('same.yaml')).toBe(a.lookup('same.yaml'));
    const noUpper = new TemplateSet({ twice: funcs.twice });
    expect(String(catchErr(() => noUpper.parse('same.yaml', '{{upper "x"}}{{range .}}{{break}}{{end}}')))).toBe('template: same.yaml:1: function "upper" not defined');
    // A function named break turns the keyword into an identifier.
    const withBreak = new TemplateSet({ ...funcs, break: { params: [], fn: () => 'B' } });
    withBreak.parse('same.yaml', '{{upper "x"}}{{range .}}{{break}}{{end}}');
    expect(withBreak.execute('same.yaml', [1n, 2n])).toBe('XBB');
    expect(a.execute('same.yaml', [1n, 2n])).toBe('X');
  });

  it('sees functions added after construction', () => {
    const s = new TemplateSet({ ...funcs });
    s.funcs.late = { params: [], fn: () => 'late' };
    s.parse('t', '{{late}}');
    expect(s.execute('t', null)).toBe('late');
  });

  it('clones cheaply without sharing later parses', () => {
    const s = new TemplateSet(funcs);
    s.parse('a', '{{define "d"}}D{{end}}A{{template "d"}}');
    const c = s.clone();
    c.parse('b', '{{define "d"}}C{{end}}B{{template "d"}}');
    expect(c.execute('a', null)).toBe('AC');
    expect(s.execute('a', null)).toBe('AD');
    expect(s.has('b')).toBe(false);
    expect(c.lookup('a')).toBe(s.lookup('a'));
  });

  it('is re-entrant: a function may execute templates again', () => {
    let s: TemplateSet;
    s = new TemplateSet({ ...funcs, include: { params: ['string', 'any'], fn: (n: string, d: GoValue) => s.execute(n, d) } });
    s.parse('t', '{{define "inner"}}<{{.}}>{{end}}{{include "inner" "x" | upper}}{{include "inner" 2}}');
    expect(s.execute('t', null)).toBe('<X><2>');
  });

  it('wraps the error of a nested execution and keeps it as cause', () => {
    let s: TemplateSet;
    s = new TemplateSet({ ...funcs, include: { params: ['string', 'any'], fn: (n: string, d: GoValue) => s.execute(n, d) } });
    s.parse('lib.tpl', '{{define "inner"}}\n{{.a.b}}{{end}}');
    s.parse('main.yaml', 'x: {{include "inner" .}}');
    const e = catchErr(() => s.execute('main.yaml', {})) as TemplateError;
    const inner = 'template: lib.tpl:2:4: executing "inner" at <.a.b>: nil pointer evaluating interface {}.b';
    expect(String(e)).toBe(`template: main.yaml:1:5: executing "main.yaml" at <include "inner" .>: error calling include: ${inner}`);
    expect(e.message).toBe(`error calling include: ${inner}`);
    expect(e.context).toBe('include "inner" .');
    expect([e.template, e.executing, e.line, e.col]).toEqual(['main.yaml', 'main.yaml', 1, 5]);
    expect(e.cause).toBeInstanceOf(TemplateError);
    expect(String(e.cause)).toBe(inner);
    expect(e.innermost.template).toBe('lib.tpl');
    expect(e.innermost.line).toBe(2);
    const json = JSON.parse(JSON.stringify(e));
    expect(json.kind).toBe('exec');
    expect(json.cause.template).toBe('lib.tpl');
    expect(json.cause.executing).toBe('inner');
    expect(json.text).toBe(String(e));
  });

  it("keeps a function's own error as the cause of error calling", () => {
    const boom = new FuncError('boom');
    const s = new TemplateSet({ ...funcs, boom: { params: [], fn: () => { throw boom; } } });
    s.parse('t', 'x{{boom}}');
    const e = catchErr(() => s.execute('t', null)) as TemplateError;
    expect(String(e)).toBe('template: t:1:3: executing "t" at <boom>: error calling boom: boom');
    expect(e.cause).toBe(boom);
    expect(e.innermost).toBe(e);
    expect(JSON.parse(JSON.stringify(e)).cause).toEqual({ name: 'Error', message: 'boom' });
  });

  it('finds the TemplateError behind a function error that carries it as cause', () => {
    let s: TemplateSet;
    s = new TemplateSet({
      ...funcs,
      tpl: {
        params: ['string', 'any'],
        fn: (text: string, d: GoValue) => {
          const c = s.clone();
          c.parse('gotpl', text);
          try {
            return c.execute('gotpl', d);
          } catch (e) {
            throw new FuncError(`error during tpl function execution for "${text}": ${String(e)}`, { cause: e });
          }
        },
      },
    });
    s.parse('t', '{{tpl "{{.a.b}}" .}}');
    const e = catchErr(() => s.execute('t', {})) as TemplateError;
    expect(String(e)).toBe(
      'template: t:1:2: executing "t" at <tpl "{{.a.b}}" .>: error calling tpl: error during tpl function execution for "{{.a.b}}": template: gotpl:1:4: executing "gotpl" at <.a.b>: nil pointer evaluating interface {}.b',
    );
    expect(e.innermost.template).toBe('gotpl');
    expect(e.innermost.col).toBe(4);
  });

  it('gives parse errors their parts', () => {
    const s = new TemplateSet(funcs);
    const e = catchErr(() => s.parse('f.yaml', 'a\n{{ nope }}')) as TemplateError;
    expect([e.kind, e.template, e.line, e.col, e.message]).toEqual(['parse', 'f.yaml', 2, -1, 'function "nope" not defined']);
    expect(JSON.parse(JSON.stringify(e)).text).toBe('template: f.yaml:2: function "nope" not defined');
  });
});

describe('limits', () => {
  it('stops a runaway range by steps', () => {
    const s = new TemplateSet(funcs, { maxSteps: 10_000 });
    s.parse('t', '{{range 1000000}}x{{end}}');
    const e = catchErr(() => s.execute('t', null)) as TemplateError;
    expect(e.kind).toBe('limit');
    expect(e.message).toBe('exceeded maximum execution steps (10000)');
  });

  it('stops on output size', () => {
    const s = new TemplateSet(funcs, { maxOutputBytes: 1000 });
    s.parse('t', '{{range 1000}}0123456789{{end}}');
    const e = catchErr(() => s.execute('t', null)) as TemplateError;
    expect(e.kind).toBe('limit');
    expect(e.message).toBe('exceeded maximum output size (1000 bytes)');
  });

  it('stops on time', () => {
    const s = new TemplateSet(funcs, { maxMillis: 20 });
    s.parse('t', '{{range 100000000}}{{end}}');
    const e = catchErr(() => s.execute('t', null)) as TemplateError;
    expect(e.kind).toBe('limit');
    expect(e.message).toBe('exceeded maximum execution time (20 ms)');
  });

  it('shares the budget with nested executions and does not wrap limit errors', () => {
    let s: TemplateSet;
    s = new TemplateSet({ ...funcs, include: { params: ['string', 'any'], fn: (n: string, d: GoValue) => s.execute(n, d) } }, { maxSteps: 5000 });
    s.parse('t', '{{define "loop"}}{{range 100}}x{{end}}{{end}}{{range 100}}{{include "loop" .}}{{end}}');
    const e = catchErr(() => s.execute('t', null)) as TemplateError;
    expect(e.kind).toBe('limit');
    expect(e.message).toBe('exceeded maximum execution steps (5000)');
    // A new outermost execution gets a fresh budget.
    s.parse('u', 'ok');
    expect(s.execute('u', null)).toBe('ok');
  });

  it('stops runaway include recursion with a clear error', () => {
    let s: TemplateSet;
    s = new TemplateSet({ ...funcs, include: { params: ['string', 'any'], fn: (n: string, d: GoValue) => s.execute(n, d) } });
    s.parse('t', '{{define "r"}}{{include "r" .}}{{end}}{{include "r" .}}');
    const e = catchErr(() => s.execute('t', null)) as TemplateError;
    expect(e.kind).toBe('limit');
    expect(e.message).toMatch(/^exceeded maximum template depth/);
  });

  it('applies maxDepth to template calls', () => {
    const s = new TemplateSet(funcs, { maxDepth: 50 });
    s.parse('t', '{{define "r"}}{{template "r" .}}{{end}}{{template "r" .}}');
    expect(String(catchErr(() => s.execute('t', null)))).toBe(E(1, 25, '{{template "r" .}}', 'exceeded maximum template depth (50)', 'r'));
  });
});

// A String method on the pointer receiver (Helm's KubeVersion): printing the struct
// where it lives calls it; a copy (a function's argument or result, a map or list
// element) prints the fields.
describe('String on the pointer receiver', () => {
  const kv = new GoStruct('k.V', { A: 'a' }, {}, () => 'STR', true);
  const holder = new GoStruct('*k.H', { KV: kv });
  const ident: FuncMap = {
    id: { params: ['any'], fn: (v: GoValue) => v },
    print: { params: [], variadic: 'any', fn: (...a: GoValue[]) => a.map((x) => (x instanceof GoStruct ? `{${x.fields.A}}` : String(x))).join('') },
  };
  const cases: { name: string; input: string; want: string }[] = [
    { name: 'field', input: '{{ .P.KV }}', want: 'STR' },
    { name: 'parenthesized', input: '{{ (.P.KV) }}', want: 'STR' },
    { name: 'variable', input: '{{ $x := .P.KV }}{{ $x }}', want: 'STR' },
    { name: 'reassigned variable', input: '{{ $x := .P.KV }}{{ $x = id .P.KV }}{{ $x }}', want: '{a}' },
    { name: 'with', input: '{{ with .P.KV }}{{ . }}{{ end }}', want: 'STR' },
    { name: 'template', input: '{{ define "d" }}{{ . }}{{ end }}{{ template "d" .P.KV }}', want: 'STR' },
    { name: 'or keeps it', input: '{{ or .P.KV 1 }}|{{ .P.KV | or false }}', want: 'STR|STR' },
    { name: 'function result', input: '{{ id .P.KV }}', want: '{a}' },
    { name: 'piped function', input: '{{ .P.KV | id }}', want: '{a}' },
    { name: 'map element', input: '{{ .M.kv }}', want: '{a}' },
    { name: 'range element', input: '{{ range .L }}{{ . }}{{ end }}', want: '{a}' },
    { name: 'via variable holding the pointer', input: '{{ $h := .P }}{{ $h.KV }}', want: 'STR' },
    { name: 'pointer without String prints the struct', input: '{{ .P }}', want: '{{a}}' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const s = new TemplateSet(ident);
      s.parse('t', c.input);
      expect(s.execute('t', { P: holder, M: { kv }, L: [kv] })).toBe(c.want);
    });
  }
});
