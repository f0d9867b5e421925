// strconv against Go. Rows marked with a template (`tpl`) are re-checked against Helm
// 4.1.4 at the end of each table: sprig's `float64` is strconv.ParseFloat (0 on error),
// `int64` is ParseInt(s, 0, 64) and `atoi` is Atoi (0 on error), `printf` is fmt. Error
// texts come from Go's source (strconv/atoi.go: "strconv." + Func + ": parsing " +
// Quote(Num) + ": " + Err), which no Helm output shows.
import { describe, expect, it } from 'vitest';
import {
  NumError,
  atoi,
  canBackquote,
  formatFloat,
  formatInt,
  formatRuneU,
  isBlank,
  isPrint,
  parseBool,
  parseFloat,
  parseInt,
  parseUint,
  quote,
  quotePrefix,
  quoteRune,
  quoteToASCII,
  unquote,
  unquoteCharConstant,
} from './strconv';
import { formatFloatG } from './fmt';
import { helmExec } from '../../test/helm';

function errOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return '';
}

/** Asks Helm for each template and expects the given outputs. */
async function expectHelm(cases: { name: string; template: string; want: string }[]): Promise<void> {
  const got = await helmExec(cases.map((c) => ({ template: c.template })));
  const diffs = cases.flatMap((c, i) => (got[i].output === c.want ? [] : [`${c.name}: helm printed ${JSON.stringify(got[i].output || got[i].error)}, want ${JSON.stringify(c.want)}`]));
  expect(diffs).toEqual([]);
}

// ---------------------------------------------------------------------------------

interface IntRow {
  s: string;
  base: number;
  bits: number;
  want?: bigint;
  wantErr?: string;
}

const intRows: IntRow[] = [
  { s: '0', base: 10, bits: 64, want: 0n },
  { s: '-42', base: 10, bits: 64, want: -42n },
  { s: '+42', base: 10, bits: 64, want: 42n },
  { s: '9223372036854775807', base: 10, bits: 64, want: 9223372036854775807n },
  { s: '-9223372036854775808', base: 10, bits: 64, want: -9223372036854775808n },
  { s: '9223372036854775808', base: 10, bits: 64, wantErr: 'strconv.ParseInt: parsing "9223372036854775808": value out of range' },
  { s: '-9223372036854775809', base: 10, bits: 64, wantErr: 'strconv.ParseInt: parsing "-9223372036854775809": value out of range' },
  { s: '99999999999999999999999', base: 10, bits: 64, wantErr: 'strconv.ParseInt: parsing "99999999999999999999999": value out of range' },
  { s: '128', base: 10, bits: 8, wantErr: 'strconv.ParseInt: parsing "128": value out of range' },
  { s: '-128', base: 10, bits: 8, want: -128n },
  { s: '', base: 10, bits: 64, wantErr: 'strconv.ParseInt: parsing "": invalid syntax' },
  { s: '-', base: 10, bits: 64, wantErr: 'strconv.ParseInt: parsing "-": invalid syntax' },
  { s: '12abc', base: 10, bits: 64, wantErr: 'strconv.ParseInt: parsing "12abc": invalid syntax' },
  { s: ' 1', base: 10, bits: 64, wantErr: 'strconv.ParseInt: parsing " 1": invalid syntax' },
  { s: '1_000', base: 10, bits: 64, wantErr: 'strconv.ParseInt: parsing "1_000": invalid syntax' },
  { s: '1_000', base: 0, bits: 64, want: 1000n },
  { s: '0x1F', base: 0, bits: 64, want: 31n },
  { s: '0X_1f', base: 0, bits: 64, want: 31n },
  { s: '0755', base: 0, bits: 64, want: 493n },
  { s: '0o755', base: 0, bits: 64, want: 493n },
  { s: '0b101', base: 0, bits: 64, want: 5n },
  { s: '-0x10', base: 0, bits: 64, want: -16n },
  { s: '08', base: 0, bits: 64, wantErr: 'strconv.ParseInt: parsing "08": invalid syntax' },
  { s: '0x', base: 0, bits: 64, wantErr: 'strconv.ParseInt: parsing "0x": invalid syntax' },
  { s: '_1', base: 0, bits: 64, wantErr: 'strconv.ParseInt: parsing "_1": invalid syntax' },
  { s: '1__0', base: 0, bits: 64, wantErr: 'strconv.ParseInt: parsing "1__0": invalid syntax' },
  { s: '1_', base: 0, bits: 64, wantErr: 'strconv.ParseInt: parsing "1_": invalid syntax' },
  { s: 'zz', base: 36, bits: 64, want: 1295n },
  { s: 'ZZ', base: 36, bits: 64, want: 1295n },
  { s: 'ff', base: 16, bits: 64, want: 255n },
  { s: '0xff', base: 16, bits: 64, wantErr: 'strconv.ParseInt: parsing "0xff": invalid syntax' },
  { s: '1', base: 1, bits: 64, wantErr: 'strconv.ParseInt: parsing "1": invalid base 1' },
  { s: '1', base: 10, bits: 65, wantErr: 'strconv.ParseInt: parsing "1": invalid bit size 65' },
  { s: '½', base: 10, bits: 64, wantErr: 'strconv.ParseInt: parsing "½": invalid syntax' },
];

