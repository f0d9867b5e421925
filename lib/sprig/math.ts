// Sprig's arithmetic (functions.go and numeric.go): the int64 functions add, add1, sub,
// div, mod, mul, max, min, biggest, randInt; the float64 ones floor, ceil, round, maxf,
// minf; and addf, add1f, subf, divf, mulf, which go through shopspring/decimal.
//
// Every operand goes through cast (see _cast.ts): floats truncate toward zero, strings
// parse or become 0, nil is 0. int64 arithmetic wraps around like Go's.
import type { FuncMap, GoValue, Int64 } from '../gotemplate/value';
import { FuncError, int64 } from '../gotemplate/value';
import { formatFloatG } from '../gotemplate/fmt';
import { toFloat64, toInt64, wrapInt64 } from './_cast';

const DIVIDE_BY_ZERO = 'runtime error: integer divide by zero';

function div(a: GoValue, b: GoValue): bigint {
  const d = toInt64(b);
  if (d === 0n) throw new FuncError(DIVIDE_BY_ZERO);
  return wrapInt64(toInt64(a) / d);
}

function mod(a: GoValue, b: GoValue): bigint {
  const d = toInt64(b);
  if (d === 0n) throw new FuncError(DIVIDE_BY_ZERO);
  return toInt64(a) % d;
}

// max(a interface{}, i ...interface{}) int64
function max(a: GoValue, ...i: GoValue[]): bigint {
  let aa = toInt64(a);
  for (const b of i) {
    const bb = toInt64(b);
    if (bb > aa) aa = bb;
  }
  return aa;
}

function min(a: GoValue, ...i: GoValue[]): bigint {
  let aa = toInt64(a);
  for (const b of i) {
    const bb = toInt64(b);
    if (bb < aa) aa = bb;
  }
  return aa;
}

// Go's math.Max and math.Min: an infinity wins over NaN, and +0 is above -0.
function mathMax(x: number, y: number): number {
  if (x === Infinity || y === Infinity) return Infinity;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === 0 && x === y) return Object.is(x, -0) ? y : x;
  return x > y ? x : y;
}

function mathMin(x: number, y: number): number {
  if (x === -Infinity || y === -Infinity) return -Infinity;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === 0 && x === y) return Object.is(x, -0) ? x : y;
  return x < y ? x : y;
}

// round(a interface{}, p int, rOpt ...float64) float64. Not quite "half away from zero":
// the fraction is compared with roundOn (0.5) keeping its sign, so every negative number
// rounds down (`round -2.4 0` is -3).
function round(a: GoValue, p: bigint, ...rOpt: number[]): number {
  const roundOn = rOpt.length > 0 ? rOpt[0] : 0.5;
  const val = toFloat64(a);
  const pow = goPow(10, Number(p));
  const digit = pow * val;
  const div = digit - Math.trunc(digit); // math.Modf's fractional part
  const r = div >= roundOn ? Math.ceil(digit) : Math.floor(digit);
  return r / pow;
}

function randInt(lo: bigint, hi: bigint): bigint {
  const n = wrapInt64(hi - lo);
  if (n <= 0n) throw new FuncError('invalid argument to Intn');
  let r: bigint;
  if (n <= 2n ** 53n) r = BigInt(Math.floor(Math.random() * Number(n)));
  else {
    const hiBits = BigInt(Math.floor(Math.random() * 2 ** 32));
    const loBits = BigInt(Math.floor(Math.random() * 2 ** 32));
    r = ((hiBits << 32n) | loBits) % n;
  }
  return wrapInt64(r + lo);
}

// ---------------------------------------------------------------------------------
// shopspring/decimal, as far as execDecimalOp needs it: value = v × 10^e, exact.

interface Decimal {
  v: bigint;
  e: number;
}

/** decimal.NewFromFloat: the shortest decimal that reads back as f (0.1 is exactly 0.1). */
function newFromFloat(f: number): Decimal {
  if (!Number.isFinite(f)) throw new FuncError(`Cannot create a Decimal from ${formatFloatG(f)}`);
  if (f === 0) return { v: 0n, e: 0 };
  // toExponential() with no argument gives the shortest round-trip digits, as Go does.
  const [mant, exp] = f.toExponential().split('e');
  const digits = mant.replace('.', '');
  const frac = mant.includes('.') ? mant.length - mant.indexOf('.') - 1 : 0;
  return { v: BigInt(digits), e: Number(exp) - frac };
}

