// fmt.Sprintf/Sprint/Sprintln against Go. Every `want` below was printed by Helm 4.1.4
// (Go 1.25) for the same operands; the last test asks Helm again for every row that a
// template can express (the answers are cached on disk, so it is quick after a first run).
import { describe, expect, it } from 'vitest';
import { sprintf, sprint, sprintln, formatV, formatFloatG } from './fmt';
import { GoStruct, newMap, type GoValue } from './value';
import { helmExec } from '../../test/helm';

// ---------------------------------------------------------------------------------
// Operands, and how a template writes the same operand.

/** A map built in key order, as `dict` would. */
function dict(...kv: GoValue[]): GoValue {
  const m = newMap();
  for (let i = 0; i < kv.length; i += 2) m[kv[i] as string] = kv[i + 1];
  return m;
}

const enc = new TextEncoder();
/** []byte operands come from chart files read with .Files.GetBytes. */
const BYTES: Record<string, Uint8Array> = {
  'files/hi.bin': enc.encode('hi\u0000\n'),
  'files/utf.bin': enc.encode('héllo'),
  'files/empty.bin': new Uint8Array(0),
};
const FILES = Object.fromEntries(Object.entries(BYTES).map(([k, v]) => [k, new TextDecoder().decode(v)]));
const HI = BYTES['files/hi.bin'];
const UTF = BYTES['files/utf.bin'];
const EMPTY = BYTES['files/empty.bin'];

/** .Capabilities.KubeVersion: a struct without a String method (Helm prints its fields). */
const KV = new GoStruct('common.KubeVersion', { Version: 'v1.35.0', normalizedVersion: 'v1.35.0', Major: '1', Minor: '35' });

const NAN = Number.NaN;
const INF = Number.POSITIVE_INFINITY;

function goString(s: string): string {
  return JSON.stringify(s);
}

/** The template expression for an operand (undefined: a template cannot write it). */
function tplArg(v: GoValue): string | undefined {
  if (v === null || v === undefined) return 'nil';
  switch (typeof v) {
    case 'boolean':
      return String(v);
    case 'bigint':
      return v.toString();
    case 'string':
      return goString(v);
    case 'number':
      if (!Number.isFinite(v)) return `(float64 ${goString(Number.isNaN(v) ? 'NaN' : v > 0 ? '+Inf' : '-Inf')})`;
      if (Object.is(v, -0)) return '-0.0';
      return /[.e]/.test(String(v)) ? String(v) : String(v) + '.0';
  }
  if (v === KV) return '.Capabilities.KubeVersion';
  if (v instanceof Uint8Array) {
    const f = Object.entries(BYTES).find(([, b]) => b === v);
    return f ? `(.Files.GetBytes ${goString(f[0])})` : undefined;
  }
  if (Array.isArray(v)) {
    const parts = v.map(tplArg);
    return parts.some((p) => p === undefined) ? undefined : `(list ${parts.join(' ')})`.replace('(list )', '(list)');
  }
  if (v instanceof GoStruct) return undefined;
  const parts = Object.entries(v as Record<string, GoValue>).flatMap(([k, x]) => [goString(k), tplArg(x)]);
  return parts.some((p) => p === undefined) ? undefined : `(dict ${parts.join(' ')})`.replace('(dict )', '(dict)');
}

interface Row {
  name: string;
  format: string;
  args: GoValue[];
  want: string;
}

function tplOf(r: Row): string | undefined {
  const args = r.args.map(tplArg);
  if (args.some((a) => a === undefined)) return undefined;
  return `{{ printf ${goString(r.format)}${args.map((a) => ' ' + a).join('')} }}`;
}

// ---------------------------------------------------------------------------------