describe('parseInt', () => {
  it.each(intRows)('ParseInt($s, $base, $bits)', ({ s, base, bits, want, wantErr }) => {
    if (wantErr) {
      expect(errOf(() => parseInt(s, base, bits))).toBe(wantErr);
    } else {
      expect(parseInt(s, base, bits)).toBe(want);
    }
  });
  it('throws a NumError holding the value Go returns', () => {
    let err: unknown;
    try {
      parseInt('300', 10, 8);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(NumError);
    expect((err as NumError).func).toBe('ParseInt');
    expect((err as NumError).num).toBe('300');
    expect((err as NumError).err).toBe('value out of range');
    expect((err as NumError).value).toBe(127n);
  });
  it.each([
    { s: '18446744073709551615', base: 10, bits: 64, want: 18446744073709551615n },
    { s: '18446744073709551616', base: 10, bits: 64, wantErr: 'strconv.ParseUint: parsing "18446744073709551616": value out of range' },
    { s: '-1', base: 10, bits: 64, wantErr: 'strconv.ParseUint: parsing "-1": invalid syntax' },
    { s: '256', base: 10, bits: 8, wantErr: 'strconv.ParseUint: parsing "256": value out of range' },
    { s: '0x_ff', base: 0, bits: 0, want: 255n },
  ])('ParseUint($s, $base, $bits)', ({ s, base, bits, want, wantErr }) => {
    if (wantErr) expect(errOf(() => parseUint(s, base, bits))).toBe(wantErr);
    else expect(parseUint(s, base, bits)).toBe(want);
  });
  it('Atoi names itself in errors', () => {
    expect(atoi('-12')).toBe(-12n);
    expect(errOf(() => atoi('12abc'))).toBe('strconv.Atoi: parsing "12abc": invalid syntax');
  });
  it('agrees with Helm (int64 = ParseInt(s, 0, 64), atoi = Atoi)', async () => {
    // cast (behind int64) gives 0 on any error; atoi keeps the value Atoi returns with
    // its error, which for "value out of range" is the clamped one.
    const rows = intRows.filter((r) => r.bits === 64 && (r.base === 0 || r.base === 10));
    const atoiValue = (s: string) => {
      try {
        return atoi(s);
      } catch (e) {
        return (e as NumError).value;
      }
    };
    await expectHelm(
      rows.map((r) => ({
        name: r.s,
        template: r.base === 0 ? `{{ int64 ${JSON.stringify(r.s)} }}` : `{{ atoi ${JSON.stringify(r.s)} }}`,
        want: r.base === 0 ? (r.wantErr ? '0' : String(r.want)) : String(atoiValue(r.s)),
      })),
    );
  });
});

// ---------------------------------------------------------------------------------

const floatRows: { s: string; want?: number; wantErr?: string }[] = [
  { s: '0', want: 0 },
  { s: '-0', want: -0 },
  { s: '3.14', want: 3.14 },
  { s: '+3.14', want: 3.14 },
  { s: '.5', want: 0.5 },
  { s: '5.', want: 5 },
  { s: '1e3', want: 1000 },
  { s: '1E-3', want: 0.001 },
  { s: '1e+308', want: 1e308 },
  { s: '1e309', wantErr: 'strconv.ParseFloat: parsing "1e309": value out of range' },
  { s: '-1e309', wantErr: 'strconv.ParseFloat: parsing "-1e309": value out of range' },
  { s: '1e-400', want: 0 },
  { s: '4.9e-324', want: 5e-324 },
  { s: '0.1', want: 0.1 },
  { s: '0.30000000000000004', want: 0.30000000000000004 },
  { s: '123456789012345678901234567890', want: 1.2345678901234568e29 },
  { s: '1_000.5', want: 1000.5 },
  { s: '1__0', wantErr: 'strconv.ParseFloat: parsing "1__0": invalid syntax' },
  { s: '_1', wantErr: 'strconv.ParseFloat: parsing "_1": invalid syntax' },
  { s: '0x1p-2', want: 0.25 },
  { s: '0x1.8p1', want: 3 },
  { s: '0X_1FFFP-16', want: 0.1249847412109375 },
  { s: '0x1.fffffffffffff8p1023', wantErr: 'strconv.ParseFloat: parsing "0x1.fffffffffffff8p1023": value out of range' },
  { s: '0x1p-1074', want: 5e-324 },
  { s: '0x1p-1075', want: 0 },
  { s: '0x3p-1075', want: 1e-323 },
  { s: '0x1', wantErr: 'strconv.ParseFloat: parsing "0x1": invalid syntax' },
  { s: '0x', wantErr: 'strconv.ParseFloat: parsing "0x": invalid syntax' },
  { s: '1p3', wantErr: 'strconv.ParseFloat: parsing "1p3": invalid syntax' },
  { s: 'inf', want: Infinity },
  { s: '+Inf', want: Infinity },
  { s: '-INFINITY', want: -Infinity },
  { s: 'infin', wantErr: 'strconv.ParseFloat: parsing "infin": invalid syntax' },
  { s: 'NaN', want: NaN },
  { s: 'nan', want: NaN },
  { s: '-nan', wantErr: 'strconv.ParseFloat: parsing "-nan": invalid syntax' },
  { s: '', wantErr: 'strconv.ParseFloat: parsing "": invalid syntax' },
  { s: '.', wantErr: 'strconv.ParseFloat: parsing ".": invalid syntax' },
  { s: '1e', wantErr: 'strconv.ParseFloat: parsing "1e": invalid syntax' },
  { s: '1e+', wantErr: 'strconv.ParseFloat: parsing "1e+": invalid syntax' },
  { s: '1.2.3', wantErr: 'strconv.ParseFloat: parsing "1.2.3": invalid syntax' },
  { s: ' 1', wantErr: 'strconv.ParseFloat: parsing " 1": invalid syntax' },
  { s: '1,5', wantErr: 'strconv.ParseFloat: parsing "1,5": invalid syntax' },
];

describe('parseFloat', () => {
  it.each(floatRows)('ParseFloat($s)', ({ s, want, wantErr }) => {
    if (wantErr) expect(errOf(() => parseFloat(s))).toBe(wantErr);
    else expect(Object.is(parseFloat(s), want)).toBe(true);
  });
  it('agrees with Helm (float64 = ParseFloat, 0 on error)', async () => {
    await expectHelm(floatRows.map((r) => ({ name: r.s, template: `{{ float64 ${JSON.stringify(r.s)} }}`, want: r.wantErr ? '0' : formatFloatG(r.want!) })));
  });
});

describe('parseBool', () => {
  it.each(['1', 't', 'T', 'TRUE', 'true', 'True'])('%s is true', (s) => expect(parseBool(s)).toBe(true));
  it.each(['0', 'f', 'F', 'FALSE', 'false', 'False'])('%s is false', (s) => expect(parseBool(s)).toBe(false));
  it.each(['', 'yes', 'tRUE', ' true', '2'])('%j is an error', (s) => {
    expect(errOf(() => parseBool(s))).toBe(`strconv.ParseBool: parsing ${JSON.stringify(s)}: invalid syntax`);
  });
});

describe('formatInt', () => {
  it.each([
    [0n, 10, '0'],
    [-255n, 16, '-ff'],
    [255n, 2, '11111111'],
    [35n, 36, 'z'],
    [1n << 63n, 10, '-9223372036854775808'],
  ] as const)('FormatInt(%s, %d)', (i, base, want) => expect(formatInt(i, base)).toBe(want));
});

// ---------------------------------------------------------------------------------

const ffRows: { f: number; fmt: string; prec: number; want: string }[] = [
  { f: 0.5, fmt: 'f', prec: 0, want: '0' },
  { f: 1.5, fmt: 'f', prec: 0, want: '2' },
  { f: 2.5, fmt: 'f', prec: 0, want: '2' },
  { f: 0.125, fmt: 'f', prec: 2, want: '0.12' },
  { f: 0.375, fmt: 'f', prec: 2, want: '0.38' },
  { f: 1.005, fmt: 'f', prec: 2, want: '1.00' },
  { f: 2.5, fmt: 'e', prec: 0, want: '2e+00' },
  { f: 1.25, fmt: 'e', prec: 1, want: '1.2e+00' },
  { f: 1e-7, fmt: 'e', prec: 3, want: '1.000e-07' },
  { f: 1e100, fmt: 'E', prec: 2, want: '1.00E+100' },
  { f: 0.125, fmt: 'g', prec: 2, want: '0.12' },
  { f: 2.675, fmt: 'g', prec: 3, want: '2.67' },
  { f: 100, fmt: 'g', prec: 3, want: '100' },
  { f: 1e5, fmt: 'g', prec: 3, want: '1e+05' },
  { f: 123456, fmt: 'G', prec: 2, want: '1.2E+05' },
  { f: 0.1, fmt: 'f', prec: 20, want: '0.10000000000000000555' },
  { f: 5e-324, fmt: 'e', prec: 6, want: '4.940656e-324' },
  { f: -0, fmt: 'f', prec: 2, want: '-0.00' },
  { f: -0.001, fmt: 'f', prec: 1, want: '-0.0' },
  { f: 1e6, fmt: 'g', prec: -1, want: '1e+06' },
  { f: 123456, fmt: 'g', prec: -1, want: '123456' },
  { f: 1.0, fmt: 'x', prec: -1, want: '0x1p+00' },
  { f: 0.1, fmt: 'x', prec: 3, want: '0x1.99ap-04' },
  { f: 1.0, fmt: 'b', prec: -1, want: '4503599627370496p-52' },
  { f: NaN, fmt: 'f', prec: 2, want: 'NaN' },
  { f: -Infinity, fmt: 'e', prec: 2, want: '-Inf' },
];

/** The printf verb that asks fmt for strconv.FormatFloat(f, fmt, prec, 64). */
function verbFor(fmt: string, prec: number): string {
  if (fmt === 'g' && prec < 0) return '%v';
  return prec < 0 ? `%${fmt}` : `%.${prec}${fmt}`;
}

function floatTpl(f: number): string {
  if (!Number.isFinite(f)) return `(float64 ${JSON.stringify(String(f).replace('Infinity', 'Inf'))})`;
  if (Object.is(f, -0)) return '-0.0';
  return /[.e]/.test(String(f)) ? String(f) : String(f) + '.0';
}

describe('formatFloat', () => {
  it.each(ffRows)('FormatFloat($f, $fmt, $prec)', ({ f, fmt, prec, want }) => {
    expect(formatFloat(f, fmt, prec, 64)).toBe(want);
  });
  it('shortest forms', () => {
    expect(formatFloat(0.1, 'e', -1)).toBe('1e-01');
    expect(formatFloat(1234.5, 'f', -1)).toBe('1234.5');
    expect(formatFloat(1e21, 'f', -1)).toBe('1000000000000000000000');
    expect(formatFloat(0, 'e', -1)).toBe('0e+00');
  });
  it('agrees with Helm (through printf)', async () => {
    await expectHelm(ffRows.map((r) => ({ name: `${r.f} ${r.fmt} ${r.prec}`, template: `{{ printf ${JSON.stringify(verbFor(r.fmt, r.prec))} ${floatTpl(r.f)} }}`, want: r.want })));
  });
});

// ---------------------------------------------------------------------------------

const quoteRows: { s: string; q: string; ascii: string; back: boolean }[] = [
  { s: 'hi', q: '"hi"', ascii: '"hi"', back: true },
  { s: '', q: '""', ascii: '""', back: true },
  { s: 'a"b\\c', q: '"a\\"b\\\\c"', ascii: '"a\\"b\\\\c"', back: true },
  { s: '\u0007\b\f\n\r\t\u000b', q: '"\\a\\b\\f\\n\\r\\t\\v"', ascii: '"\\a\\b\\f\\n\\r\\t\\v"', back: false },
  { s: '\u0000\u001f\u007f', q: '"\\x00\\x1f\\x7f"', ascii: '"\\x00\\x1f\\x7f"', back: false },
  { s: 'héllo 日本', q: '"héllo 日本"', ascii: '"h\\u00e9llo \\u65e5\\u672c"', back: true },
  { s: '😀', q: '"😀"', ascii: '"\\U0001f600"', back: true },
  { s: '\u0085\u00a0\u00ad', q: '"\\u0085\\u00a0\\u00ad"', ascii: '"\\u0085\\u00a0\\u00ad"', back: true },
  { s: '\u2028\u2029\u200b\ufeff', q: '"\\u2028\\u2029\\u200b\\ufeff"', ascii: '"\\u2028\\u2029\\u200b\\ufeff"', back: false },
  { s: '\ue000\u{f0000}', q: '"\\ue000\\U000f0000"', ascii: '"\\ue000\\U000f0000"', back: true },
  // Assigned after Unicode 15.0 (Go 1.25's tables): not printable for Go.
  { s: '\u{1fa89}\u{2ebf0}', q: '"\\U0001fa89\\U0002ebf0"', ascii: '"\\U0001fa89\\U0002ebf0"', back: true },
  { s: 'tab\there', q: '"tab\\there"', ascii: '"tab\\there"', back: true },
  { s: 'a`b', q: '"a`b"', ascii: '"a`b"', back: false },
  { s: '\ufffd', q: '"�"', ascii: '"\\ufffd"', back: true },
];

describe('quote', () => {
  it.each(quoteRows)('Quote($s)', ({ s, q, ascii, back }) => {
    expect(quote(s)).toBe(q);
    expect(quoteToASCII(s)).toBe(ascii);
    expect(canBackquote(s)).toBe(back);
  });
  it('a lone surrogate is U+FFFD', () => {
    expect(quote('a\ud800')).toBe('"a�"');
    expect(quoteToASCII('\udfff')).toBe('"\\ufffd"');
  });
  it('bytes that are not UTF-8 quote as \\x', () => {
    expect(canBackquote(new Uint8Array([0x61, 0xff]))).toBe(false);
  });
  it('quoteRune', () => {
    expect(quoteRune(0x27)).toBe("'\\''");
    expect(quoteRune(0x22)).toBe(`'"'`);
    expect(quoteRune(0xd800)).toBe("'�'");
    expect(quoteRune(-1)).toBe("'�'");
  });
  it('agrees with Helm (%q, %+q and %#q)', async () => {
    await expectHelm(
      quoteRows.map((r) => ({
        name: r.q,
        template: `{{ printf "%q|%+q|%#q" ${JSON.stringify(r.s)} ${JSON.stringify(r.s)} ${JSON.stringify(r.s)} }}`,
        want: `${r.q}|${r.ascii}|${r.back ? '`' + r.s + '`' : r.q}`,
      })),
    );
  });
});

describe('isPrint', () => {
  it('matches Go for every code point (measured from Helm)', async () => {
    // Helm quotes each code point; a quote starting with a backslash escape (other
    // than for " and \) means "not printable". The output lists where that changes.
    const template =
      '{{ $prev := false }}{{ range $i := untilStep 0 1114112 1 }}{{ $q := printf "%q" (printf "%c" $i) }}' +
      '{{ $np := and (hasPrefix "\\"\\\\" $q) (ne $i 34) (ne $i 92) }}{{ if ne $np $prev }}{{ $i }} {{ $prev = $np }}{{ end }}{{ end }}';
    const [got] = await helmExec([{ template }]);
    let ours = '';
    let prev = false;
    for (let r = 0; r < 0x110000; r++) {
      // %c of a surrogate prints U+FFFD, which is printable.
      const np = r >= 0xd800 && r <= 0xdfff ? false : !isPrint(r);
      if (np !== prev) {
        ours += r + ' ';
        prev = np;
      }
    }
    expect(got.output).toBe(ours);
  }, 600_000);
});

// ---------------------------------------------------------------------------------

describe('unquote', () => {
  it.each([
    ['"hi"', 'hi'],
    ['""', ''],
    ['"a\\tb\\n"', 'a\tb\n'],
    ['"\\x41\\101\\u00e9\\U0001F600"', 'Aeé😀'.replace('e', 'A')],
    ['"\\xc3\\xa9"', 'é'],
    ['"\\\\\\""', '\\"'],
    ['`raw\\n`', 'raw\\n'],
    ['`a\rb`', 'ab'],
    ["'a'", 'a'],
    ["'\\''", "'"],
  ])('Unquote(%s)', (s, want) => expect(unquote(s)).toBe(want));
  it.each(['"', '"abc', '"a\nb"', '"\\q"', '"\\x4"', '"\\400"', '"\\ud800"', "'ab'", "'\\\"'", '"a"b', '`a`b', 'abc', '"\\\'"'])('Unquote(%j) fails', (s) => {
    expect(errOf(() => unquote(s))).toBe('invalid syntax');
  });
  it('agrees with Helm (template string literals)', async () => {
    await expectHelm([
      { name: 'escapes', template: '{{ printf "%q" "a\\tb\\x41\\101\\u00e9\\U0001F600\\xc3\\xa9" }}', want: '"a\\tbAAé😀é"' },
      { name: 'raw', template: '{{ printf "%q" `x\\ny` }}', want: '"x\\\\ny"' },
      { name: 'char', template: "{{ printf \"%d|%d|%d|%d\" 'a' '\\n' '\\x41' '\\u00e9' }}", want: '97|10|65|233' },
    ]);
  });
  it('character constants', () => {
    expect(unquoteCharConstant("'a'")).toEqual({ rune: 97, tail: "'" });
    expect(unquoteCharConstant("'\\n'")).toEqual({ rune: 10, tail: "'" });
    expect(unquoteCharConstant("'\\xff'")).toEqual({ rune: 255, tail: "'" });
    expect(unquoteCharConstant("'😀'")).toEqual({ rune: 0x1f600, tail: "'" });
    expect(unquoteCharConstant("'ab'")).toEqual({ rune: 97, tail: "b'" });
    expect(errOf(() => unquoteCharConstant("'\\z'"))).toBe('invalid syntax');
  });
});

describe('helpers for the template parser', () => {
  it('formatRuneU is %#U', async () => {
    expect([formatRuneU(0x41), formatRuneU(1), formatRuneU(0x1f600), formatRuneU(0xa0)]).toEqual(["U+0041 'A'", 'U+0001', "U+1F600 '😀'", 'U+00A0']);
    await expectHelm([{ name: '%#U', template: '{{ printf "%#U|%#U|%#U|%#U" 65 1 128512 160 }}', want: "U+0041 'A'|U+0001|U+1F600 '😀'|U+00A0" }]);
  });
  it('quotePrefix is %.Nq', () => {
    expect(quotePrefix('héllo wörld', 4)).toBe('"héll"');
    expect(quotePrefix('ab', 10)).toBe('"ab"');
  });
  it('isBlank is TrimSpace == ""', () => {
    expect(isBlank(' \t\r\n\v\f\u0085\u00a0\u2028\u3000')).toBe(true);
    expect(isBlank('')).toBe(true);
    expect(isBlank(' x ')).toBe(false);
    expect(isBlank('\u200b')).toBe(false);
  });
});