function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

function decAdd(a: Decimal, b: Decimal): Decimal {
  const e = Math.min(a.e, b.e);
  return { v: a.v * pow10(a.e - e) + b.v * pow10(b.e - e), e };
}

function decSub(a: Decimal, b: Decimal): Decimal {
  return decAdd(a, { v: -b.v, e: b.e });
}

function decMul(a: Decimal, b: Decimal): Decimal {
  return { v: a.v * b.v, e: a.e + b.e };
}

/** Decimal.Div: DivRound to 16 places, a final 5 rounding away from zero. */
function decDiv(a: Decimal, b: Decimal): Decimal {
  const precision = 16;
  if (b.v === 0n) throw new FuncError('decimal division by 0');
  const k = a.e - b.e + precision;
  const n = k >= 0 ? a.v * pow10(k) : a.v;
  const d = k >= 0 ? b.v : b.v * pow10(-k);
  let q = n / d;
  const r = n % d;
  const abs = (x: bigint) => (x < 0n ? -x : x);
  if (2n * abs(r) >= abs(d)) q += (n < 0n) !== (d < 0n) ? -1n : 1n;
  return { v: q, e: -precision };
}

/** Decimal.Float64: the nearest float64 (big.Rat's rounding, which JS parsing shares). */
function decFloat64(d: Decimal): number {
  return Number(`${d.v}e${d.e}`);
}

// execDecimalOp(a interface{}, b []interface{}, f func(d1, d2 decimal.Decimal) decimal.Decimal) float64
function execDecimalOp(a: GoValue, b: GoValue[], f: (d1: Decimal, d2: Decimal) => Decimal): number {
  let prt = newFromFloat(toFloat64(a));
  for (const x of b) prt = f(prt, newFromFloat(toFloat64(x)));
  return decFloat64(prt);
}

// ---------------------------------------------------------------------------------
// Go's math.Pow (pure Go on amd64), so that `round`'s 10^places is Go's bit for bit.

const f64 = new DataView(new ArrayBuffer(8));

/** math.Frexp: f = frac × 2^exp with |frac| in [0.5, 1). */
function frexp(f: number): [number, number] {
  if (f === 0 || !Number.isFinite(f)) return [f, 0];
  let exp = 0;
  if (Math.abs(f) < 2.2250738585072014e-308) {
    f *= 2 ** 52;
    exp = -52;
  }
  f64.setFloat64(0, f);
  const hi = f64.getUint32(0);
  exp += ((hi >>> 20) & 0x7ff) - 1022;
  f64.setUint32(0, (hi & 0x800fffff) | (1022 << 20));
  return [f64.getFloat64(0), exp];
}

/** math.Ldexp: frac × 2^exp with one rounding, also into the subnormal range. */
function ldexp(frac: number, exp: number): number {
  if (frac === 0 || !Number.isFinite(frac)) return frac;
  const [m, e] = frexp(frac);
  const x = exp + e; // value = m × 2^x, |m| in [0.5, 1)
  if (x < -1074) return m < 0 ? -0 : 0;
  if (x > 1024) return m < 0 ? -Infinity : Infinity;
  if (x - 1 < -1022) return m * 2 ** (x + 53) * 2 ** -53;
  return m * 2 * 2 ** (x - 1);
}

export function goPow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (y === 1) return x;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === 0) {
    const oddInt = Number.isInteger(y) && Math.abs(y) % 2 === 1;
    if (y < 0) return Object.is(x, -0) && oddInt ? -Infinity : Infinity;
    return Object.is(x, -0) && oddInt ? x : 0;
  }
  if (!Number.isFinite(y)) {
    if (x === -1) return 1;
    return (Math.abs(x) < 1) === (y === Infinity) ? 0 : Infinity;
  }
  if (!Number.isFinite(x)) {
    if (x === -Infinity) return goPow(1 / x, -y);
    return y < 0 ? 0 : Infinity;
  }
  if (y === 0.5) return Math.sqrt(x);
  if (y === -0.5) return 1 / Math.sqrt(x);
  let yi = Math.trunc(Math.abs(y));
  let yf = Math.abs(y) - yi;
  if (yf !== 0 && x < 0) return NaN;
  if (yi >= 2 ** 63) {
    if (x === -1) return 1;
    return (Math.abs(x) < 1) === (y > 0) ? 0 : Infinity;
  }
  let a1 = 1;
  let ae = 0;
  if (yf !== 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = Math.exp(yf * Math.log(x)); // not reached for round's integer exponents
  }
  let [x1, xe] = frexp(x);
  for (let i = BigInt(yi); i !== 0n; i >>= 1n) {
    if (xe < -(1 << 12) || 1 << 12 < xe) {
      ae += xe;
      break;
    }
    if ((i & 1n) === 1n) {
      a1 *= x1;
      ae += xe;
    }
    x1 *= x1;
    xe <<= 1;
    if (x1 < 0.5) {
      x1 += x1;
      xe--;
    }
  }
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  return ldexp(a1, ae);
}

