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


const spec: [string, string, GoValue[]][] = [
  // ints (Go int)
  ['int/d', '%d', [3n]],
  ['int/v', '%v', [-42n]],
  ['int/plus', '%+d|%+d', [5n, -5n]],
  ['int/plus-v-drops-sign', '%+v', [5n]],
  ['int/space', '% d|% d', [5n, -5n]],
  ['int/width', '[%5d][%-5d][%05d]', [42n, 42n, 42n]],
  ['int/zero-neg', '[%05d][%+05d][% 05d]', [-42n, 42n, 42n]],
  ['int/prec', '[%.3d][%6.3d][%06.3d][%-6.3d]', [7n, 7n, 7n, 7n]],
  ['int/prec0-zero', '[%.0d][%5.0d][%.0d]', [0n, 0n, 1n]],
  ['int/hex', '%x|%X|%#x|%#X|%x', [255n, 255n, 255n, 255n, -255n]],
  ['int/hex-zero-pad', '[%#08x][%08x][%-#8x]', [255n, 255n, 255n]],
  ['int/oct', '%o|%#o|%O|%#o', [8n, 8n, 8n, 0n]],
  ['int/bin', '%b|%#b|%08b|%b', [5n, 5n, 5n, -5n]],
  ['int/min-max', '%d|%d|%x', [9223372036854775807n, -9223372036854775808n, -9223372036854775808n]],
  ['int/char', '%c|%c|%c|%c', [65n, 0x1f600n, -1n, 0xd800n]],
  ['int/char-width', '[%3c][%-3c][%03c]', [97n, 97n, 97n]],
  ['int/q', '%q|%q|%q|%q|%q', [97n, 39n, 34n, 10n, 0n]],
  ['int/q-unicode', '%q|%+q|%q|%q|%q', [0x1f600n, 0x1f600n, 0x2028n, 0x110000n, 0xe9n]],
  ['int/q-width', '[%5q][%-5q][%#q]', [97n, 97n, 97n]],
  ['int/U', '%U|%#U|%U|%#U|%.6U|%#U', [0x1f600n, 0x1f600n, 65n, 10n, 65n, -1n]],
  ['int/U-width', '[%8U][%-8U][%08U]', [65n, 65n, 65n]],
  ['int/bad-verbs', '%e|%s|%t|%f|%g', [3n, 3n, 3n, 3n, 3n]],
  ['int/bad-verb-keeps-flags', '[%5s][%-5t]', [1n, 1n]],
  ['int/T', '%T', [3n]],
  // float64
  ['float/v', '%v|%v|%v|%v', [3.0, 3.5, -0.25, 100.0]],
  ['float/v-exponents', '%v|%v|%v|%v|%v', [1e6, 1234567.0, 999999.0, 100000.0, 123456789.0]],
  ['float/v-small', '%v|%v|%v|%v', [0.0001, 0.00001234, 1e-5, 0.1]],
  ['float/v-extremes', '%v|%v|%v|%v|%v', [1e20, 1e21, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308]],
  ['float/v-special', '%v|%v|%v|%v', [-0, NAN, INF, -INF]],
  ['float/d-is-bad', '%d|%x', [3.0, 3.5]],
  ['float/e', '%e|%E|%e|%e|%e', [1234.5678, 1234.5678, 0.0, 1e-10, 1e100]],
  ['float/f', '%f|%F|%f|%f', [3.14159, 3.14159, 1e21, -0.0]],
  ['float/f-huge', '%f', [1e300]],
  ['float/g', '%g|%G|%g|%g|%G', [3.14159, 1e-7, 1e21, 123456789.0, 1e-7]],
  ['float/prec', '%.2f|%.0f|%.3e|%.3g|%.10g', [3.14159, 3.7, 3.14159, 3.14159, 3.14159]],
  ['float/g-prec', '%.3g|%.3g|%.3g|%.1g|%.0g|%.2g', [100.0, 1e5, 0.0001234, 0.05, 7.5, 999.0]],
  ['float/ties-f', '%.0f|%.0f|%.0f|%.0f|%.0f|%.0f', [0.5, 1.5, 2.5, 3.5, -0.5, -2.5]],
  ['float/ties-f2', '%.1f|%.1f|%.2f|%.2f|%.1f|%.3f', [0.25, 0.35, 0.125, 0.375, 0.05, 1.0005]],
  ['float/ties-e', '%.0e|%.0e|%.1e|%.1e|%.2e', [2.5, 3.5, 1.25, 1.35, 1.125]],
  ['float/ties-g', '%.1g|%.2g|%.2g|%.3g|%.1g', [2.5, 0.125, 0.375, 2.675, 0.25]],
  ['float/not-ties', '%.2f|%.1f|%.2f|%.0f', [1.005, 0.45, 2.675, 0.5000000000000001]],
  ['float/long-prec', '%.20f|%.17g|%.30e|%.25f', [0.1, 0.1, 1.0, 1e-20]],
  ['float/rounding-carry', '%.2f|%.0f|%.1e|%.3g|%.0e', [9.995, 9.5, 9.96, 99950.0, 9.5]],
  ['float/subnormal', '%e|%.3f|%g|%.20e', [5e-324, 5e-324, 5e-324, 2.2250738585072014e-308]],
  ['float/width', '[%8.3f][%-8.3f][%08.3f][%+08.3f][% 8.2f][%08.3f]', [3.14159, 3.14159, 3.14159, 3.14159, 2.5, -3.14159]],
  ['float/width-e', '[%12.3e][%-12.3E][%012.3e]', [1234.5, 1234.5, -1234.5]],
  ['float/plus-space', '%+.1f|% .1f|%+.1f|% .1f|%+e', [2.0, 2.0, -2.0, -2.0, 0.0]],
  ['float/special-width', '[%6v][%-6v][%06v][%+v][%+f][% f][%06.2f][%06f]', [NAN, INF, -INF, NAN, INF, NAN, INF, NAN]],
  ['float/sharp', '%#g|%#.3g|%#e|%#.0e|%#.0f|%#v|%#g|%#.4g', [1.0, 1.0, 1.0, 1.0, 3.0, 3.0, 123456.0, 0.0001]],
  ['float/sharp-g-exp', '%#g|%#.2g|%#g', [1e6, 1e-7, 0.0]],
  ['float/hex', '%x|%X|%x|%x|%x|%x', [1.0, -3.5, 0.1, 0.0, 5e-324, 1.7976931348623157e308]],
  ['float/hex-prec', '%.2x|%.0x|%.3x|%#x|%.1x', [1.0, 1.5, 0.1, 1.0, 1.96875]],
  ['float/b', '%b|%b|%b', [1.0, 0.0, -0.5]],
  ['float/bad-verbs', '%s|%t|%c|%q|%U|%o', [1.5, 1.5, 1.5, 1.5, 1.5, 1.5]],
  ['float/T', '%T', [1.5]],
  // strings
  ['string/s-v', '%s|%v|%s', ['hi', 'hi', '']],
  ['string/width', '[%5s][%-5s][%05s][%-05s]', ['ab', 'ab', 'ab', 'ab']],
  ['string/prec', '[%.2s][%5.1s][%.0s][%.10s][%.2s]', ['hello', 'hello', 'hello', 'hi', 'héllo']],
  ['string/width-runes', '[%6s][%-4s|]', ['héllo', '日本']],
  ['string/q', '%q|%q|%q|%q', ['hi', 'a"b', 'a\\b', '']],
  ['string/q-escapes', '%q', ['\u0007\b\f\n\r\t\u000b\u0000\u001b\u007f']],
  ['string/q-unicode', '%q|%q|%q|%q', ['héllo', '日本', '😀', '\u00a0\u2028\u200b\ufeff']],
  ['string/q-ascii', '%+q|%+q|%+q', ['héllo', '😀', '\u2028']],
  ['string/q-backquote', '%#q|%#q|%#q|%#q|%#q', ['hi', 'a"b', 'a`b', 'a\nb', 'tab\there']],
  ['string/q-backquote-unicode', '%#q|%#q|%#+q', ['héllo', '\ufeffbom', 'héllo']],
  ['string/q-width', '[%8q][%-8q][%08q][%.2q]', ['hi', 'hi', 'hi', 'hello']],
  ['string/hex', '%x|%X|% x|%#x|%# x|%# X', ['hi', 'hi', 'hi', 'hi', 'hi', 'hi']],
  ['string/hex-utf8', '%x|%.2x|%x', ['héllo', 'héllo', '']],
  ['string/hex-width', '[%8x][%-8x][%08x][%5x][% 10x]', ['hi', 'hi', 'hi', '', 'hi']],
  ['string/bad-verbs', '%d|%t|%c|%U|%e', ['hi', 'hi', 'hi', 'hi', 'hi']],
  ['string/bad-verb-flags', '[%-6d][%6d]', ['hi', 'hi']],
  ['string/sharp-v', '%#v|%#v|%+v', ['hi', 'a"\n', 'hi']],
  ['string/T', '%T', ['hi']],
  // bools
  ['bool/t-v', '%t|%v|%t', [true, false, false]],
  ['bool/width', '[%6t][%-6t][%06t]', [true, true, true]],
  ['bool/bad-verbs', '%d|%s|%q|%x', [true, false, true, false]],
  ['bool/sharp-v', '%#v|%+v', [true, false]],
  // nil
  ['nil/v', '%v|%s|%d|%T|%q|%x', [null, null, null, null, null, null]],
  ['nil/width', '[%7v][%-7v][%7T][%7d]', [null, null, null, null]],
  ['nil/sharp-v', '%#v|%+v', [null, null]],
  ['nil/p', '%p', [null]],
  // lists ([]interface {})
  ['list/v', '%v|%v|%v', [[1n, 'a', 2.5, true], [], [[1n, 2n], [3n]]]],
  ['list/nil-element', '%v|%d|%s', [[1n, null], [1n, null], ['a', null]]],
  ['list/d', '%d|%d', [[1n, 2n], [1n, 'a', 2.5]]],
  ['list/s', '%s|%s', [['a', 'b'], ['a', 1n]]],
  ['list/q-x', '%q|%x|%X', [['a', 'b'], ['hi', 255n], ['hi', 255n]]],
  ['list/width', '[%5v][%-4d][%05d][%6.2f]', [[1n, 'a'], [1n, 2n], [1n, -2n], [1.0, 2.5]]],
  ['list/plus-v', '%+v|%+d', [[1n, 'a'], [1n, -1n]]],
  ['list/sharp-v', '%#v|%#v|%#v', [[1n, 'a', null, 2.5, true], [], [[1n], dict('a', 1n)]]],
  ['list/bytes-inside', '%v|%s', [[HI], [HI]]],
  ['list/T', '%T|%T', [[1n], []]],
  // maps (map[string]interface {})
  ['map/v', '%v|%v', [dict('b', 2n, 'a', 1n), dict()]],
  ['map/nested', '%v', [dict('z', dict('y', 1n, 'x', [1n, 2n]), 'a', null)]],
  ['map/d', '%d', [dict('a', 1n, 'b', 'x')]],
  ['map/s-q', '%s|%q', [dict('a', 'x'), dict('a', 'x', 'b', 1n)]],
  ['map/x', '%x', [dict('a', 'x', 'b', 255n)]],
  ['map/width', '[%4v][%-3v]', [dict('a', 1n), dict('a', 1n)]],
  ['map/sharp-v', '%#v|%#v|%#v', [dict('b', 2n, 'a', 'x'), dict(), dict('n', null, 'l', [1n])]],
  ['map/plus-v', '%+v', [dict('a', 1n)]],
  ['map/key-order', '%v', [dict('b', 1n, 'B', 2n, 'a', 3n, '_', 4n, '10', 5n, '9', 6n)]],
  ['map/T', '%T', [dict('a', 1n)]],
  // []byte
  ['bytes/v-d', '%v|%d|%v', [HI, HI, EMPTY]],
  ['bytes/s-q', '%s|%q|%+q|%#q|%#q', [UTF, HI, UTF, UTF, HI]],
  ['bytes/x', '%x|%X|% x|%#x|%# x|%x', [HI, HI, HI, HI, HI, EMPTY]],
  ['bytes/width', '[%4d][%-4v][%8s][%8x][%.2s][%.1x]', [HI, HI, UTF, HI, UTF, HI]],
  ['bytes/other-verbs', '%c|%o|%b|%U|%#o', [HI, HI, HI, HI, HI]],
  ['bytes/bad-verbs', '%t|%e', [HI, HI]],
  ['bytes/sharp-v', '%#v|%#v|%+v', [HI, EMPTY, HI]],
  ['bytes/T', '%T', [HI]],
  // structs
  ['struct/v', '%v|%s|%d', [KV, KV, KV]],
  ['struct/plus-v', '%+v', [KV]],
  ['struct/sharp-v', '%#v', [KV]],
  ['struct/q-x', '%q|%x', [KV, KV]],
  ['struct/in-list', '%v|%+v', [[KV], [KV]]],
  ['struct/T', '%T', [KV]],
  // %T and %p
  ['T/all', '%T|%T|%T|%T|%T|%T|%T|%T', [1n, 1.0, 'a', true, null, [1n], dict(), HI]],
  ['T/width-prec', '[%8T][%-8T][%.3T]', [1n, 'a', 1.0]],
  ['p/non-pointers', '%p|%p|%p|%p|%p', [1n, 'a', 1.5, true, null]],
  // argument errors
  ['err/missing', '%d %d|%s', [1n]],
  ['err/extra', 'x', [1n, 'a', null, [1n], 2.5]],
  ['err/extra-after-verb', '%d', [1n, 2n]],
  ['err/extra-ignores-flags', '%5d', [1n, 2n]],
  ['err/noverb', '%', []],
  ['err/noverb-flags', 'a%-5', [1n]],
  ['err/noverb-dot', '%5.', [1n]],
  ['err/unknown-verb', '%z|%!|%ä|%A', [1n, 1n, 1n, 1n]],
  ['err/percent', '%%|%5%|%-%|%d%%', [1n]],
  ['err/w', '%w|%w|%w', ['x', 1n, null]],
  ['err/no-args', '%d|%v|%s', []],
  // explicit argument indexes
  ['index/reorder', '%[2]d %[1]d', [1n, 2n]],
  ['index/repeat', '%[1]d %[1]v %d', [1n, 2n]],
  ['index/continue', '%[3]d %d %d', [1n, 2n, 3n, 4n, 5n]],
  ['index/bad', '%[0]d|%[3]d|%[x]d|%[1d|%[]d', [1n, 2n]],
  ['index/unused-not-extra', '%[1]d', [1n, 2n]],
  ['index/width-star', '[%[2]*[1]d][%[1]*d]', [7n, 5n]],
  ['index/prec-star', '[%.[2]*[1]f][%[3]*.[2]*[1]f]', [3.14159, 2n, 8n]],
  ['index/bad-after-index', '%[1]2d|%[1].2d', [1n]],
  ['index/missing', '%[2]d', [1n]],
  // star width and precision
  ['star/width', '[%*d][%-*d][%*d]', [5n, 42n, 5n, 42n, -5n, 42n]],
  ['star/prec', '[%.*f][%*.*f][%.*s]', [2n, 3.14159, 8n, 3n, 3.14159, 1n, 'hello']],
  ['star/bad-width', '[%*d][%*d]', ['x', 42n, 2.0, 42n]],
  ['star/bad-prec', '[%.*d][%.*d]', [-1n, 42n, 'x', 42n]],
  ['star/too-large', '[%*d]', [10000000n, 42n]],
  ['star/missing', '[%*d]', [5n]],
  ['star/neg-zero', '[%0*d]', [-5n, 42n]],
  // mixed
  ['mixed/text', 'port: %d, host: %s, ratio: %.2f, on: %t', [8080n, 'example.com', 0.755, true]],
  ['mixed/unicode-format', 'héllo %s ✓ %d', ['wörld', 3n]],
];

it('fill', async () => {
  const rs = spec.map(([name, format, args]) => ({ name, format, args, want: '' }));
  const tpls = rs.map(tplOf);
  const idx = tpls.map((t, i) => (t === undefined ? -1 : i)).filter((i) => i >= 0);
  const helm = await helmExec(idx.map((i) => ({ template: tpls[i]!, files: FILES })));
  const out = rs.map((r, i) => {
    let ours: string;
    try { ours = sprintf(r.format, r.args); } catch (e) { ours = 'THROW ' + String(e); }
    const k = idx.indexOf(i);
    return { name: r.name, tpl: tpls[i], helm: k >= 0 ? helm[k] : null, ours };
  });
  (await import('node:fs')).writeFileSync('/tmp/fmtcheck/fill.json', JSON.stringify(out, null, 1));
}, 600000);