const rows: Row[] = [
  // ints (Go int)
  { name: 'int/d', format: '%d', args: [3n], want: '3' },
  { name: 'int/v', format: '%v', args: [-42n], want: '-42' },
  { name: 'int/plus', format: '%+d|%+d', args: [5n, -5n], want: '+5|-5' },
  { name: 'int/plus-v-drops-sign', format: '%+v', args: [5n], want: '5' },
  { name: 'int/space', format: '% d|% d', args: [5n, -5n], want: ' 5|-5' },
  { name: 'int/width', format: '[%5d][%-5d][%05d]', args: [42n, 42n, 42n], want: '[   42][42   ][00042]' },
  { name: 'int/zero-neg', format: '[%05d][%+05d][% 05d]', args: [-42n, 42n, 42n], want: '[-0042][+0042][ 0042]' },
  { name: 'int/prec', format: '[%.3d][%6.3d][%06.3d][%-6.3d]', args: [7n, 7n, 7n, 7n], want: '[007][   007][   007][007   ]' },
  { name: 'int/prec0-zero', format: '[%.0d][%5.0d][%.0d]', args: [0n, 0n, 1n], want: '[][     ][1]' },
  { name: 'int/hex', format: '%x|%X|%#x|%#X|%x', args: [255n, 255n, 255n, 255n, -255n], want: 'ff|FF|0xff|0XFF|-ff' },
  { name: 'int/hex-zero-pad', format: '[%#08x][%08x][%-#8x]', args: [255n, 255n, 255n], want: '[0x000000ff][000000ff][0xff    ]' },
  { name: 'int/oct', format: '%o|%#o|%O|%#o', args: [8n, 8n, 8n, 0n], want: '10|010|0o10|0' },
  { name: 'int/bin', format: '%b|%#b|%08b|%b', args: [5n, 5n, 5n, -5n], want: '101|0b101|00000101|-101' },
  { name: 'int/min-max', format: '%d|%d|%x', args: [9223372036854775807n, -9223372036854775808n, -9223372036854775808n], want: '9223372036854775807|-9223372036854775808|-8000000000000000' },
  { name: 'int/char', format: '%c|%c|%c|%c', args: [65n, 0x1f600n, -1n, 0xd800n], want: 'A|😀|�|�' },
  { name: 'int/char-width', format: '[%3c][%-3c][%03c]', args: [97n, 97n, 97n], want: '[  a][a  ][00a]' },
  { name: 'int/q', format: '%q|%q|%q|%q|%q', args: [97n, 39n, 34n, 10n, 0n], want: "'a'|'\\''|'\"'|'\\n'|'\\x00'" },
  { name: 'int/q-unicode', format: '%q|%+q|%q|%q|%q', args: [0x1f600n, 0x1f600n, 0x2028n, 0x110000n, 0xe9n], want: "'😀'|'\\U0001f600'|'\\u2028'|'�'|'é'" },
  { name: 'int/q-width', format: '[%5q][%-5q][%#q]', args: [97n, 97n, 97n], want: "[  'a']['a'  ]['a']" },
  { name: 'int/U', format: '%U|%#U|%U|%#U|%.6U|%#U', args: [0x1f600n, 0x1f600n, 65n, 10n, 65n, -1n], want: "U+1F600|U+1F600 '😀'|U+0041|U+000A|U+000041|U+FFFFFFFFFFFFFFFF" },
  { name: 'int/U-width', format: '[%8U][%-8U][%08U]', args: [65n, 65n, 65n], want: '[  U+0041][U+0041  ][  U+0041]' },
  { name: 'int/bad-verbs', format: '%e|%s|%t|%f|%g', args: [3n, 3n, 3n, 3n, 3n], want: '%!e(int=3)|%!s(int=3)|%!t(int=3)|%!f(int=3)|%!g(int=3)' },
  { name: 'int/bad-verb-keeps-flags', format: '[%5s][%-5t]', args: [1n, 1n], want: '[%!s(int=    1)][%!t(int=1    )]' },
  { name: 'int/T', format: '%T', args: [3n], want: 'int' },
  // float64
  { name: 'float/v', format: '%v|%v|%v|%v', args: [3.0, 3.5, -0.25, 100.0], want: '3|3.5|-0.25|100' },
  { name: 'float/v-exponents', format: '%v|%v|%v|%v|%v', args: [1e6, 1234567.0, 999999.0, 100000.0, 123456789.0], want: '1e+06|1.234567e+06|999999|100000|1.23456789e+08' },
  { name: 'float/v-small', format: '%v|%v|%v|%v', args: [0.0001, 0.00001234, 1e-5, 0.1], want: '0.0001|1.234e-05|1e-05|0.1' },
  { name: 'float/v-extremes', format: '%v|%v|%v|%v|%v', args: [1e20, 1e21, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308], want: '1e+20|1e+21|5e-324|1.7976931348623157e+308|2.2250738585072014e-308' },
  { name: 'float/v-special', format: '%v|%v|%v|%v', args: [-0, NAN, INF, -INF], want: '-0|NaN|+Inf|-Inf' },
  { name: 'float/d-is-bad', format: '%d|%x', args: [3.0, 3.5], want: '%!d(float64=3)|0x1.cp+01' },
  { name: 'float/e', format: '%e|%E|%e|%e|%e', args: [1234.5678, 1234.5678, 0.0, 1e-10, 1e100], want: '1.234568e+03|1.234568E+03|0.000000e+00|1.000000e-10|1.000000e+100' },
  { name: 'float/f', format: '%f|%F|%f|%f', args: [3.14159, 3.14159, 1e21, -0.0], want: '3.141590|3.141590|1000000000000000000000.000000|-0.000000' },
  { name: 'float/f-huge', format: '%f', args: [1e300], want: '1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000' },
  { name: 'float/g', format: '%g|%G|%g|%g|%G', args: [3.14159, 1e-7, 1e21, 123456789.0, 1e-7], want: '3.14159|1E-07|1e+21|1.23456789e+08|1E-07' },
  { name: 'float/prec', format: '%.2f|%.0f|%.3e|%.3g|%.10g', args: [3.14159, 3.7, 3.14159, 3.14159, 3.14159], want: '3.14|4|3.142e+00|3.14|3.14159' },
  { name: 'float/g-prec', format: '%.3g|%.3g|%.3g|%.1g|%.0g|%.2g', args: [100.0, 1e5, 0.0001234, 0.05, 7.5, 999.0], want: '100|1e+05|0.000123|0.05|8|1e+03' },
  { name: 'float/ties-f', format: '%.0f|%.0f|%.0f|%.0f|%.0f|%.0f', args: [0.5, 1.5, 2.5, 3.5, -0.5, -2.5], want: '0|2|2|4|-0|-2' },
  { name: 'float/ties-f2', format: '%.1f|%.1f|%.2f|%.2f|%.1f|%.3f', args: [0.25, 0.35, 0.125, 0.375, 0.05, 1.0005], want: '0.2|0.3|0.12|0.38|0.1|1.000' },
  { name: 'float/ties-e', format: '%.0e|%.0e|%.1e|%.1e|%.2e', args: [2.5, 3.5, 1.25, 1.35, 1.125], want: '2e+00|4e+00|1.2e+00|1.4e+00|1.12e+00' },
  { name: 'float/ties-g', format: '%.1g|%.2g|%.2g|%.3g|%.1g', args: [2.5, 0.125, 0.375, 2.675, 0.25], want: '2|0.12|0.38|2.67|0.2' },
  { name: 'float/not-ties', format: '%.2f|%.1f|%.2f|%.0f', args: [1.005, 0.45, 2.675, 0.5000000000000001], want: '1.00|0.5|2.67|1' },
  { name: 'float/long-prec', format: '%.20f|%.17g|%.30e|%.25f', args: [0.1, 0.1, 1.0, 1e-20], want: '0.10000000000000000555|0.10000000000000001|1.000000000000000000000000000000e+00|0.0000000000000000000100000' },
  { name: 'float/rounding-carry', format: '%.2f|%.0f|%.1e|%.3g|%.0e', args: [9.995, 9.5, 9.96, 99950.0, 9.5], want: '9.99|10|1.0e+01|1e+05|1e+01' },
  { name: 'float/subnormal', format: '%e|%.3f|%g|%.20e', args: [5e-324, 5e-324, 5e-324, 2.2250738585072014e-308], want: '4.940656e-324|0.000|5e-324|2.22507385850720138309e-308' },
  { name: 'float/width', format: '[%8.3f][%-8.3f][%08.3f][%+08.3f][% 8.2f][%08.3f]', args: [3.14159, 3.14159, 3.14159, 3.14159, 2.5, -3.14159], want: '[   3.142][3.142   ][0003.142][+003.142][    2.50][-003.142]' },
  { name: 'float/width-e', format: '[%12.3e][%-12.3E][%012.3e]', args: [1234.5, 1234.5, -1234.5], want: '[   1.234e+03][1.234E+03   ][-001.234e+03]' },
  { name: 'float/plus-space', format: '%+.1f|% .1f|%+.1f|% .1f|%+e', args: [2.0, 2.0, -2.0, -2.0, 0.0], want: '+2.0| 2.0|-2.0|-2.0|+0.000000e+00' },
  { name: 'float/special-width', format: '[%6v][%-6v][%06v][%+v][%+f][% f][%06.2f][%06f]', args: [NAN, INF, -INF, NAN, INF, NAN, INF, NAN], want: '[   NaN][+Inf  ][  -Inf][NaN][+Inf][ NaN][  +Inf][   NaN]' },
  { name: 'float/sharp', format: '%#g|%#.3g|%#e|%#.0e|%#.0f|%#v|%#g|%#.4g', args: [1.0, 1.0, 1.0, 1.0, 3.0, 3.0, 123456.0, 0.0001], want: '1.00000|1.00|1.000000e+00|1.e+00|3.|3|123456.|0.0001000' },
  { name: 'float/sharp-g-exp', format: '%#g|%#.2g|%#g', args: [1e6, 1e-7, 0.0], want: '1.00000e+06|1.0e-07|0.00000' },
  { name: 'float/hex', format: '%x|%X|%x|%x|%x|%x', args: [1.0, -3.5, 0.1, 0.0, 5e-324, 1.7976931348623157e308], want: '0x1p+00|-0X1.CP+01|0x1.999999999999ap-04|0x0p+00|0x1p-1074|0x1.fffffffffffffp+1023' },
  { name: 'float/hex-prec', format: '%.2x|%.0x|%.3x|%#x|%.1x', args: [1.0, 1.5, 0.1, 1.0, 1.96875], want: '0x1.00p+00|0x1p+01|0x1.99ap-04|0x1.0000p+00|0x1.0p+01' },
  { name: 'float/b', format: '%b|%b|%b', args: [1.0, 0.0, -0.5], want: '4503599627370496p-52|0p-1074|-4503599627370496p-53' },
  { name: 'float/bad-verbs', format: '%s|%t|%c|%q|%U|%o', args: [1.5, 1.5, 1.5, 1.5, 1.5, 1.5], want: '%!s(float64=1.5)|%!t(float64=1.5)|%!c(float64=1.5)|%!q(float64=1.5)|%!U(float64=1.5)|%!o(float64=1.5)' },
  { name: 'float/T', format: '%T', args: [1.5], want: 'float64' },
  // strings
  { name: 'string/s-v', format: '%s|%v|%s', args: ['hi', 'hi', ''], want: 'hi|hi|' },
  { name: 'string/width', format: '[%5s][%-5s][%05s][%-05s]', args: ['ab', 'ab', 'ab', 'ab'], want: '[   ab][ab   ][000ab][ab   ]' },
  { name: 'string/prec', format: '[%.2s][%5.1s][%.0s][%.10s][%.2s]', args: ['hello', 'hello', 'hello', 'hi', 'héllo'], want: '[he][    h][][hi][hé]' },
  { name: 'string/width-runes', format: '[%6s][%-4s|]', args: ['héllo', '日本'], want: '[ héllo][日本  |]' },
  { name: 'string/q', format: '%q|%q|%q|%q', args: ['hi', 'a"b', 'a\\b', ''], want: '"hi"|"a\\"b"|"a\\\\b"|""' },
  { name: 'string/q-escapes', format: '%q', args: ['\u0007\b\f\n\r\t\u000b\u0000\u001b\u007f'], want: '"\\a\\b\\f\\n\\r\\t\\v\\x00\\x1b\\x7f"' },
  { name: 'string/q-unicode', format: '%q|%q|%q|%q', args: ['héllo', '日本', '😀', '\u00a0\u2028\u200b\ufeff'], want: '"héllo"|"日本"|"😀"|"\\u00a0\\u2028\\u200b\\ufeff"' },
  { name: 'string/q-ascii', format: '%+q|%+q|%+q', args: ['héllo', '😀', '\u2028'], want: '"h\\u00e9llo"|"\\U0001f600"|"\\u2028"' },
  { name: 'string/q-backquote', format: '%#q|%#q|%#q|%#q|%#q', args: ['hi', 'a"b', 'a`b', 'a\nb', 'tab\there'], want: '`hi`|`a"b`|"a`b"|"a\\nb"|`tab\there`' },
  { name: 'string/q-backquote-unicode', format: '%#q|%#q|%#+q', args: ['héllo', '\ufeffbom', 'héllo'], want: '`héllo`|"\\ufeffbom"|`héllo`' },
  { name: 'string/q-width', format: '[%8q][%-8q][%08q][%.2q]', args: ['hi', 'hi', 'hi', 'hello'], want: '[    "hi"]["hi"    ][0000"hi"]["he"]' },
  { name: 'string/hex', format: '%x|%X|% x|%#x|%# x|%# X', args: ['hi', 'hi', 'hi', 'hi', 'hi', 'hi'], want: '6869|6869|68 69|0x6869|0x68 0x69|0X68 0X69' },
  { name: 'string/hex-utf8', format: '%x|%.2x|%x', args: ['héllo', 'héllo', ''], want: '68c3a96c6c6f|68c3|' },
  { name: 'string/hex-width', format: '[%8x][%-8x][%08x][%5x][% 10x]', args: ['hi', 'hi', 'hi', '', 'hi'], want: '[    6869][6869    ][00006869][     ][     68 69]' },
  { name: 'string/bad-verbs', format: '%d|%t|%c|%U|%e', args: ['hi', 'hi', 'hi', 'hi', 'hi'], want: '%!d(string=hi)|%!t(string=hi)|%!c(string=hi)|%!U(string=hi)|%!e(string=hi)' },
  { name: 'string/bad-verb-flags', format: '[%-6d][%6d]', args: ['hi', 'hi'], want: '[%!d(string=hi    )][%!d(string=    hi)]' },
  { name: 'string/sharp-v', format: '%#v|%#v|%+v', args: ['hi', 'a"\n', 'hi'], want: '"hi"|"a\\"\\n"|hi' },
  { name: 'string/T', format: '%T', args: ['hi'], want: 'string' },
  // bools
  { name: 'bool/t-v', format: '%t|%v|%t', args: [true, false, false], want: 'true|false|false' },
  { name: 'bool/width', format: '[%6t][%-6t][%06t]', args: [true, true, true], want: '[  true][true  ][00true]' },
  { name: 'bool/bad-verbs', format: '%d|%s|%q|%x', args: [true, false, true, false], want: '%!d(bool=true)|%!s(bool=false)|%!q(bool=true)|%!x(bool=false)' },
  { name: 'bool/sharp-v', format: '%#v|%+v', args: [true, false], want: 'true|false' },
  // nil
  { name: 'nil/v', format: '%v|%s|%d|%T|%q|%x', args: [null, null, null, null, null, null], want: '<nil>|%!s(<nil>)|%!d(<nil>)|<nil>|%!q(<nil>)|%!x(<nil>)' },
  { name: 'nil/width', format: '[%7v][%-7v][%7T][%7d]', args: [null, null, null, null], want: '[  <nil>][<nil>  ][  <nil>][%!d(<nil>)]' },
  { name: 'nil/sharp-v', format: '%#v|%+v', args: [null, null], want: '<nil>|<nil>' },
  { name: 'nil/p', format: '%p', args: [null], want: '%!p(<nil>)' },
  // lists ([]interface {})
  { name: 'list/v', format: '%v|%v|%v', args: [[1n, 'a', 2.5, true], [], [[1n, 2n], [3n]]], want: '[1 a 2.5 true]|[]|[[1 2] [3]]' },
  { name: 'list/nil-element', format: '%v|%d|%s', args: [[1n, null], [1n, null], ['a', null]], want: '[1 <nil>]|[1 <nil>]|[a <nil>]' },
  { name: 'list/d', format: '%d|%d', args: [[1n, 2n], [1n, 'a', 2.5]], want: '[1 2]|[1 %!d(string=a) %!d(float64=2.5)]' },
  { name: 'list/s', format: '%s|%s', args: [['a', 'b'], ['a', 1n]], want: '[a b]|[a %!s(int=1)]' },
  { name: 'list/q-x', format: '%q|%x|%X', args: [['a', 'b'], ['hi', 255n], ['hi', 255n]], want: '["a" "b"]|[6869 ff]|[6869 FF]' },
  { name: 'list/width', format: '[%5v][%-4d][%05d][%6.2f]', args: [[1n, 'a'], [1n, 2n], [1n, -2n], [1.0, 2.5]], want: '[[    1     a]][[1    2   ]][[00001 -0002]][[  1.00   2.50]]' },
  { name: 'list/plus-v', format: '%+v|%+d', args: [[1n, 'a'], [1n, -1n]], want: '[1 a]|[+1 -1]' },
  { name: 'list/sharp-v', format: '%#v|%#v|%#v', args: [[1n, 'a', null, 2.5, true], [], [[1n], dict('a', 1n)]], want: '[]interface {}{1, "a", interface {}(nil), 2.5, true}|[]interface {}{}|[]interface {}{[]interface {}{1}, map[string]interface {}{"a":1}}' },
  { name: 'list/bytes-inside', format: '%v|%s', args: [[HI], [HI]], want: '[[104 105 0 10]]|[hi\u0000\n]' },
  { name: 'list/T', format: '%T|%T', args: [[1n], []], want: '[]interface {}|[]interface {}' },
  // maps (map[string]interface {})
  { name: 'map/v', format: '%v|%v', args: [dict('b', 2n, 'a', 1n), dict()], want: 'map[a:1 b:2]|map[]' },
  { name: 'map/nested', format: '%v', args: [dict('z', dict('y', 1n, 'x', [1n, 2n]), 'a', null)], want: 'map[a:<nil> z:map[x:[1 2] y:1]]' },
  { name: 'map/d', format: '%d', args: [dict('a', 1n, 'b', 'x')], want: 'map[%!d(string=a):1 %!d(string=b):%!d(string=x)]' },
  { name: 'map/s-q', format: '%s|%q', args: [dict('a', 'x'), dict('a', 'x', 'b', 1n)], want: "map[a:x]|map[\"a\":\"x\" \"b\":'\\x01']" },
  { name: 'map/x', format: '%x', args: [dict('a', 'x', 'b', 255n)], want: 'map[61:78 62:ff]' },
  { name: 'map/width', format: '[%4v][%-3v]', args: [dict('a', 1n), dict('a', 1n)], want: '[map[   a:   1]][map[a  :1  ]]' },
  { name: 'map/sharp-v', format: '%#v|%#v|%#v', args: [dict('b', 2n, 'a', 'x'), dict(), dict('n', null, 'l', [1n])], want: 'map[string]interface {}{"a":"x", "b":2}|map[string]interface {}{}|map[string]interface {}{"l":[]interface {}{1}, "n":interface {}(nil)}' },
  { name: 'map/plus-v', format: '%+v', args: [dict('a', 1n)], want: 'map[a:1]' },
  { name: 'map/key-order', format: '%v', args: [dict('b', 1n, 'B', 2n, 'a', 3n, '_', 4n, '10', 5n, '9', 6n)], want: 'map[10:5 9:6 B:2 _:4 a:3 b:1]' },
  { name: 'map/T', format: '%T', args: [dict('a', 1n)], want: 'map[string]interface {}' },
  // []byte
  { name: 'bytes/v-d', format: '%v|%d|%v', args: [HI, HI, EMPTY], want: '[104 105 0 10]|[104 105 0 10]|[]' },
  { name: 'bytes/s-q', format: '%s|%q|%+q|%#q|%#q', args: [UTF, HI, UTF, UTF, HI], want: 'héllo|"hi\\x00\\n"|"h\\u00e9llo"|`héllo`|"hi\\x00\\n"' },
  { name: 'bytes/x', format: '%x|%X|% x|%#x|%# x|%x', args: [HI, HI, HI, HI, HI, EMPTY], want: '6869000a|6869000A|68 69 00 0a|0x6869000a|0x68 0x69 0x00 0x0a|' },
  { name: 'bytes/width', format: '[%4d][%-4v][%8s][%8x][%.2s][%.1x]', args: [HI, HI, UTF, HI, UTF, HI], want: '[[ 104  105    0   10]][[104  105  0    10  ]][   héllo][6869000a][hé][68]' },
  { name: 'bytes/other-verbs', format: '%c|%o|%b|%U|%#o', args: [HI, HI, HI, HI, HI], want: '[h i \u0000 \n]|[150 151 0 12]|[1101000 1101001 0 1010]|[U+0068 U+0069 U+0000 U+000A]|[0150 0151 0 012]' },
  { name: 'bytes/bad-verbs', format: '%t|%e', args: [HI, HI], want: '[%!t(uint8=104) %!t(uint8=105) %!t(uint8=0) %!t(uint8=10)]|[%!e(uint8=104) %!e(uint8=105) %!e(uint8=0) %!e(uint8=10)]' },
  { name: 'bytes/sharp-v', format: '%#v|%#v|%+v', args: [HI, EMPTY, HI], want: '[]byte{0x68, 0x69, 0x0, 0xa}|[]byte{}|[104 105 0 10]' },
  { name: 'bytes/T', format: '%T', args: [HI], want: '[]uint8' },
  // structs
  { name: 'struct/v', format: '%v|%s|%d', args: [KV, KV, KV], want: '{v1.35.0 v1.35.0 1 35}|{v1.35.0 v1.35.0 1 35}|{%!d(string=v1.35.0) %!d(string=v1.35.0) %!d(string=1) %!d(string=35)}' },
  { name: 'struct/plus-v', format: '%+v', args: [KV], want: '{Version:v1.35.0 normalizedVersion:v1.35.0 Major:1 Minor:35}' },
  { name: 'struct/sharp-v', format: '%#v', args: [KV], want: 'common.KubeVersion{Version:"v1.35.0", normalizedVersion:"v1.35.0", Major:"1", Minor:"35"}' },
  { name: 'struct/q-x', format: '%q|%x', args: [KV, KV], want: '{"v1.35.0" "v1.35.0" "1" "35"}|{76312e33352e30 76312e33352e30 31 3335}' },
  { name: 'struct/in-list', format: '%v|%+v', args: [[KV], [KV]], want: '[{v1.35.0 v1.35.0 1 35}]|[{Version:v1.35.0 normalizedVersion:v1.35.0 Major:1 Minor:35}]' },
  { name: 'struct/T', format: '%T', args: [KV], want: 'common.KubeVersion' },
  // %T and %p
  { name: 'T/all', format: '%T|%T|%T|%T|%T|%T|%T|%T', args: [1n, 1.0, 'a', true, null, [1n], dict(), HI], want: 'int|float64|string|bool|<nil>|[]interface {}|map[string]interface {}|[]uint8' },
  { name: 'T/width-prec', format: '[%8T][%-8T][%.3T]', args: [1n, 'a', 1.0], want: '[     int][string  ][flo]' },
  { name: 'p/non-pointers', format: '%p|%p|%p|%p|%p', args: [1n, 'a', 1.5, true, null], want: '%!p(int=1)|%!p(string=a)|%!p(float64=1.5)|%!p(bool=true)|%!p(<nil>)' },
  // argument errors
  { name: 'err/missing', format: '%d %d|%s', args: [1n], want: '1 %!d(MISSING)|%!s(MISSING)' },
  { name: 'err/extra', format: 'x', args: [1n, 'a', null, [1n], 2.5], want: 'x%!(EXTRA int=1, string=a, <nil>, []interface {}=[1], float64=2.5)' },
  { name: 'err/extra-after-verb', format: '%d', args: [1n, 2n], want: '1%!(EXTRA int=2)' },
  { name: 'err/extra-ignores-flags', format: '%5d', args: [1n, 2n], want: '    1%!(EXTRA int=2)' },
  { name: 'err/noverb', format: '%', args: [], want: '%!(NOVERB)' },
  { name: 'err/noverb-flags', format: 'a%-5', args: [1n], want: 'a%!(NOVERB)%!(EXTRA int=1)' },
  { name: 'err/noverb-dot', format: '%5.', args: [1n], want: '%!.(int=    1)' },
  { name: 'err/unknown-verb', format: '%z|%!|%ä|%A', args: [1n, 1n, 1n, 1n], want: '%!z(int=1)|%!!(int=1)|%!ä(int=1)|%!A(int=1)' },
  { name: 'err/percent', format: '%%|%5%|%-%|%d%%', args: [1n], want: '%|%|%|1%' },
  { name: 'err/w', format: '%w|%w|%w', args: ['x', 1n, null], want: '%!w(string=x)|%!w(int=1)|%!w(<nil>)' },
  { name: 'err/no-args', format: '%d|%v|%s', args: [], want: '%!d(MISSING)|%!v(MISSING)|%!s(MISSING)' },
  // explicit argument indexes
  { name: 'index/reorder', format: '%[2]d %[1]d', args: [1n, 2n], want: '2 1' },
  { name: 'index/repeat', format: '%[1]d %[1]v %d', args: [1n, 2n], want: '1 1 2' },
  { name: 'index/continue', format: '%[3]d %d %d', args: [1n, 2n, 3n, 4n, 5n], want: '3 4 5' },
  { name: 'index/bad', format: '%[0]d|%[3]d|%[x]d|%[1d|%[]d', args: [1n, 2n], want: '%!d(BADINDEX)|%!d(BADINDEX)|%!d(BADINDEX)|%!d(BADINDEX)' },
  { name: 'index/unused-not-extra', format: '%[1]d', args: [1n, 2n], want: '1' },
  { name: 'index/width-star', format: '[%[2]*[1]d][%[1]*d]', args: [7n, 5n], want: '[    7][      5]' },
  { name: 'index/prec-star', format: '[%.[2]*[1]f][%[3]*.[2]*[1]f]', args: [3.14159, 2n, 8n], want: '[3.14][    3.14]' },
  { name: 'index/bad-after-index', format: '%[1]2d|%[1].2d', args: [1n], want: '%!d(BADINDEX)|%!d(BADINDEX)' },
  { name: 'index/missing', format: '%[2]d', args: [1n], want: '%!d(BADINDEX)' },
  // star width and precision
  { name: 'star/width', format: '[%*d][%-*d][%*d]', args: [5n, 42n, 5n, 42n, -5n, 42n], want: '[   42][42   ][42   ]' },
  { name: 'star/prec', format: '[%.*f][%*.*f][%.*s]', args: [2n, 3.14159, 8n, 3n, 3.14159, 1n, 'hello'], want: '[3.14][   3.142][h]' },
  { name: 'star/bad-width', format: '[%*d][%*d]', args: ['x', 42n, 2.0, 42n], want: '[%!(BADWIDTH)42][%!(BADWIDTH)42]' },
  { name: 'star/bad-prec', format: '[%.*d][%.*d]', args: [-1n, 42n, 'x', 42n], want: '[%!(BADPREC)42][%!(BADPREC)42]' },
  { name: 'star/too-large', format: '[%*d]', args: [10000000n, 42n], want: '[%!(BADWIDTH)42]' },
  { name: 'star/missing', format: '[%*d]', args: [5n], want: '[%!d(MISSING)]' },
  { name: 'star/neg-zero', format: '[%0*d]', args: [-5n, 42n], want: '[42   ]' },
  // mixed
  { name: 'mixed/text', format: 'port: %d, host: %s, ratio: %.2f, on: %t', args: [8080n, 'example.com', 0.755, true], want: 'port: 8080, host: example.com, ratio: 0.76, on: true' },
  { name: 'mixed/unicode-format', format: 'héllo %s ✓ %d', args: ['wörld', 3n], want: 'héllo wörld ✓ 3' },
];

