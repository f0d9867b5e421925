// Unit tables for regex.ts and re2.ts; expected values printed by Helm 4.1.4.
import { describe, expect, it } from 'vitest';
import { FuncError, type GoValue } from '../gotemplate/value';
import { funcs } from './regex';
import { compile } from './re2';

interface Case {
  name: string;
  fn: string;
  args: GoValue[];
  want?: GoValue;
  wantErr?: string;
}


const cases: Case[] = [
  // Go's handling of empty matches differs from JavaScript's matchAll/replace/split
  { name: 'findAll skips empty match after a match', fn: 'regexFindAll', args: ['a*', 'baaac', -1n], want: ['', 'aaa', ''] },
  { name: 'replaceAll empty matches', fn: 'regexReplaceAll', args: ['a*', 'baaac', 'X'], want: 'XbXcX' },
  { name: 'split on empty-capable pattern', fn: 'regexSplit', args: ['a*', 'baaac', -1n], want: ['b', 'c'] },
  { name: 'split n', fn: 'regexSplit', args: [',', 'a,b,,c', 2n], want: ['a', 'b,,c'] },
  { name: 'split n 0', fn: 'regexSplit', args: [',', 'a,b,,c', 0n], want: [] },
  { name: 'split empty string', fn: 'regexSplit', args: [',', '', -1n], want: [''] },
  { name: 'split empty pattern, empty string', fn: 'regexSplit', args: ['', '', -1n], want: [] },
  { name: 'split empty pattern', fn: 'regexSplit', args: ['', 'abc', -1n], want: ['a', 'b', 'c'] },
  { name: 'findAll no match', fn: 'regexFindAll', args: ['x', 'abc', -1n], want: [] },
  { name: 'findAll n', fn: 'regexFindAll', args: ['[a-c]', 'abcabc', 2n], want: ['a', 'b'] },
  { name: 'findAll n 0', fn: 'regexFindAll', args: ['[a-c]', 'abcabc', 0n], want: [] },
  {
    name: 'replaceAll expansion rules',
    fn: 'regexReplaceAll',
    args: ['(a)(b)?', 'ab a', '[$1|$2|$1x|${1}x|$$|$0|$3|$00|$x]'],
    want: '[a|b||ax|$|ab|||] [a|||ax|$|a|||]',
  },
  { name: 'replaceAll named groups', fn: 'regexReplaceAll', args: ['(?P<first>\\w+) (?P<last>\\w+)', 'John Smith', '${last}, $first'], want: 'Smith, John' },
  { name: 'replaceAllLiteral', fn: 'regexReplaceAllLiteral', args: ['a(b)', 'abab', '$1'], want: '$1$1' },
  { name: 'replaceAll empty pattern', fn: 'regexReplaceAll', args: ['', 'abc', '-'], want: '-a-b-c-' },
  { name: 'replaceAll b*', fn: 'regexReplaceAll', args: ['b*', 'abc', '-'], want: '-a-c-' },
  { name: 'find (?i)', fn: 'regexFind', args: ['(?i)HELLO', 'say hello'], want: 'hello' },
  { name: 'dot excludes newline', fn: 'regexMatch', args: ['^a.c$', 'a\nc'], want: false },
  { name: '(?s) dot matches newline', fn: 'regexMatch', args: ['(?s)^a.c$', 'a\nc'], want: true },
  { name: '(?m) anchors only at \\n', fn: 'regexFindAll', args: ['(?m)^\\w+$', 'ab\ncd\r\nef', -1n], want: ['ab', 'ef'] },
  { name: 'regexMatch bad pattern is false', fn: 'regexMatch', args: ['(', 'x'], want: false },
  { name: 'regexFind bad pattern panics', fn: 'regexFind', args: ['(', 'x'], wantErr: 'regexp: Compile(`(`): error parsing regexp: missing closing ): `(`' },
  { name: 'regexFindAll bad pattern panics', fn: 'regexFindAll', args: ['(', 'x', -1n], wantErr: 'regexp: Compile(`(`): error parsing regexp: missing closing ): `(`' },
  { name: 'regexReplaceAll bad pattern panics', fn: 'regexReplaceAll', args: ['(', 'x', 'y'], wantErr: 'regexp: Compile(`(`): error parsing regexp: missing closing ): `(`' },
  { name: 'regexReplaceAllLiteral bad pattern panics', fn: 'regexReplaceAllLiteral', args: ['(', 'x', 'y'], wantErr: 'regexp: Compile(`(`): error parsing regexp: missing closing ): `(`' },
  { name: 'regexSplit bad pattern panics', fn: 'regexSplit', args: ['(', 'x', -1n], wantErr: 'regexp: Compile(`(`): error parsing regexp: missing closing ): `(`' },
  { name: 'mustRegexMatch error', fn: 'mustRegexMatch', args: ['(', 'x'], wantErr: 'error parsing regexp: missing closing ): `(`' },
  { name: 'mustRegexFind error', fn: 'mustRegexFind', args: ['(', 'x'], wantErr: 'error parsing regexp: missing closing ): `(`' },
  { name: 'mustRegexFindAll error', fn: 'mustRegexFindAll', args: ['(', 'x', -1n], wantErr: 'error parsing regexp: missing closing ): `(`' },
  { name: 'mustRegexReplaceAll error', fn: 'mustRegexReplaceAll', args: ['(', 'x', 'y'], wantErr: 'error parsing regexp: missing closing ): `(`' },
  { name: 'mustRegexReplaceAllLiteral error', fn: 'mustRegexReplaceAllLiteral', args: ['(', 'x', 'y'], wantErr: 'error parsing regexp: missing closing ): `(`' },
  { name: 'mustRegexSplit error', fn: 'mustRegexSplit', args: ['(', 'x', -1n], wantErr: 'error parsing regexp: missing closing ): `(`' },
  { name: 'quoteMeta', fn: 'regexQuoteMeta', args: ['a.b*c[d]$^{}()|+?\\/'], want: 'a\\.b\\*c\\[d\\]\\$\\^\\{\\}\\(\\)\\|\\+\\?\\\\/' },
  { name: 'backquote in pattern', fn: 'regexFind', args: ['a"b`', 'x'], want: '' },
  { name: 'panic quotes pattern with backquote', fn: 'regexFind', args: ['a`(', 'x'], wantErr: 'regexp: Compile("a`("): error parsing regexp: missing closing ): `a`(`' },
  { name: 'panic quotes pattern with newline', fn: 'regexFind', args: ['\n(', 'x'], wantErr: 'regexp: Compile("\\n("): error parsing regexp: missing closing ): `\n(`' },
  { name: 'lookahead is bad but regexMatch false', fn: 'regexMatch', args: ['(?=a)', 'a'], want: false },
  { name: 'lookahead', fn: 'mustRegexMatch', args: ['(?=a)', 'a'], wantErr: 'error parsing regexp: invalid or unsupported Perl syntax: `(?=`' },
  { name: 'negative lookahead', fn: 'mustRegexMatch', args: ['(?!a)', 'a'], wantErr: 'error parsing regexp: invalid or unsupported Perl syntax: `(?!`' },
  { name: 'lookbehind reads as a named capture', fn: 'mustRegexMatch', args: ['(?<=a)b', 'ab'], wantErr: 'error parsing regexp: invalid named capture: `(?<=a)b`' },
  { name: 'backreference', fn: 'mustRegexMatch', args: ['\\1', 'a'], wantErr: 'error parsing regexp: invalid escape sequence: `\\1`' },
  { name: 'backreference after group', fn: 'mustRegexMatch', args: ['(a)\\1', 'a'], wantErr: 'error parsing regexp: invalid escape sequence: `\\1`' },
  { name: 'double star', fn: 'mustRegexMatch', args: ['a**', 'a'], wantErr: 'error parsing regexp: invalid nested repetition operator: `**`' },
  { name: 'leading star', fn: 'mustRegexMatch', args: ['*a', 'a'], wantErr: 'error parsing regexp: missing argument to repetition operator: `*`' },
  { name: 'repeat too big', fn: 'mustRegexMatch', args: ['a{1001}', 'a'], wantErr: 'error parsing regexp: invalid repeat count: `{1001}`' },
  { name: 'repeat min > max', fn: 'mustRegexMatch', args: ['a{2,1}', 'a'], wantErr: 'error parsing regexp: invalid repeat count: `{2,1}`' },
  { name: 'nested repeat too big', fn: 'mustRegexMatch', args: ['(a{100}){11}', 'a'], wantErr: 'error parsing regexp: invalid repeat count: `{11}`' },
  { name: 'unexpected paren', fn: 'mustRegexMatch', args: ['a)', 'a'], wantErr: 'error parsing regexp: unexpected ): `a)`' },
  { name: 'missing bracket', fn: 'mustRegexMatch', args: ['[a', 'a'], wantErr: 'error parsing regexp: missing closing ]: `[a`' },
  { name: 'missing bracket after ]', fn: 'mustRegexMatch', args: ['x[]y', 'a'], wantErr: 'error parsing regexp: missing closing ]: `[]y`' },
  { name: 'reversed range', fn: 'mustRegexMatch', args: ['[z-a]', 'a'], wantErr: 'error parsing regexp: invalid character class range: `z-a`' },
  { name: 'unknown posix class', fn: 'mustRegexMatch', args: ['[[:foo:]]', 'a'], wantErr: 'error parsing regexp: invalid character class range: `[:foo:]`' },
  { name: 'trailing backslash', fn: 'mustRegexMatch', args: ['\\', 'a'], wantErr: 'error parsing regexp: trailing backslash at end of expression: ``' },
  { name: 'unknown escape', fn: 'mustRegexMatch', args: ['\\e', 'a'], wantErr: 'error parsing regexp: invalid escape sequence: `\\e`' },
  { name: 'hex escape too big', fn: 'mustRegexMatch', args: ['\\x{110000}', 'a'], wantErr: 'error parsing regexp: invalid escape sequence: `\\x{110000`' },
  { name: 'short hex escape', fn: 'mustRegexMatch', args: ['\\x4', 'a'], wantErr: 'error parsing regexp: invalid escape sequence: `\\x4`' },
  { name: 'bad capture name', fn: 'mustRegexMatch', args: ['(?P<n!>a)', 'a'], wantErr: 'error parsing regexp: invalid named capture: `(?P<n!>`' },
  { name: 'unterminated capture name', fn: 'mustRegexMatch', args: ['(?P<n', 'a'], wantErr: 'error parsing regexp: invalid named capture: `(?P<n`' },
  { name: 'unterminated flags', fn: 'mustRegexMatch', args: ['(?i', 'a'], wantErr: 'error parsing regexp: invalid or unsupported Perl syntax: `(?i`' },
  { name: 'negation without flags', fn: 'mustRegexMatch', args: ['(?-)', 'a'], wantErr: 'error parsing regexp: invalid or unsupported Perl syntax: `(?-)`' },
  { name: '\\C', fn: 'mustRegexMatch', args: ['\\C', 'a'], wantErr: 'error parsing regexp: invalid escape sequence: `\\C`' },
  { name: 'duplicate group names are fine', fn: 'mustRegexMatch', args: ['(?P<a>x)(?P<a>y)', 'xy'], want: true },
  { name: 'star after lazy star', fn: 'mustRegexMatch', args: ['a*?*', 'a'], wantErr: 'error parsing regexp: invalid nested repetition operator: `*?*`' },
  { name: 'flag group then star repeats the atom before', fn: 'mustRegexMatch', args: ['a(?i)*', 'AAA'], want: true },
  { name: 'flag group then star finds', fn: 'regexFind', args: ['a(?i)*', 'aaa'], want: 'aaa' },
  { name: 'star on anchor', fn: 'regexFind', args: ['^*a', 'aaa'], want: 'a' },
  { name: '{,2} is literal', fn: 'regexFind', args: ['a{,2}', 'a{,2}'], want: 'a{,2}' },
  { name: '{01} is literal', fn: 'regexFind', args: ['a{01}', 'a{01}'], want: 'a{01}' },
  { name: 'huge repeat', fn: 'mustRegexMatch', args: ['a{99999999999}', 'a'], wantErr: 'error parsing regexp: invalid repeat count: `{99999999999}`' },
  { name: '(?i) Kelvin sign', fn: 'regexFind', args: ['(?i)k', '\u212a'], want: '\u212a' },
  { name: '(?i) class Kelvin sign', fn: 'regexFind', args: ['(?i)[k]', '\u212a'], want: '\u212a' },
  { name: '(?i)\\w folds long s and Kelvin', fn: 'regexFind', args: ['(?i)\\w+', '\u017f\u212a'], want: '\u017f\u212a' },
  { name: '\\s excludes \\v', fn: 'regexFind', args: ['\\s+', 'a\v\t b'], want: '\t ' },
  { name: '[[:space:]] includes \\v', fn: 'regexFind', args: ['[[:space:]]+', 'a\v\t b'], want: '\v\t ' },
  { name: '\\pC includes unassigned', fn: 'regexFind', args: ['\\pC', '\u0378'], want: '\u0378' },
  { name: '\\p{Cn}', fn: 'regexFind', args: ['\\p{Cn}', '\u0378'], want: '\u0378' },
  { name: '\\p{Letter} alias', fn: 'regexMatch', args: ['\\p{Letter}', 'a'], want: true },
  { name: '\\p{greek} any case', fn: 'mustRegexMatch', args: ['\\p{greek}', 'α'], want: true },
  { name: '\\p{Old_Italic} unknown', fn: 'mustRegexMatch', args: ['\\p{Old_Italic}', 'a'], wantErr: 'error parsing regexp: invalid character class range: `\\p{Old_Italic}`' },
  { name: '\\p{Grek} unknown', fn: 'mustRegexMatch', args: ['\\p{Grek}', 'α'], wantErr: 'error parsing regexp: invalid character class range: `\\p{Grek}`' },
  { name: '\\p{L unterminated', fn: 'mustRegexMatch', args: ['\\p{L', 'a'], wantErr: 'error parsing regexp: invalid character class range: `\\p{L`' },
  { name: '(?<name>) capture', fn: 'mustRegexMatch', args: ['(?<n>a)b', 'ab'], want: true },
  { name: 'empty flag group', fn: 'mustRegexMatch', args: ['(?)b', 'ab'], want: true },
  { name: '\\p{Cased_Letter}', fn: 'mustRegexMatch', args: ['\\p{Cased_Letter}', 'a'], want: true },
  { name: '\\p{l-u} canonical', fn: 'mustRegexMatch', args: ['\\p{l-u}', 'x'], want: false },
  // groups inside loops keep their last value (JavaScript would reset them)
  { name: 'group in loop keeps last value', fn: 'regexReplaceAll', args: ['(?:(a)|b)+', 'ab', '[$1]'], want: '[a]' },
  { name: 'nested groups in loop', fn: 'regexReplaceAll', args: ['((a)|b)*', 'ab', '[$1|$2]'], want: '[b|a]' },
  { name: 'last iteration wins', fn: 'regexReplaceAll', args: ['(a|b)*', 'ab', '[$1]'], want: '[b]' },
  { name: 'nullable loop body', fn: 'regexReplaceAll', args: ['(a*)+', 'b', '[$1]'], want: '[]b[]' },
  { name: 'nullable star body', fn: 'regexReplaceAll', args: ['(a*)*', 'b', '[$1]'], want: '[]b[]' },
  { name: 'optional in star', fn: 'regexReplaceAll', args: ['(a?)*', 'aa', '[$1]'], want: '[a]' },
  {
    name: 'empty iteration ends the loop (RE2, not JS)',
    fn: 'mustRegexFindAll',
    args: ['(?:[[:alpha:]]*(?:-AK{0,}K|\\.*\\x41+)?([^a]k{0,}\\s{1,2})??|\\\\+)*[a-c]*?', 'x1 y22\tz', -1n],
    want: ['x', '', 'y', '', '', 'z'],
  },
];

