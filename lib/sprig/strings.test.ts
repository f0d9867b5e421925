// Unit tables for strings.ts: each expected value was printed by Helm 4.1.4 for the
// template in the case name's comment (ints are Go ints, so bigint here).
import { describe, expect, it } from 'vitest';
import { FuncError, type GoValue, newMap } from '../gotemplate/value';
import { funcs } from './strings';

interface Case {
  name: string;
  fn: string;
  args: GoValue[];
  want?: GoValue;
  wantErr?: string;
}

function m(o: Record<string, GoValue>): GoValue {
  return Object.assign(newMap(), o);
}

const cases: Case[] = [
  { name: 'trim spaces and unicode spaces', fn: 'trim', args: ['\u00a0\u2003 x \u3000'], want: 'x' },
  { name: 'trim newline', fn: 'trim', args: ['  a b \n'], want: 'a b' },
  { name: 'trimAll cutset', fn: 'trimAll', args: ['$', '$$a$$'], want: 'a' },
  { name: 'trimAll multi-rune cutset', fn: 'trimAll', args: ['ab', 'abcba'], want: 'c' },
  { name: 'trimAll empty cutset', fn: 'trimAll', args: ['', 'abc'], want: 'abc' },
  { name: 'trimAll non-ascii', fn: 'trimAll', args: ['é', 'ééxé'], want: 'x' },
  { name: 'trimall deprecated alias', fn: 'trimall', args: ['$', '$a$'], want: 'a' },
  { name: 'trimPrefix once', fn: 'trimPrefix', args: ['a', 'aab'], want: 'ab' },
  { name: 'trimSuffix once', fn: 'trimSuffix', args: ['b', 'abb'], want: 'ab' },
  { name: 'upper simple mapping keeps ß', fn: 'upper', args: ['ß straße ǆ ᾀ'], want: 'ß STRAßE Ǆ ᾈ' },
  { name: 'upper georgian', fn: 'upper', args: ['ǅ ა ꟃ'], want: 'Ǆ Ა Ꟃ' },
  { name: 'lower no final sigma, dotted I', fn: 'lower', args: ['İSTANBUL ΑΣ'], want: 'istanbul ασ' },
  { name: 'lower titlecase letters', fn: 'lower', args: ['Ǆ ᾈ Ა'], want: 'ǆ ᾀ ა' },
  { name: 'title separators', fn: 'title', args: ['hello wORLD foo_bar x-y ǆa'], want: 'Hello WORLD Foo_bar X-Y ǅa' },
  { name: 'title non-ascii letters', fn: 'title', args: ['élan vital 3d'], want: 'Élan Vital 3d' },
  { name: 'title punctuation', fn: 'title', args: ['a.b,c;d\te'], want: 'A.B,C;D\tE' },
  { name: 'title digraphs ligatures georgian', fn: 'title', args: ['ﬀ ß ǆ ǳ ა'], want: 'ﬀ ß ǅ ǲ ა' },
  { name: 'title empty', fn: 'title', args: [''], want: '' },
  { name: 'untitle words', fn: 'untitle', args: ['ABC dEF  Ghi'], want: 'aBC dEF  ghi' },
  { name: 'substr bytes', fn: 'substr', args: [1n, 3n, 'héllo'], want: 'é' },
  { name: 'substr negative start', fn: 'substr', args: [-1n, 2n, 'hello'], want: 'he' },
  { name: 'substr negative end', fn: 'substr', args: [2n, -1n, 'hello'], want: 'llo' },
  { name: 'substr end past length', fn: 'substr', args: [2n, 99n, 'hello'], want: 'llo' },
  { name: 'substr start at length', fn: 'substr', args: [5n, -1n, 'hello'], want: '' },
  { name: 'substr start > end', fn: 'substr', args: [3n, 1n, 'hello'], wantErr: 'runtime error: slice bounds out of range [3:1]' },
  { name: 'substr start past end', fn: 'substr', args: [7n, 9n, 'hello'], wantErr: 'runtime error: slice bounds out of range [7:5]' },
  { name: 'substr both negative', fn: 'substr', args: [-1n, -2n, 'hello'], wantErr: 'runtime error: slice bounds out of range [:-2]' },
  { name: 'substr end past length, no start', fn: 'substr', args: [-1n, 9n, 'hello'], wantErr: 'runtime error: slice bounds out of range [:9] with length 5' },
  { name: 'substr start past length, no end', fn: 'substr', args: [6n, -1n, 'hello'], wantErr: 'runtime error: slice bounds out of range [6:5]' },
  // the cut-off first byte of é stays a byte of its own (lib/gotemplate/utf8.ts)
  { name: 'trunc cuts bytes', fn: 'trunc', args: [2n, 'héllo'], want: 'h\udcc3' },
  { name: 'trunc negative keeps tail', fn: 'trunc', args: [-2n, 'hello'], want: 'lo' },
  { name: 'trunc negative too long', fn: 'trunc', args: [-10n, 'hello'], want: 'hello' },
  { name: 'abbrev', fn: 'abbrev', args: [5n, 'hello world'], want: 'he...' },
  { name: 'abbrev width < 4', fn: 'abbrev', args: [3n, 'hello world'], want: 'hello world' },
  { name: 'abbrev exact fit', fn: 'abbrev', args: [4n, 'abcd'], want: 'abcd' },
  { name: 'abbrev 4', fn: 'abbrev', args: [4n, 'abcde'], want: 'a...' },
  { name: 'abbrev cuts bytes', fn: 'abbrev', args: [5n, 'héllo wörld'], want: 'h\udcc3...' },
  { name: 'abbrevboth middle', fn: 'abbrevboth', args: [5n, 10n, '1234 5678 9123 4567'], want: '...5678...' },
  { name: 'abbrevboth left 0', fn: 'abbrevboth', args: [0n, 4n, 'hello world'], want: 'h...' },
  { name: 'abbrevboth right < 7 with left', fn: 'abbrevboth', args: [5n, 6n, 'abcdefghijklmno'], want: 'abcdefghijklmno' },
  { name: 'abbrevboth 5 7', fn: 'abbrevboth', args: [5n, 7n, 'abcdefghijklmno'], want: '...f...' },
  { name: 'abbrevboth 10 10', fn: 'abbrevboth', args: [10n, 10n, 'abcdefghijklmnopqrstuvwxyz'], want: '...klmn...' },
  { name: 'abbrevboth near end', fn: 'abbrevboth', args: [20n, 10n, 'abcdefghijklmnopqrstuvwxyz'], want: '...tuvwxyz' },
  { name: 'abbrevboth small offset', fn: 'abbrevboth', args: [1n, 10n, 'abcdefghijklmnopqrstuvwxyz'], want: 'abcdefg...' },
  { name: 'abbrevboth negative offset', fn: 'abbrevboth', args: [-5n, 10n, 'abcdefghijklmnopqrstuvwxyz'], want: 'abcdefg...' },
  { name: 'abbrevboth offset past end', fn: 'abbrevboth', args: [99n, 10n, 'abcdefghijklmnopqrstuvwxyz'], want: '...tuvwxyz' },
  { name: 'repeat', fn: 'repeat', args: [3n, 'ab'], want: 'ababab' },
  { name: 'repeat zero', fn: 'repeat', args: [0n, 'a'], want: '' },
  { name: 'repeat negative', fn: 'repeat', args: [-1n, 'a'], wantErr: 'strings: negative Repeat count' },
  { name: 'nospace ascii', fn: 'nospace', args: [' a\tb\n c '], want: 'abc' },
  { name: 'nospace untouched when nothing removed', fn: 'nospace', args: ['héllo'], want: 'héllo' },
  { name: 'nospace re-encodes bytes', fn: 'nospace', args: ['hé llo'], want: 'hÃ©llo' },
  { name: 'nospace drops NBSP continuation byte', fn: 'nospace', args: ['c\u00a0d'], want: 'cÂd' },
  { name: 'initials', fn: 'initials', args: ['John Doe'], want: 'JD' },
  { name: 'initials first byte only', fn: 'initials', args: ['école normale'], want: 'Ãn' },
  { name: 'initials NBSP byte is a gap', fn: 'initials', args: ['à b'], want: 'Ãb' },
  { name: 'initials whitespace kinds', fn: 'initials', args: ['a\tb\nc'], want: 'abc' },
  { name: 'initials empty', fn: 'initials', args: [''], want: '' },
  { name: 'swapcase', fn: 'swapcase', args: ['Hello World ǅ'], want: 'hELLO wORLD ǆ' },
  { name: 'swapcase words', fn: 'swapcase', args: ['hello  world\tfoo'], want: 'HELLO  WORLD\tFOO' },
  { name: 'swapcase titlecase', fn: 'swapcase', args: ['ǅungla ǈ'], want: 'ǆUNGLA ǉ' },
  { name: 'snakecase HTTPServer', fn: 'snakecase', args: ['HTTPServer'], want: 'http_server' },
  { name: 'snakecase FirstName', fn: 'snakecase', args: ['FirstName'], want: 'first_name' },
  { name: 'snakecase NoHTTPS', fn: 'snakecase', args: ['NoHTTPS'], want: 'no_https' },
  { name: 'snakecase GO_PATH', fn: 'snakecase', args: ['GO_PATH'], want: 'go_path' },
  { name: 'snakecase GO PATH', fn: 'snakecase', args: ['GO PATH'], want: 'go_path' },
  { name: 'snakecase GO-PATH', fn: 'snakecase', args: ['GO-PATH'], want: 'go_path' },
  { name: 'snakecase http2xx', fn: 'snakecase', args: ['http2xx'], want: 'http_2xx' },
  { name: 'snakecase HTTP2xx', fn: 'snakecase', args: ['HTTP2xx'], want: 'http_2xx' },
  { name: 'snakecase HTTP20xOK', fn: 'snakecase', args: ['HTTP20xOK'], want: 'http_20x_ok' },
  { name: 'snakecase Duration2m3s', fn: 'snakecase', args: ['Duration2m3s'], want: 'duration_2m3s' },
  { name: 'snakecase Bld4Floor3rd', fn: 'snakecase', args: ['Bld4Floor3rd'], want: 'bld4_floor_3rd' },
  { name: 'snakecase leading spaces', fn: 'snakecase', args: ['  leading space'], want: '__leading_space' },
  { name: 'snakecase underscores kept', fn: 'snakecase', args: ['__a__b__'], want: '__a__b__' },
  { name: 'snakecase punctuation', fn: 'snakecase', args: ['a.b-c_d e'], want: 'a.b_c_d_e' },
  { name: 'snakecase non-ascii upper', fn: 'snakecase', args: ['ÉcoleNormale'], want: 'école_normale' },
  { name: 'snakecase abc123def', fn: 'snakecase', args: ['abc123def'], want: 'abc_123def' },
  { name: 'snakecase ABC123DEF', fn: 'snakecase', args: ['ABC123DEF'], want: 'abc123_def' },
  { name: 'snakecase a1B2c3', fn: 'snakecase', args: ['a1B2c3'], want: 'a1_b_2c3' },
  { name: 'snakecase punct runs', fn: 'snakecase', args: ['x!!Y??z'], want: 'x!!y??z' },
  { name: 'snakecase CJK', fn: 'snakecase', args: ['日本語Text'], want: '日本語_text' },
  { name: 'snakecase A', fn: 'snakecase', args: ['A'], want: 'a' },
  { name: 'snakecase AB', fn: 'snakecase', args: ['AB'], want: 'ab' },
  { name: 'snakecase ABc', fn: 'snakecase', args: ['ABc'], want: 'a_bc' },
  { name: 'snakecase aB', fn: 'snakecase', args: ['aB'], want: 'a_b' },
  { name: 'snakecase 1a', fn: 'snakecase', args: ['1a'], want: '1a' },
  { name: 'snakecase A1', fn: 'snakecase', args: ['A1'], want: 'a1' },
  { name: 'snakecase A1b', fn: 'snakecase', args: ['A1b'], want: 'a_1b' },
  { name: 'snakecase A1B', fn: 'snakecase', args: ['A1B'], want: 'a1_b' },
  { name: 'snakecase empty', fn: 'snakecase', args: [''], want: '' },
  { name: 'kebabcase', fn: 'kebabcase', args: ['HTTPServer'], want: 'http-server' },
  { name: 'kebabcase Bld4Floor3rd', fn: 'kebabcase', args: ['Bld4Floor3rd'], want: 'bld4-floor-3rd' },
  { name: 'kebabcase spaces and underscores', fn: 'kebabcase', args: ['Hello World_foo'], want: 'hello-world-foo' },
  { name: 'camelcase HTTPServer', fn: 'camelcase', args: ['HTTPServer'], want: 'Httpserver' },
  { name: 'camelcase some_words', fn: 'camelcase', args: ['some_words'], want: 'SomeWords' },
  { name: 'camelcase _complex__case_', fn: 'camelcase', args: ['_complex__case_'], want: '_Complex_Case_' },
  { name: 'camelcase GOLANG_IS_GREAT', fn: 'camelcase', args: ['GOLANG_IS_GREAT'], want: 'GolangIsGreat' },
  { name: 'camelcase fooBar', fn: 'camelcase', args: ['fooBar'], want: 'FooBar' },
  { name: 'camelcase fooBAR', fn: 'camelcase', args: ['fooBAR'], want: 'FooBAR' },
  { name: 'camelcase aB_CD', fn: 'camelcase', args: ['aB_CD'], want: 'ABCd' },
  { name: 'camelcase single rune', fn: 'camelcase', args: ['a'], want: 'A' },
  { name: 'camelcase only connector', fn: 'camelcase', args: ['_'], want: '__' },
  { name: 'camelcase two connectors', fn: 'camelcase', args: ['__'], want: '___' },
  { name: 'camelcase trailing connector', fn: 'camelcase', args: ['a_'], want: 'A_' },
  { name: 'camelcase hyphens', fn: 'camelcase', args: ['-a-b-'], want: '-AB-' },
  { name: 'camelcase double space', fn: 'camelcase', args: ['a  b'], want: 'A B' },
  { name: 'camelcase dot is no connector', fn: 'camelcase', args: ['hello.world'], want: 'Hello.world' },
  { name: 'camelcase digraph', fn: 'camelcase', args: ['ǆa_ǆb'], want: 'ǄaǄb' },
  { name: 'camelcase non-ascii', fn: 'camelcase', args: ['ÀB_ÇD'], want: 'ÀbÇd' },
  { name: 'camelcase empty', fn: 'camelcase', args: [''], want: '' },
  { name: 'shuffle empty', fn: 'shuffle', args: [''], want: '' },
  { name: 'wrap', fn: 'wrap', args: [5n, 'hello world this is a test'], want: 'hello\nworld\nthis\nis a\ntest' },
  { name: 'wrap long word', fn: 'wrap', args: [3n, 'abcdefgh ij'], want: 'abcdefgh\nij' },
  { name: 'wrap zero width', fn: 'wrap', args: [0n, 'a b c'], want: 'a\nb\nc' },
  { name: 'wrap negative width', fn: 'wrap', args: [-5n, 'ab cd'], want: 'ab\ncd' },
  { name: 'wrap empty', fn: 'wrap', args: [10n, ''], want: '' },
  { name: 'wrap strips leading spaces of lines', fn: 'wrap', args: [3n, '  ab   cd  '], want: 'ab \ncd \n' },
  { name: 'wrap existing newline', fn: 'wrap', args: [4n, 'a\nbcdef ghij'], want: 'a\nbcdef\nghij' },
  { name: 'wrapWith tab', fn: 'wrapWith', args: [5n, '\t', 'hello world'], want: 'hello\tworld' },
  { name: 'wrapWith breaks long words', fn: 'wrapWith', args: [3n, '|', 'abcdefgh ij'], want: 'abc|def|gh|ij' },
  { name: 'wrapWith empty separator', fn: 'wrapWith', args: [2n, '', 'ab cd ef'], want: 'ab\ncd\nef' },
  { name: 'contains', fn: 'contains', args: ['b', 'abc'], want: true },
  { name: 'contains empty', fn: 'contains', args: ['', ''], want: true },
  { name: 'hasPrefix', fn: 'hasPrefix', args: ['a', 'abc'], want: true },
  { name: 'hasSuffix', fn: 'hasSuffix', args: ['b', 'abc'], want: false },
  { name: 'quote skips nil, formats values', fn: 'quote', args: ['a"b', 'c\nd', null, 3n, 1.5, true], want: '"a\\"b" "c\\nd" "3" "1.5" "true"' },
  { name: 'quote none', fn: 'quote', args: [], want: '' },
  { name: 'quote non-printables', fn: 'quote', args: ['é\u00a0\u200b\x01'], want: '"é\\u00a0\\u200b\\x01"' },
  { name: 'quote more non-printables', fn: 'quote', args: ['\u2028', '\ufeff', '\u{1F600}', '\x7f', '\t'], want: '"\\u2028" "\\ufeff" "😀" "\\x7f" "\\t"' },
  { name: 'quote float', fn: 'quote', args: [1000000], want: '"1e+06"' },
  { name: 'quote list and map', fn: 'quote', args: [[1n, 'a'], m({ k: 'v' })], want: '"[1 a]" "map[k:v]"' },
  { name: 'squote', fn: 'squote', args: ['a', null, 2n], want: "'a' '2'" },
  { name: 'squote list and map', fn: 'squote', args: [[1n, 'a'], m({ k: 'v' })], want: "'[1 a]' 'map[k:v]'" },
  { name: 'cat skips nil', fn: 'cat', args: ['a', null, 1n, 'b'], want: 'a 1 b' },
  { name: 'cat values', fn: 'cat', args: [[1n, 2n], 'x', 3], want: '[1 2] x 3' },
  { name: 'cat none', fn: 'cat', args: [], want: '' },
  { name: 'indent', fn: 'indent', args: [2n, 'a\nb'], want: '  a\n  b' },
  { name: 'indent negative', fn: 'indent', args: [-1n, 'a'], wantErr: 'strings: negative Repeat count' },
  { name: 'nindent', fn: 'nindent', args: [2n, 'a\nb'], want: '\n  a\n  b' },
  { name: 'replace', fn: 'replace', args: ['a', 'b', 'banana'], want: 'bbnbnb' },
  { name: 'replace empty old', fn: 'replace', args: ['', '-', 'hé'], want: '-h-é-' },
  { name: 'plural one', fn: 'plural', args: ['one', 'many', 1n], want: 'one' },
  { name: 'plural many', fn: 'plural', args: ['one', 'many', 2n], want: 'many' },
  { name: 'split', fn: 'split', args: [',', 'a,b,c'], want: m({ _0: 'a', _1: 'b', _2: 'c' }) },
  { name: 'split empty sep', fn: 'split', args: ['', 'abc'], want: m({ _0: 'a', _1: 'b', _2: 'c' }) },
  { name: 'split empty string', fn: 'split', args: [',', ''], want: m({ _0: '' }) },
  { name: 'splitList', fn: 'splitList', args: [',', 'a,b,c'], want: ['a', 'b', 'c'] },
  { name: 'splitList runes', fn: 'splitList', args: ['', 'héllo'], want: ['h', 'é', 'l', 'l', 'o'] },
  { name: 'splitList empty', fn: 'splitList', args: [',', ''], want: [''] },
  { name: 'splitn 2', fn: 'splitn', args: [',', 2n, 'a,b,c'], want: m({ _0: 'a', _1: 'b,c' }) },
  { name: 'splitn 0', fn: 'splitn', args: [',', 0n, 'a,b'], want: m({}) },
  { name: 'splitn -1', fn: 'splitn', args: [',', -1n, 'a,b,c'], want: m({ _0: 'a', _1: 'b', _2: 'c' }) },
  { name: 'splitn 1', fn: 'splitn', args: [',', 1n, 'a,b,c'], want: m({ _0: 'a,b,c' }) },
  { name: 'splitn empty sep', fn: 'splitn', args: ['', 2n, 'abc'], want: m({ _0: 'a', _1: 'bc' }) },
  { name: 'join mixed', fn: 'join', args: ['-', [1n, 'a', null, 2.5]], want: '1-a-2.5' },
  { name: 'join nil', fn: 'join', args: ['-', null], want: '' },
  { name: 'join scalar', fn: 'join', args: ['-', 'abc'], want: 'abc' },
  { name: 'hello', fn: 'hello', args: [], want: 'Hello!' },
];

describe('sprig strings', () => {
  for (const c of cases) {
    it(c.name, () => {
      const spec = funcs[c.fn];
      expect(spec, `no function ${c.fn}`).toBeDefined();
      if (c.wantErr !== undefined) {
        expect(() => spec.fn(...c.args)).toThrow(FuncError);
        expect(() => spec.fn(...c.args)).toThrow(c.wantErr);
        return;
      }
      expect(spec.fn(...c.args)).toEqual(c.want);
    });
  }

  it('shuffle keeps the runes', () => {
    const s = 'héllo wörld 😀';
    const got = funcs.shuffle.fn(s) as string;
    expect([...got].sort()).toEqual([...s].sort());
    expect(funcs.shuffle.nondeterministic).toBe(true);
  });

  it('declares Go parameter types', () => {
    expect(funcs.upper.params).toEqual(['string']);
    expect(funcs.trunc.params).toEqual(['int', 'string']);
    expect(funcs.quote).toMatchObject({ params: [], variadic: 'any' });
    expect(funcs.join.params).toEqual(['string', 'any']);
  });
});