describe('sprintf', () => {
  it.each(rows)('$name', ({ format, args, want }) => {
    expect(sprintf(format, args)).toBe(want);
  });
});

describe('sprintf agrees with helm', () => {
  it('every row a template can write prints the same in Helm 4.1.4', async () => {
    const cases = rows.flatMap((r) => {
      const template = tplOf(r);
      return template === undefined ? [] : [{ row: r, template }];
    });
    const got = await helmExec(cases.map((c) => ({ template: c.template, files: FILES })));
    const diffs = cases.flatMap((c, i) => (got[i].output === c.row.want ? [] : [`${c.row.name}: helm printed ${JSON.stringify(got[i].output || got[i].error)}`]));
    expect(diffs).toEqual([]);
  }, 600_000);
});

// A value with a String method, modelled on the *semver.Version that sprig's `semver`
// returns; Helm printed these wants for (semver "1.2.3") and (semver "1.2.3-rc.1+b5").
const SEMVER = new GoStruct('*semver.Version', { major: 1n, minor: 2n, patch: 3n, pre: '', metadata: '', original: '1.2.3' }, {}, () => '1.2.3');
const SEMVER_RC = new GoStruct(
  '*semver.Version',
  { major: 1n, minor: 2n, patch: 3n, pre: 'rc.1', metadata: 'b5', original: '1.2.3-rc.1+b5' },
  {},
  () => '1.2.3-rc.1',
);
// []byte that is not UTF-8 (a chart file holding 68 69 00 ff 0a), checked with Helm by hand.
const BIN = new Uint8Array([0x68, 0x69, 0x00, 0xff, 0x0a]);

