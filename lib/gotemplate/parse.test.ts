import { describe, expect, it } from 'vitest';
import { ParseComments, isEmptyTree, lineCol, parseTrees } from './parse';
import { TemplateError } from './errors';
import { NodeNumber, type NumberNode, type ActionNode } from './node';

const funcs = new Set(['printf', 'print', 'len', 'index', 'and', 'or', 'not', 'eq', 'upper', 'contains']);
const hasFunc = (n: string) => funcs.has(n);

interface Row {
  name: string;
  input: string;
  /** the top-level tree printed back (Go's String) */
  want?: string;
  wantErr?: string;
}

const rows: Row[] = [
  { name: 'empty', input: '', want: '' },
  { name: 'comment', input: '{{/*\n\n\n*/}}', want: '' },
  { name: 'spaces', input: ' \t\n', want: ' \t\n' },
  { name: 'text', input: 'some text', want: 'some text' },
  { name: 'emptyAction', input: '{{}}', wantErr: 'template: t:1: missing value for command' },
  { name: 'field', input: '{{.X}}', want: '{{.X}}' },
  { name: 'simple command', input: '{{printf}}', want: '{{printf}}' },
  { name: '$ invocation', input: '{{$}}', want: '{{$}}' },
  { name: 'variable invocation', input: '{{with $x := 3}}{{$x 23}}{{end}}', want: '{{with $x := 3}}{{$x 23}}{{end}}' },
  { name: 'variable with fields', input: '{{$.I}}', want: '{{$.I}}' },
  { name: 'multi-word command', input: '{{printf `%d` 23}}', want: '{{printf `%d` 23}}' },
  { name: 'pipeline', input: '{{.X|.Y}}', want: '{{.X | .Y}}' },
  { name: 'pipeline with decl', input: '{{$x := .X|.Y}}', want: '{{$x := .X | .Y}}' },
  { name: 'nested pipeline', input: '{{.X (.Y .Z) (.A | .B .C) (.E)}}', want: '{{.X (.Y .Z) (.A | .B .C) (.E)}}' },
  { name: 'field applied to parentheses', input: '{{(.Y .Z).Field}}', want: '{{(.Y .Z).Field}}' },
  { name: 'simple if', input: '{{if .X}}hello{{end}}', want: '{{if .X}}hello{{end}}' },
  { name: 'if with else', input: '{{if .X}}true{{else}}false{{end}}', want: '{{if .X}}true{{else}}false{{end}}' },
  { name: 'if with else if', input: '{{if .X}}true{{else if .Y}}false{{end}}', want: '{{if .X}}true{{else}}{{if .Y}}false{{end}}{{end}}' },
  { name: 'if else chain', input: '+{{if .X}}X{{else if .Y}}Y{{else if .Z}}Z{{end}}+', want: '+{{if .X}}X{{else}}{{if .Y}}Y{{else}}{{if .Z}}Z{{end}}{{end}}{{end}}+' },
  { name: 'simple range', input: '{{range .X}}hello{{end}}', want: '{{range .X}}hello{{end}}' },
  { name: 'chained field range', input: '{{range .X.Y.Z}}hello{{end}}', want: '{{range .X.Y.Z}}hello{{end}}' },
  { name: 'nested range', input: '{{range .X}}hello{{range .Y}}goodbye{{end}}{{end}}', want: '{{range .X}}hello{{range .Y}}goodbye{{end}}{{end}}' },
  { name: 'range with else', input: '{{range .X}}true{{else}}false{{end}}', want: '{{range .X}}true{{else}}false{{end}}' },
  { name: 'range over pipeline', input: '{{range .X|.M}}true{{else}}false{{end}}', want: '{{range .X | .M}}true{{else}}false{{end}}' },
  { name: 'range []int', input: '{{range .SI}}{{.}}{{end}}', want: '{{range .SI}}{{.}}{{end}}' },
  { name: 'range 1 var', input: '{{range $x := .SI}}{{.}}{{end}}', want: '{{range $x := .SI}}{{.}}{{end}}' },
  { name: 'range 2 vars', input: '{{range $x, $y := .SI}}{{.}}{{end}}', want: '{{range $x, $y := .SI}}{{.}}{{end}}' },
  { name: 'range with break', input: '{{range .SI}}{{.}}{{break}}{{end}}', want: '{{range .SI}}{{.}}{{break}}{{end}}' },
  { name: 'range with continue', input: '{{range .SI}}{{.}}{{continue}}{{end}}', want: '{{range .SI}}{{.}}{{continue}}{{end}}' },
  { name: 'range assign', input: '{{$x := 0}}{{range $x = .SI}}{{end}}', want: '{{$x := 0}}{{range $x = .SI}}{{end}}' },
  { name: 'constants', input: "{{range .SI 1 -3.2i true false 'a' nil}}{{end}}", want: "{{range .SI 1 -3.2i true false 'a' nil}}{{end}}" },
  { name: 'template', input: '{{template `x`}}', want: '{{template "x"}}' },
  { name: 'template with arg', input: '{{template `x` .Y}}', want: '{{template "x" .Y}}' },
  { name: 'with', input: '{{with .X}}hello{{end}}', want: '{{with .X}}hello{{end}}' },
  { name: 'with with else', input: '{{with .X}}hello{{else}}goodbye{{end}}', want: '{{with .X}}hello{{else}}goodbye{{end}}' },
  { name: 'with with else with', input: '{{with .X}}hello{{else with .Y}}goodbye{{end}}', want: '{{with .X}}hello{{else}}{{with .Y}}goodbye{{end}}{{end}}' },
  { name: 'trim left', input: 'x \r\n\t{{- 3}}', want: 'x{{3}}' },
  { name: 'trim right', input: '{{3 -}}\n\n\ty', want: '{{3}}y' },
  { name: 'trim left and right', input: 'x \r\n\t{{- 3 -}}\n\n\ty', want: 'x{{3}}y' },
  { name: 'trim with extra spaces', input: 'x\n{{-  3   -}}\ny', want: 'x{{3}}y' },
  { name: 'comment trim left', input: 'x \r\n\t{{- /* hi */}}', want: 'x' },
  { name: 'comment trim left and right', input: 'x \r\n\t{{- /* */ -}}\n\n\ty', want: 'xy' },
  { name: 'block definition', input: '{{block "foo" .}}hello{{end}}', want: '{{template "foo" .}}' },
  { name: 'newline in assignment', input: '{{ $x \n := \n 1 \n }}', want: '{{$x := 1}}' },
  { name: 'newline in empty action', input: '{{\n}}', wantErr: 'template: t:2: missing value for command' },
  { name: 'newline in pipeline', input: '{{\n"x"\n|\nprintf\n}}', want: '{{"x" | printf}}' },
  { name: 'spaces around continue', input: '{{range .SI}}{{.}}{{ continue }}{{end}}', want: '{{range .SI}}{{.}}{{continue}}{{end}}' },
  { name: 'spaces around break', input: '{{range .SI}}{{.}}{{ break }}{{end}}', want: '{{range .SI}}{{.}}{{break}}{{end}}' },
  { name: 'raw string keeps quotes', input: '{{printf `a"b`}}', want: '{{printf `a"b`}}' },
  { name: 'chain on variable', input: '{{$x := .}}{{$x.a.b}}', want: '{{$x := .}}{{$x.a.b}}' },
  { name: 'chain on function', input: '{{len.x}}', want: '{{len.x}}' },
  { name: 'define is not in the top tree', input: 'a{{define "x"}}X{{end}}b', want: 'ab' },
  // Errors.
  { name: 'unclosed action', input: 'hello{{range', wantErr: 'template: t:1: unclosed action' },
  { name: 'unmatched end', input: '{{end}}', wantErr: 'template: t:1: unexpected {{end}}' },
  { name: 'unmatched else', input: '{{else}}', wantErr: 'template: t:1: unexpected {{else}}' },
  { name: 'unmatched else after if', input: '{{if .X}}hello{{end}}{{else}}', wantErr: 'template: t:1: unexpected {{else}}' },
  { name: 'multiple else', input: '{{if .X}}1{{else}}2{{else}}3{{end}}', wantErr: 'template: t:1: expected end; found {{else}}' },
  { name: 'missing end', input: 'hello{{range .x}}', wantErr: 'template: t:1: unexpected EOF' },
  { name: 'missing end after else', input: 'hello{{range .x}}{{else}}', wantErr: 'template: t:1: unexpected EOF' },
  { name: 'undefined function', input: 'hello{{undefined}}', wantErr: 'template: t:1: function "undefined" not defined' },
  { name: 'undefined variable', input: '{{$x}}', wantErr: 'template: t:1: undefined variable "$x"' },
  { name: 'variable undefined after end', input: '{{with $x := 4}}{{end}}{{$x}}', wantErr: 'template: t:1: undefined variable "$x"' },
  { name: 'variable undefined in template', input: '{{template $v}}', wantErr: 'template: t:1: unexpected "$v" in template clause' },
  { name: 'declare with field', input: '{{with $x.Y := 4}}{{end}}', wantErr: 'template: t:1: undefined variable "$x"' },
  { name: 'template with field ref', input: '{{template .X}}', wantErr: 'template: t:1: unexpected ".X" in template clause' },
  { name: 'template with var', input: '{{template $v}}', wantErr: 'template: t:1: unexpected "$v" in template clause' },
  { name: 'invalid punctuation', input: '{{printf 3, 4}}', wantErr: 'template: t:1: unexpected "," in operand' },
  { name: 'multidecl outside range', input: '{{with $v, $u := 3}}{{end}}', wantErr: 'template: t:1: too many declarations in with' },
  { name: 'too many decl in range', input: '{{range $u, $v, $w := 3}}{{end}}', wantErr: 'template: t:1: too many declarations in range' },
  { name: 'range initialize', input: '{{range $x, 3}}{{end}}', wantErr: 'template: t:1: range can only initialize variables' },
  { name: 'dot applied to parentheses', input: '{{printf (printf .).}}', wantErr: 'template: t:1: unexpected <.> in operand' },
  { name: 'adjacent args', input: '{{printf 3`x`}}', wantErr: 'template: t:1: unexpected "`x`" in operand' },
  { name: 'adjacent args with .', input: '{{printf `x`.}}', wantErr: 'template: t:1: unexpected <.> in operand' },
  { name: 'extra end after if', input: '{{if .X}}a{{else if .Y}}b{{end}}{{end}}', wantErr: 'template: t:1: unexpected {{end}}' },
  { name: 'else with in if', input: '{{if .X}}a{{else with .Y}}b{{end}}', wantErr: 'template: t:1: unexpected <with> in input' },
  { name: 'break outside range', input: '{{range .}}{{end}} {{break}}', wantErr: 'template: t:1: {{break}} outside {{range}}' },
  { name: 'continue outside range', input: '{{range .}}{{end}} {{continue}}', wantErr: 'template: t:1: {{continue}} outside {{range}}' },
  { name: 'break in range else', input: '{{range .}}{{else}}{{break}}{{end}}', wantErr: 'template: t:1: {{break}} outside {{range}}' },
  { name: 'continue in range else', input: '{{range .}}{{else}}{{continue}}{{end}}', wantErr: 'template: t:1: {{continue}} outside {{range}}' },
  { name: 'break with arg', input: '{{range .}}{{break 1}}{{end}}', wantErr: 'template: t:1: unexpected "1" in {{break}}' },
  { name: 'break in define', input: '{{range .}}{{define "x"}}{{break}}{{end}}{{end}}', wantErr: 'template: t:1: unexpected <define> in command' },
  { name: 'nested define', input: '{{define "a"}}{{define "b"}}{{end}}{{end}}', wantErr: 'template: t:1: unexpected <define> in command' },
  { name: 'define needs a string', input: '{{define x}}{{end}}', wantErr: 'template: t:1: unexpected "x" in define clause' },
  { name: 'define missing end', input: '{{define "x"}}abc', wantErr: 'template: t:1: unexpected EOF' },
  { name: 'define ends with else', input: '{{define "x"}}a{{else}}b{{end}}', wantErr: 'template: t:1: unexpected {{else}} in define clause' },
  { name: 'block ends with else', input: '{{block "x" .}}a{{else}}b{{end}}', wantErr: 'template: t:1: unexpected {{else}} in block clause' },
  { name: 'block missing pipeline', input: '{{block "x"}}a{{end}}', wantErr: 'template: t:1: missing value for block clause' },
  { name: 'multiple definitions', input: '{{define "a"}}1{{end}}{{define "a"}}2{{end}}', wantErr: 'template: t:1: template: multiple definition of template "a"' },
  { name: 'non executable stage', input: '{{.X | 3}}', wantErr: 'template: t:1: non executable command in pipeline stage 2' },
  { name: 'non executable stage 3', input: '{{.X | .Y | nil}}', wantErr: 'template: t:1: non executable command in pipeline stage 3' },
  { name: 'empty command in pipeline', input: '{{.X | | .Y}}', wantErr: 'template: t:1: unexpected "|" in command' },
  { name: 'trailing pipe is accepted', input: '{{.X |}}', want: '{{.X}}' },
  { name: 'empty paren', input: '{{()}}', wantErr: 'template: t:1: missing value for parenthesized pipeline' },
  { name: 'dot after literal', input: '{{true.any}}', wantErr: 'template: t:1: unexpected . after term "true"' },
  { name: 'dot after string', input: '{{"x".any}}', wantErr: 'template: t:1: unexpected . after term "\\"x\\""' },
  { name: 'dot after nil', input: '{{nil.any}}', wantErr: 'template: t:1: unexpected . after term "nil"' },
  { name: 'dot after number', input: '{{3.any}}', wantErr: 'template: t:1: bad number syntax: "3.a"' },
  { name: 'wrong pipeline dot', input: '{{12|.}}', wantErr: 'template: t:1: non executable command in pipeline stage 2' },
  { name: 'wrong pipeline number', input: '{{.|12|printf}}', wantErr: 'template: t:1: non executable command in pipeline stage 2' },
  { name: 'wrong pipeline string', input: '{{.|printf|"error"}}', wantErr: 'template: t:1: non executable command in pipeline stage 3' },
  { name: 'wrong pipeline char', input: "{{12|printf|'e'}}", wantErr: 'template: t:1: non executable command in pipeline stage 3' },
  { name: 'wrong pipeline boolean', input: '{{.|true}}', wantErr: 'template: t:1: non executable command in pipeline stage 2' },
  { name: 'wrong pipeline nil', input: "{{'c'|nil}}", wantErr: 'template: t:1: non executable command in pipeline stage 2' },
  { name: 'bad string escape', input: '{{"\\q"}}', wantErr: 'template: t:1: invalid syntax' },
  { name: 'malformed char', input: "{{'xy'}}", wantErr: "template: t:1: malformed character constant: 'xy'" },
  { name: 'empty char', input: "{{''}}", wantErr: 'template: t:1: invalid syntax' },
  { name: 'illegal number', input: '{{-}}', wantErr: 'template: t:1: illegal number syntax: "-"' },
  { name: 'octal looking 089', input: '{{089}}', wantErr: 'template: t:1: integer overflow: "089"' },
  { name: 'huge integer', input: '{{18446744073709551616}}', wantErr: 'template: t:1: integer overflow: "18446744073709551616"' },
  { name: 'bad underscore', input: '{{1__0}}', wantErr: 'template: t:1: illegal number syntax: "1__0"' },
  { name: 'trailing underscore float', input: '{{1.5_}}', wantErr: 'template: t:1: illegal number syntax: "1.5_"' },
  { name: 'float out of range', input: '{{1e400}}', wantErr: 'template: t:1: illegal number syntax: "1e400"' },
  { name: 'error line after newlines', input: 'a\nb\n\n{{ nope }}', wantErr: 'template: t:4: function "nope" not defined' },
  { name: 'error line after raw string', input: '{{ `a\nb` }}\n{{ nope }}', wantErr: 'template: t:3: function "nope" not defined' },
  { name: 'error line after multi-line comment', input: '{{/* a\nb */}}{{ nope }}', wantErr: 'template: t:2: function "nope" not defined' },
  { name: 'unclosed action across lines', input: '{{ if\n .x\n', wantErr: 'template: t:3: unclosed action started at t:1' },
  { name: 'lexer error in multi-line action', input: '{{ print\n "a\n" }}', wantErr: 'template: t:2: unterminated quoted string in action started at t:1' },
  { name: 'unexpected token names long item', input: '{{ print "abcdefghijklmnop" ) }}', wantErr: 'template: t:1: unexpected right paren' },
  { name: 'unclosed paren', input: '{{ (print 1 }}', wantErr: 'template: t:1: unclosed left paren' },
  { name: 'assignment operator alone', input: '{{ = }}', wantErr: 'template: t:1: unexpected "=" in command' },
];

