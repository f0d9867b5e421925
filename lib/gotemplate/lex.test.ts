import { describe, expect, it } from 'vitest';
import { ItemType, itemString, lexAll, type Item } from './lex';

// Items print as TYPE:val (EOF and spaces abbreviated) so rows stay readable.
const short: Partial<Record<ItemType, string>> = {
  [ItemType.Bool]: 'bool', [ItemType.Char]: 'char', [ItemType.CharConstant]: 'charconst',
  [ItemType.Comment]: 'comment', [ItemType.Complex]: 'complex', [ItemType.Assign]: 'assign',
  [ItemType.Declare]: 'declare', [ItemType.Field]: 'field', [ItemType.Identifier]: 'ident',
  [ItemType.LeftDelim]: 'L', [ItemType.LeftParen]: '(', [ItemType.Number]: 'num', [ItemType.Pipe]: '|',
  [ItemType.RawString]: 'raw', [ItemType.RightDelim]: 'R', [ItemType.RightParen]: ')',
  [ItemType.String]: 'str', [ItemType.Text]: 'text', [ItemType.Variable]: 'var',
  [ItemType.Block]: 'block', [ItemType.Break]: 'break', [ItemType.Continue]: 'continue',
  [ItemType.Dot]: 'dot', [ItemType.Define]: 'define', [ItemType.Else]: 'else', [ItemType.End]: 'end',
  [ItemType.If]: 'if', [ItemType.Nil]: 'nil', [ItemType.Range]: 'range', [ItemType.Template]: 'template',
  [ItemType.With]: 'with',
};

function show(items: Item[]): string[] {
  return items.map((i) => {
    if (i.typ === ItemType.EOF) return 'EOF';
    if (i.typ === ItemType.Space) return '_';
    if (i.typ === ItemType.Error) return `ERROR:${i.val}`;
    return `${short[i.typ]}:${i.val}`;
  });
}

interface Row {
  name: string;
  input: string;
  want: string[];
  opts?: { emitComment?: boolean; breakOK?: boolean; continueOK?: boolean };
}