const moreRows: Row[] = [
  { name: 'stringer/verbs', format: '%v|%s|%q|%x|[%10v]|[%-10s]|%.3s|%T', args: [SEMVER, SEMVER, SEMVER, SEMVER, SEMVER, SEMVER, SEMVER, SEMVER], want: '1.2.3|1.2.3|"1.2.3"|312e322e33|[     1.2.3]|[1.2.3     ]|1.2|*semver.Version' },
  { name: 'stringer/nested-and-d', format: '%v|%+v|%s|%d', args: [[SEMVER, 1n], dict('a', SEMVER), [SEMVER], SEMVER_RC], want: '[1.2.3 1]|map[a:1.2.3]|[1.2.3]|&{1 2 3 %!d(string=rc.1) %!d(string=b5) %!d(string=1.2.3-rc.1+b5)}' },
  { name: 'bytes/invalid-utf8', format: '%v|%q|%x|%#v|%+q', args: [BIN, BIN, BIN, BIN, BIN], want: '[104 105 0 255 10]|"hi\\x00\\xff\\n"|686900ff0a|[]byte{0x68, 0x69, 0x0, 0xff, 0xa}|"hi\\x00\\xff\\n"' },
  { name: 'bytes/invalid-utf8-c', format: '%c', args: [BIN], want: '[h i \u0000 ÿ \n]' },
];

