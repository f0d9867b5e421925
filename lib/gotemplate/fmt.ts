// Go's fmt for the value model of value.ts: %v printing (Sprint, Sprintln) here first;
// Sprintf with every verb, width and flag follows the same rules.
import { type GoValue, GoStruct, GoFuncValue, isMap, sortedKeys } from './value';

/** strconv.FormatFloat(f, 'g', -1, 64), which is what %v prints for a float64. */
export function formatFloatG(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  // Shortest round-trip digits, as Go's shortest formatting finds them.
  const [mant, expStr] = f.toExponential().split('e');
  const exp = Number(expStr);
  if (exp < -4 || exp >= 21) return goExp(mant, exp);
  if (exp >= 6) {
    // %g with shortest precision switches to an exponent from 1e+06 on.
    return goExp(mant, exp);
  }
  return plainDecimal(f);
}

function goExp(mant: string, exp: number): string {
  const sign = exp < 0 ? '-' : '+';
  const a = Math.abs(exp);
  return `${mant}e${sign}${a < 10 ? '0' : ''}${a}`;
}

function plainDecimal(f: number): string {
  // Number#toString is shortest round-trip too and is plain for 1e-7 < |f| < 1e21.
  const s = String(f);
  if (!s.includes('e')) return s;
  const [m, e] = s.split('e');
  const exp = Number(e);
  const neg = m.startsWith('-');
  const digits = m.replace('-', '').replace('.', '');
  const point = (m.replace('-', '').indexOf('.') === -1 ? m.replace('-', '').length : m.replace('-', '').indexOf('.')) + exp;
  let out: string;
  if (point <= 0) out = '0.' + '0'.repeat(-point) + digits;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = digits.slice(0, point) + '.' + digits.slice(point);
  return (neg ? '-' : '') + out;
}

/** fmt's %v of one value. */
export function formatV(v: GoValue, top = true): string {
  if (v === null || v === undefined) return '<nil>';
  switch (typeof v) {
    case 'boolean':
      return v ? 'true' : 'false';
    case 'string':
      return v;
    case 'bigint':
      return v.toString();
    case 'number':
      return formatFloatG(v);
  }
  if (Array.isArray(v)) return '[' + v.map((x) => formatV(x, false)).join(' ') + ']';
  if (v instanceof Uint8Array) return '[' + Array.from(v).join(' ') + ']';
  if (v instanceof GoStruct) {
    if (v.str) return v.str();
    return '{' + Object.values(v.fields).map((x) => formatV(x, false)).join(' ') + '}';
  }
  if (v instanceof GoFuncValue) return '0x0';
  if (isMap(v)) return 'map[' + sortedKeys(v).map((k) => `${k}:${formatV(v[k], false)}`).join(' ') + ']';
  void top;
  return String(v);
}

/** fmt.Sprint: operands joined, a space only between two operands when neither is a string. */
export function sprint(args: GoValue[]): string {
  let out = '';
  for (let i = 0; i < args.length; i++) {
    if (i > 0 && typeof args[i] !== 'string' && typeof args[i - 1] !== 'string') out += ' ';
    out += formatV(args[i]);
  }
  return out;
}

/** fmt.Sprintln: always a space between operands, and a newline. */
export function sprintln(args: GoValue[]): string {
  return args.map((a) => formatV(a)).join(' ') + '\n';
}