const rows: Row[] = [
  { name: 'empty', input: '', want: ['EOF'] },
  { name: 'spaces', input: ' \t\n', want: ['text: \t\n', 'EOF'] },
  { name: 'text', input: 'now is the time', want: ['text:now is the time', 'EOF'] },
  { name: 'text with comment', input: 'hello-{{/* this is a comment */}}-world', want: ['text:hello-', 'text:-world', 'EOF'] },
  { name: 'emitted comment', input: 'a{{/* c */}}b', opts: { emitComment: true }, want: ['text:a', 'comment:/* c */', 'text:b', 'EOF'] },
  { name: 'punctuation', input: '{{,@% }}', want: ['L:{{', 'char:,', 'char:@', 'char:%', '_', 'R:}}', 'EOF'] },
  { name: 'parens', input: '{{((3))}}', want: ['L:{{', '(:(', '(:(', 'num:3', '):)', '):)', 'R:}}', 'EOF'] },
  { name: 'empty action', input: '{{}}', want: ['L:{{', 'R:}}', 'EOF'] },
  { name: 'for', input: '{{for}}', want: ['L:{{', 'ident:for', 'R:}}', 'EOF'] },
  { name: 'block', input: '{{block "foo" .}}', want: ['L:{{', 'block:block', '_', 'str:"foo"', '_', 'dot:.', 'R:}}', 'EOF'] },
  { name: 'quote', input: '{{"abc \\n\\t\\" "}}', want: ['L:{{', 'str:"abc \\n\\t\\" "', 'R:}}', 'EOF'] },
  { name: 'raw quote', input: '{{`abc\\n\\t\\" `}}', want: ['L:{{', 'raw:`abc\\n\\t\\" `', 'R:}}', 'EOF'] },
  { name: 'raw quote with newline', input: '{{`now is{{\n}}the time`}}', want: ['L:{{', 'raw:`now is{{\n}}the time`', 'R:}}', 'EOF'] },
  {
    name: 'numbers',
    input: '{{1 02 0x14 0X14 -7.2i 1e3 1E3 +1.2e-4 4.2i 1+2i 1_2 0x1.e_fp4 0X1.E_FP4}}',
    want: [
      'L:{{', 'num:1', '_', 'num:02', '_', 'num:0x14', '_', 'num:0X14', '_', 'num:-7.2i', '_', 'num:1e3', '_',
      'num:1E3', '_', 'num:+1.2e-4', '_', 'num:4.2i', '_', 'complex:1+2i', '_', 'num:1_2', '_',
      'num:0x1.e_fp4', '_', 'num:0X1.E_FP4', 'R:}}', 'EOF',
    ],
  },
  { name: 'octal and binary', input: '{{0o17 0b101 017}}', want: ['L:{{', 'num:0o17', '_', 'num:0b101', '_', 'num:017', 'R:}}', 'EOF'] },
  { name: 'leading dot number', input: '{{.5}}', want: ['L:{{', 'num:.5', 'R:}}', 'EOF'] },
  { name: 'characters', input: `{{'a' '\\n' '\\'' '\\\\' '\\u00FF' '\\xFF' '本'}}`, want: ['L:{{', "charconst:'a'", '_', "charconst:'\\n'", '_', "charconst:'\\''", '_', "charconst:'\\\\'", '_', "charconst:'\\u00FF'", '_', "charconst:'\\xFF'", '_', "charconst:'本'", 'R:}}', 'EOF'] },
  { name: 'bools', input: '{{true false}}', want: ['L:{{', 'bool:true', '_', 'bool:false', 'R:}}', 'EOF'] },
  { name: 'dot', input: '{{.}}', want: ['L:{{', 'dot:.', 'R:}}', 'EOF'] },
  { name: 'nil', input: '{{nil}}', want: ['L:{{', 'nil:nil', 'R:}}', 'EOF'] },
  { name: 'dots', input: '{{.x . .2 .x.y.z}}', want: ['L:{{', 'field:.x', '_', 'dot:.', '_', 'num:.2', '_', 'field:.x', 'field:.y', 'field:.z', 'R:}}', 'EOF'] },
  { name: 'keywords', input: '{{range if else end with}}', want: ['L:{{', 'range:range', '_', 'if:if', '_', 'else:else', '_', 'end:end', '_', 'with:with', 'R:}}', 'EOF'] },
  { name: 'define template', input: '{{define template}}', want: ['L:{{', 'define:define', '_', 'template:template', 'R:}}', 'EOF'] },
  { name: 'break continue', input: '{{break continue}}', want: ['L:{{', 'break:break', '_', 'continue:continue', 'R:}}', 'EOF'] },
  { name: 'break as function', input: '{{break}}', opts: { breakOK: false }, want: ['L:{{', 'ident:break', 'R:}}', 'EOF'] },
  { name: 'continue as function', input: '{{continue}}', opts: { continueOK: false }, want: ['L:{{', 'ident:continue', 'R:}}', 'EOF'] },
  { name: 'variables', input: '{{$c := printf $ $hello $23 $ $var.Field .Method}}', want: ['L:{{', 'var:$c', '_', 'declare::=', '_', 'ident:printf', '_', 'var:$', '_', 'var:$hello', '_', 'var:$23', '_', 'var:$', '_', 'var:$var', 'field:.Field', '_', 'field:.Method', 'R:}}', 'EOF'] },
  { name: 'variable invocation', input: '{{$x 23}}', want: ['L:{{', 'var:$x', '_', 'num:23', 'R:}}', 'EOF'] },
  { name: 'assign', input: '{{$x = 1}}', want: ['L:{{', 'var:$x', '_', 'assign:=', '_', 'num:1', 'R:}}', 'EOF'] },
  { name: 'pipeline', input: 'intro {{echo hi 1.2 |noargs|args 1 "hi"}} outro', want: ['text:intro ', 'L:{{', 'ident:echo', '_', 'ident:hi', '_', 'num:1.2', '_', '|:|', 'ident:noargs', '|:|', 'ident:args', '_', 'num:1', '_', 'str:"hi"', 'R:}}', 'text: outro', 'EOF'] },
  { name: 'declaration', input: '{{$v := 3}}', want: ['L:{{', 'var:$v', '_', 'declare::=', '_', 'num:3', 'R:}}', 'EOF'] },
  { name: '2 declarations', input: '{{$v , $w := 3}}', want: ['L:{{', 'var:$v', '_', 'char:,', '_', 'var:$w', '_', 'declare::=', '_', 'num:3', 'R:}}', 'EOF'] },
  { name: 'field of parenthesized expression', input: '{{(.X).Y}}', want: ['L:{{', '(:(', 'field:.X', '):)', 'field:.Y', 'R:}}', 'EOF'] },
  { name: 'trimming spaces before and after', input: 'hello- {{- 3 -}} -world', want: ['text:hello-', 'L:{{', 'num:3', 'R:}}', 'text:-world', 'EOF'] },
  { name: 'trimming spaces before and after comment', input: 'hello- {{- /* hello */ -}} -world', want: ['text:hello-', 'text:-world', 'EOF'] },
  { name: 'trim newlines and tabs', input: 'a\n\t {{- 1 -}} \r\n\tb', want: ['text:a', 'L:{{', 'num:1', 'R:}}', 'text:b', 'EOF'] },
  { name: 'no trim without space', input: '{{-3}}', want: ['L:{{', 'num:-3', 'R:}}', 'EOF'] },
  { name: 'trim marker alone', input: '{{ -}}', want: ['L:{{', 'R:}}', 'EOF'] },
  { name: 'two spaces before trim', input: '{{ 1  -}}', want: ['L:{{', '_', 'num:1', '_', 'R:}}', 'EOF'] },
  { name: 'newline in action', input: '{{\n.x\n}}', want: ['L:{{', '_', 'field:.x', '_', 'R:}}', 'EOF'] },
  { name: 'unicode identifier', input: '{{ héllo }}', want: ['L:{{', '_', 'ident:héllo', '_', 'R:}}', 'EOF'] },
  // Errors.
  { name: 'badchar', input: '#{{\x01}}', want: ['text:#', 'L:{{', 'ERROR:unrecognized character in action: U+0001'] },
  { name: 'unicode badchar', input: '{{…}}', want: ['L:{{', "ERROR:unrecognized character in action: U+2026 '…'"] },
  { name: 'unclosed action', input: '{{', want: ['L:{{', 'ERROR:unclosed action'] },
  { name: 'EOF in action', input: '{{range', want: ['L:{{', 'range:range', 'ERROR:unclosed action'] },
  { name: 'unclosed quote', input: '{{"\n"}}', want: ['L:{{', 'ERROR:unterminated quoted string'] },
  { name: 'unclosed raw quote', input: '{{`xx}}', want: ['L:{{', 'ERROR:unterminated raw quoted string'] },
  { name: 'unclosed char constant', input: "{{'\n}}", want: ['L:{{', 'ERROR:unterminated character constant'] },
  { name: 'bad number', input: '{{3k}}', want: ['L:{{', 'ERROR:bad number syntax: "3k"'] },
  { name: 'bad complex', input: '{{1+2}}', want: ['L:{{', 'ERROR:bad number syntax: "1+2"'] },
  { name: 'unclosed paren', input: '{{(3}}', want: ['L:{{', '(:(', 'num:3', 'ERROR:unclosed left paren'] },
  { name: 'extra right paren', input: '{{3)}}', want: ['L:{{', 'num:3', 'ERROR:unexpected right paren'] },
  { name: 'long pipeline deadlock', input: '{{|||||}}', want: ['L:{{', '|:|', '|:|', '|:|', '|:|', '|:|', 'R:}}', 'EOF'] },
  { name: 'text with bad comment', input: 'hello-{{/*/}}-world', want: ['text:hello-', 'ERROR:unclosed comment'] },
  { name: 'text with comment close separated from delim', input: 'hello-{{/* */ }}-world', want: ['text:hello-', 'ERROR:comment ends before closing delimiter'] },
  { name: 'unmatched right delimiter', input: 'hello-{.}}-world', want: ['text:hello-{.}}-world', 'EOF'] },
  { name: 'expected colon-equals', input: '{{$x : 1}}', want: ['L:{{', 'var:$x', '_', 'ERROR:expected :='] },
  { name: 'bad character after field', input: '{{.x#}}', want: ['L:{{', "ERROR:bad character U+0023 '#'"] },
  { name: 'bad character after variable', input: '{{$x=1}}', want: ['L:{{', "ERROR:bad character U+003D '='"] },
  { name: 'bad character after identifier', input: '{{foo$}}', want: ['L:{{', "ERROR:bad character U+0024 '$'"] },
];