describe('sprig regex', () => {
  for (const c of cases) {
    it(c.name, () => {
      const spec = funcs[c.fn];
      expect(spec, `no function ${c.fn}`).toBeDefined();
      if (c.wantErr !== undefined) {
        let err: unknown;
        try {
          spec.fn(...c.args);
        } catch (e) {
          err = e;
        }
        expect(err).toBeInstanceOf(FuncError);
        expect((err as Error).message).toBe(c.wantErr);
        return;
      }
      expect(spec.fn(...c.args)).toEqual(c.want);
    });
  }
});

describe('re2 matcher', () => {
  it('runs in linear time where backtracking would explode', () => {
    const t0 = Date.now();
    expect(funcs.regexMatch.fn('(a*)*b', 'a'.repeat(5000))).toBe(false);
    expect(funcs.regexMatch.fn('(x+x+)+y', 'x'.repeat(3000))).toBe(false);
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  const searches: { re: string; s: string; want: string[] }[] = [
    { re: '\\Qa.b\\E.', s: 'a.bc axbc', want: ['a.bc'] },
    { re: '\\Qa.b', s: 'xa.b', want: ['a.b'] },
    { re: '[\\d-z]+', s: '1-z9a', want: ['1-z9'] },
    { re: '(?i)straße', s: 'STRASSE STRAẞE', want: ['STRAẞE'] },
    { re: '(?i)[^k]', s: 'kK\u212ax', want: ['x'] },
    { re: 'a(?i:b)c', s: 'aBc aBC ABc', want: ['aBc'] },
    { re: '(?U)a+', s: 'aaa', want: ['a', 'a', 'a'] },
    { re: '(?U)a+?', s: 'aaa', want: ['aaa'] },
    { re: '\\Aab|c\\z', s: 'abcab c', want: ['ab', 'c'] },
    { re: '(?m)^$', s: 'a\n\nb', want: [''] },
    { re: '\\x41\\x{42}\\101\\0', s: 'ABA\0', want: ['ABA\0'] },
    { re: '[[:^alpha:][:digit:]]+', s: 'ab12;cd', want: ['12;'] },
    { re: '\\pN+', s: 'x²3½y', want: ['²3½'] },
    { re: '[\\p{Greek}\\d]+', s: 'aβ1γb', want: ['β1γ'] },
    { re: '(?i)\\p{Lu}+', s: 'aBc1', want: ['aBc'] },
    { re: '(?i)[^\\P{Lu}]+', s: '1aB2', want: ['aB'] },
    { re: '(?i)\\P{Lu}+', s: 'aB12-c', want: ['12-'] },
    { re: '.', s: '😀a', want: ['😀', 'a'] },
    { re: '', s: '😀', want: ['', ''] },
    { re: 'x*', s: '😀', want: ['', ''] },
    { re: '\\b\\w+\\b', s: 'héllo wörld', want: ['h', 'llo', 'w', 'rld'] },
    { re: '[^a]', s: '\n', want: ['\n'] },
    { re: '\\D\\S\\W', s: '\n\n\n', want: [] },
    { re: '[😀-😂]', s: '😁', want: ['😁'] },
    { re: '(?i)ǅ', s: 'Ǆǆǅ', want: ['Ǆ', 'ǆ', 'ǅ'] },
    { re: '(?i)σ', s: 'Σσς', want: ['Σ', 'σ', 'ς'] },
    { re: '(?i)[α-ω]+', s: 'ΑΣΩϐ', want: ['ΑΣΩϐ'] },
    { re: 'a{2}{3}x|y', s: 'y', want: [] },
  ];
  for (const t of searches) {
    it(`${t.re} on ${JSON.stringify(t.s)}`, () => {
      let got: string[];
      try {
        got = compile(t.re).findAllString(t.s, -1);
      } catch (e) {
        got = [(e as Error).message];
      }
      if (t.re === 'a{2}{3}x|y') {
        expect(got).toEqual(['error parsing regexp: invalid nested repetition operator: `{2}{3}`']);
        return;
      }
      expect(got).toEqual(t.want);
    });
  }
});