describe('sprintf: values a template cannot spell', () => {
  it.each(moreRows)('$name', ({ format, args, want }) => {
    expect(sprintf(format, args)).toBe(want);
  });
  it('a pointer to a struct shows & at top level only', () => {
    const p = new GoStruct('*chart.Thing', { Name: 'x', N: 1n, L: [1n], M: null });
    expect(sprintf('%v|%+v|%#v', [p, p, p])).toBe('&{x 1 [1] <nil>}|&{Name:x N:1 L:[1] M:<nil>}|&chart.Thing{Name:"x", N:1, L:[]interface {}{1}, M:interface {}(nil)}');
    expect(sprintf('%v', [[p]])).toMatch(/^\[0xc[0-9a-f]+\]$/);
  });
  it('a lone surrogate prints as U+FFFD, as Go converts it', () => {
    expect(sprintf('%q|%s|%x', ['a\ud800b', 'a\ud800b', '\udc00'])).toBe('"a�b"|a\ud800b|efbfbd');
  });
});

// Sprint and Sprintln: the `print` and `println` template functions (Helm-checked).
describe('sprint and sprintln', () => {
  it.each([
    { args: [1n, 2n, 'a', 3n, null, 4n, 'b', 'c', 2.5, true, [1n]], print: '1 2a3 <nil> 4bc2.5 true [1]', println: '1 2 a 3 <nil> 4 b c 2.5 true [1]\n' },
    { args: [], print: '', println: '\n' },
    { args: [null, null], print: '<nil> <nil>', println: '<nil> <nil>\n' },
    { args: ['a', null, 'b'], print: 'a<nil>b', println: 'a <nil> b\n' },
    { args: [1e6, 0.1, dict('a', 1.5)], print: '1e+06 0.1 map[a:1.5]', println: '1e+06 0.1 map[a:1.5]\n' },
    { args: [SEMVER, 3n], print: '1.2.3 3', println: '1.2.3 3\n' },
  ])('print $print', ({ args, print, println }) => {
    expect(sprint(args as GoValue[])).toBe(print);
    expect(sprintln(args as GoValue[])).toBe(println);
  });
});