// max and min return Go's int64.
function int64Of(f: (a: GoValue, ...i: GoValue[]) => bigint): (a: GoValue, ...i: GoValue[]) => Int64 {
  return (a, ...i) => int64(f(a, ...i));
}

export const funcs: FuncMap = {
  // add1(i interface{}) int64
  add1: { params: ['any'], fn: (i: GoValue) => int64(wrapInt64(toInt64(i) + 1n)) },
  // add(i ...interface{}) int64
  add: {
    params: [],
    variadic: 'any',
    fn: (...i: GoValue[]) => int64(i.reduce<bigint>((a, b) => wrapInt64(a + toInt64(b)), 0n)),
  },
  // sub(a, b interface{}) int64
  sub: { params: ['any', 'any'], fn: (a: GoValue, b: GoValue) => int64(wrapInt64(toInt64(a) - toInt64(b))) },
  // div(a, b interface{}) int64: truncates toward zero
  div: { params: ['any', 'any'], fn: (a: GoValue, b: GoValue) => int64(div(a, b)) },
  // mod(a, b interface{}) int64: the sign of the dividend
  mod: { params: ['any', 'any'], fn: (a: GoValue, b: GoValue) => int64(mod(a, b)) },
  // mul(a interface{}, v ...interface{}) int64
  mul: {
    params: ['any'],
    variadic: 'any',
    fn: (a: GoValue, ...v: GoValue[]) => int64(v.reduce<bigint>((x, b) => wrapInt64(x * toInt64(b)), toInt64(a))),
  },
  // randInt(min, max int) int: rand.Intn(max-min) + min
  randInt: { params: ['int', 'int'], fn: randInt, nondeterministic: true },
  // add1f(i interface{}) float64
  add1f: { params: ['any'], fn: (i: GoValue) => execDecimalOp(i, [1n], decAdd) },
  // addf(i ...interface{}) float64: starts from 0
  addf: { params: [], variadic: 'any', fn: (...i: GoValue[]) => execDecimalOp(0, i, decAdd) },
  // subf(a interface{}, v ...interface{}) float64
  subf: { params: ['any'], variadic: 'any', fn: (a: GoValue, ...v: GoValue[]) => execDecimalOp(a, v, decSub) },
  // divf(a interface{}, v ...interface{}) float64
  divf: { params: ['any'], variadic: 'any', fn: (a: GoValue, ...v: GoValue[]) => execDecimalOp(a, v, decDiv) },
  // mulf(a interface{}, v ...interface{}) float64
  mulf: { params: ['any'], variadic: 'any', fn: (a: GoValue, ...v: GoValue[]) => execDecimalOp(a, v, decMul) },
  // biggest is max's old name
  biggest: { params: ['any'], variadic: 'any', fn: int64Of(max) },
  max: { params: ['any'], variadic: 'any', fn: int64Of(max) },
  min: { params: ['any'], variadic: 'any', fn: int64Of(min) },
  // maxf(a interface{}, i ...interface{}) float64
  maxf: {
    params: ['any'],
    variadic: 'any',
    fn: (a: GoValue, ...i: GoValue[]) => i.reduce<number>((x, b) => mathMax(x, toFloat64(b)), toFloat64(a)),
  },
  minf: {
    params: ['any'],
    variadic: 'any',
    fn: (a: GoValue, ...i: GoValue[]) => i.reduce<number>((x, b) => mathMin(x, toFloat64(b)), toFloat64(a)),
  },
  // ceil(a interface{}) float64, floor(a interface{}) float64
  ceil: { params: ['any'], fn: (a: GoValue) => Math.ceil(toFloat64(a)) },
  floor: { params: ['any'], fn: (a: GoValue) => Math.floor(toFloat64(a)) },
  round: { params: ['any', 'int'], variadic: 'float64', fn: round },
};