describe('lex', () => {
  for (const r of rows) {
    it(r.name, () => {
      expect(show(lexAll(r.input, r.opts))).toEqual(r.want);
    });
  }

  it('tracks lines, including inside raw strings and trimmed space', () => {
    const items = lexAll('a\nb{{ 1\n}}\n{{- `x\ny` }}\n{{ 2 }}');
    expect(items.map((i) => [i.val, i.line])).toEqual([
      ['a\nb', 1], ['{{', 2], [' ', 2], ['1', 2], ['\n', 2], ['}}', 3],
      ['{{', 4], ['`x\ny`', 4], [' ', 5], ['}}', 5], ['\n', 5], ['{{', 6], [' ', 6], ['2', 6], [' ', 6], ['}}', 6], ['', 6],
    ]);
  });

  it('keeps positions as offsets into the input', () => {
    const items = lexAll('ab{{ .x }}');
    expect(items.map((i) => i.pos)).toEqual([0, 2, 4, 5, 7, 8, 10]);
  });

  it('prints items as Go does in errors', () => {
    const [, , , , str, , long] = lexAll('{{ if "abc" "abcdefghijklmnop" }}');
    expect(itemString(str)).toBe('"\\"abc\\""');
    expect(itemString(long)).toBe('"\\"abcdefghi"...');
    expect(itemString(lexAll('{{ if }}')[2])).toBe('<if>');
    expect(itemString(lexAll('')[0])).toBe('EOF');
  });
});