// %v of a float64 is strconv.FormatFloat(f, 'g', -1, 64): shortest digits, an exponent
// below 1e-4 and from 1e+06 on (values Helm printed for the same float64s).
describe('formatFloatG and formatV', () => {
  it.each([
    [1e6, '1e+06'],
    [1234567, '1.234567e+06'],
    [999999, '999999'],
    [100000, '100000'],
    [0.0001, '0.0001'],
    [0.00001234, '1.234e-05'],
    [1e21, '1e+21'],
    [1e20, '1e+20'],
    [-0, '-0'],
    [0, '0'],
    [NAN, 'NaN'],
    [INF, '+Inf'],
    [-INF, '-Inf'],
    [5e-324, '5e-324'],
    [1.7976931348623157e308, '1.7976931348623157e+308'],
    [0.1 + 0.2, '0.30000000000000004'],
    [123456.789, '123456.789'],
    [-1.5e-7, '-1.5e-07'],
  ])('%v of %s', (f, want) => {
    expect(formatFloatG(f)).toBe(want);
    expect(formatV(f)).toBe(want);
  });
  it('formats composites and nil', () => {
    expect(formatV(null)).toBe('<nil>');
    expect(formatV(null, false)).toBe('<nil>');
    expect(formatV([1n, 'a', null, [2.5]])).toBe('[1 a <nil> [2.5]]');
    expect(formatV(dict('b', true, 'a', dict()))).toBe('map[a:map[] b:true]');
    expect(formatV(SEMVER)).toBe('1.2.3');
    expect(formatV(HI)).toBe('[104 105 0 10]');
  });
});