describe('parse', () => {
  for (const r of rows) {
    it(r.name, () => {
      if (r.wantErr !== undefined) {
        let err: unknown;
        try {
          parseTrees('t', r.input, hasFunc);
        } catch (e) {
          err = e;
        }
        expect(err).toBeInstanceOf(TemplateError);
        expect(String(err)).toBe(r.wantErr);
        expect((err as TemplateError).kind).toBe('parse');
        return;
      }
      const trees = parseTrees('t', r.input, hasFunc);
      expect(trees.get('t')!.root!.String()).toBe(r.want);
    });
  }

  it('puts defines and blocks into the tree set', () => {
    const trees = parseTrees('t', 'a{{define "x"}}X{{.}}{{end}}{{block "b" .}}B{{end}}', hasFunc);
    expect([...trees.keys()].sort()).toEqual(['b', 't', 'x']);
    expect(trees.get('x')!.root!.String()).toBe('X{{.}}');
    expect(trees.get('x')!.parseName).toBe('t');
    expect(trees.get('b')!.root!.String()).toBe('B');
  });

  it('lets a non-empty definition replace an empty one in the same text', () => {
    const trees = parseTrees('t', '{{define "a"}} {{end}}{{define "a"}}x{{end}}{{define "a"}}{{/* c */}}{{end}}', hasFunc);
    expect(trees.get('a')!.root!.String()).toBe('x');
  });

  it('keeps comments with ParseComments', () => {
    const trees = parseTrees('t', 'a{{/* c */}}b', hasFunc, ParseComments);
    expect(trees.get('t')!.root!.String()).toBe('a{{/* c */}}b');
    expect(isEmptyTree(parseTrees('u', ' {{/* c */}} ', hasFunc, ParseComments).get('u')!.root)).toBe(true);
  });

  it('parses numbers under every type that represents them', () => {
    const num = (s: string) => (parseTrees('t', `{{${s}}}`, hasFunc).get('t')!.root!.nodes[0] as ActionNode).pipe.cmds[0].args[0] as NumberNode;
    const n = num('0x10');
    expect(n.type).toBe(NodeNumber);
    expect([n.isInt, n.isUint, n.isFloat, n.int64, n.float64]).toEqual([true, true, true, 16n, 16]);
    const f = num('1.5');
    expect([f.isInt, f.isUint, f.isFloat, f.float64]).toEqual([false, false, true, 1.5]);
    const w = num('1e3');
    expect([w.isInt, w.isFloat, w.int64]).toEqual([true, true, 1000n]);
    const neg = num('-3');
    expect([neg.isInt, neg.isUint, neg.int64]).toEqual([true, false, -3n]);
    const u = num('18446744073709551615');
    expect([u.isInt, u.isUint, u.uint64]).toEqual([false, true, 18446744073709551615n]);
    const c = num("'a'");
    expect([c.isInt, c.isFloat, c.int64, c.float64]).toEqual([true, true, 97n, 97]);
    const i = num('0i');
    expect([i.isComplex, i.isInt, i.int64]).toEqual([true, true, 0n]);
    expect([num('0b101').int64, num('0o17').int64, num('017').int64, num('1_000').int64]).toEqual([5n, 15n, 15n, 1000n]);
    expect(num('0x1p-2').float64).toBe(0.25);
  });

  it('positions nodes for error columns in bytes', () => {
    expect(lineCol('ab\ncdé{{', 7)).toEqual({ line: 2, col: 5 });
    expect(lineCol('héllo', 3)).toEqual({ line: 1, col: 4 });
  });
});
