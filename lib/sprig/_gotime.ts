// Go's time.Time and time.Duration, as far as Sprig's date functions and template method
// calls on them reach: Date, Add, Sub, Format, Parse, ParseDuration, Duration.String.
// Names follow Go's src/time so the two can be compared.
import { type Location, UTC, Local, fixedZone, lookupZone, lookupZoneName, daysFromCivil } from './_gozone';

export { UTC, Local, type Location };

/**
 * A Go time.Time: Unix seconds (an integer Number: exact for ±285 million years), the
 * nanoseconds within that second, the location, and the monotonic clock reading in
 * nanoseconds since the process started when the time came from time.Now.
 */
export interface Time {
  sec: number;
  nsec: number;
  loc: Location;
  mono?: bigint;
}

/** time.Time{}: January 1, year 1, 00:00:00 UTC. */
export const zeroTime: Time = { sec: daysFromCivil(1, 1, 1) * 86400, nsec: 0, loc: UTC };

export function isZero(t: Time): boolean {
  return t.sec === zeroTime.sec && t.nsec === 0;
}

// Process start for the monotonic reading Go prints as "m=+0.000123456".
const clockStart = typeof performance !== 'undefined' ? performance.now() : Date.now();

/** time.Now(), in Local, with a monotonic reading. */
export function now(): Time {
  const ms = Date.now();
  const elapsed = (typeof performance !== 'undefined' ? performance.now() : Date.now()) - clockStart;
  // Date.now has millisecond resolution; the sub-millisecond digits come from performance.
  const frac = Math.floor((elapsed % 1) * 1e6);
  return {
    sec: Math.floor(ms / 1000),
    nsec: (ms % 1000) * 1e6 + frac,
    loc: Local,
    mono: BigInt(Math.floor(elapsed * 1e6)) + 1n,
  };
}

/** time.Unix(sec, 0) in Local. */
export function unixTime(sec: number): Time {
  return { sec, nsec: 0, loc: Local };
}

function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

function floorMod(a: number, b: number): number {
  return a - Math.floor(a / b) * b;
}

/** Year, month, day of a day count since 1970-01-01 (proleptic Gregorian). */
export function civilFromDays(z: number): { year: number; month: number; day: number } {
  z += 719468;
  const era = floorDiv(z, 146097);
  const doe = z - era * 146097;
  const yoe = floorDiv(doe - floorDiv(doe, 1460) + floorDiv(doe, 36524) - floorDiv(doe, 146096), 365);
  const y = yoe + era * 400;
  const doy = doe - (365 * yoe + floorDiv(yoe, 4) - floorDiv(yoe, 100));
  const mp = floorDiv(5 * doy + 2, 153);
  const day = doy - floorDiv(153 * mp + 2, 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: month <= 2 ? y + 1 : y, month, day };
}

export function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function daysIn(month: number, year: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** The broken-down wall clock of t in its location. */
export interface Civil {
  year: number;
  month: number;
  day: number;
  yday: number;
  weekday: number;
  hour: number;
  min: number;
  sec: number;
  zoneName: string;
  offset: number;
}

export function civil(t: Time): Civil {
  const z = lookupZone(t.loc, t.sec);
  const local = t.sec + z.offset;
  const days = floorDiv(local, 86400);
  const secOfDay = local - days * 86400;
  const { year, month, day } = civilFromDays(days);
  return {
    year,
    month,
    day,
    yday: days - daysFromCivil(year, 1, 1) + 1,
    weekday: floorMod(days + 4, 7),
    hour: floorDiv(secOfDay, 3600),
    min: floorDiv(secOfDay % 3600, 60),
    sec: secOfDay % 60,
    zoneName: z.name,
    offset: z.offset,
  };
}

// norm returns nhi, nlo such that hi * base + lo == nhi * base + nlo and 0 <= nlo < base.
function norm(hi: number, lo: number, base: number): [number, number] {
  if (lo < 0) {
    const n = floorDiv(-lo - 1, base) + 1;
    hi -= n;
    lo += n * base;
  }
  if (lo >= base) {
    const n = floorDiv(lo, base);
    hi += n;
    lo -= n * base;
  }
  return [hi, lo];
}

/** time.Date: normalizes out-of-range fields, then finds the zone offset of that wall time. */
export function date(year: number, month: number, day: number, hour: number, min: number, sec: number, nsec: number, loc: Location): Time {
  let m = month - 1;
  [year, m] = norm(year, m, 12);
  month = m + 1;
  [sec, nsec] = norm(sec, nsec, 1e9);
  [min, sec] = norm(min, sec, 60);
  [hour, min] = norm(hour, min, 60);
  [day, hour] = norm(day, hour, 24);
  const days = daysFromCivil(year, month, 1) + day - 1;
  let unix = days * 86400 + hour * 3600 + min * 60 + sec;
  // Look up the offset for the wall time as if it were UTC, then again at the shifted
  // instant in case a zone transition lies between the two.
  const first = lookupZone(loc, unix).offset;
  if (first !== 0) {
    const second = lookupZone(loc, unix - first).offset;
    unix -= second;
  }
  return { sec: unix, nsec, loc };
}

// --- Durations -------------------------------------------------------------------------

export const Nanosecond = 1n;
export const Microsecond = 1000n;
export const Millisecond = 1000000n;
export const Second = 1000000000n;
export const Minute = 60n * Second;
export const Hour = 60n * Minute;

const MAX_INT64 = (1n << 63n) - 1n;
const MIN_INT64 = -(1n << 63n);

/** Wraps like Go's int64 arithmetic. */
export function int64(x: bigint): bigint {
  return BigInt.asIntN(64, x);
}

/** Duration.String: "1h2m3.5s", "1.5ms", "0s". */
export function durationString(d: bigint): string {
  let u = BigInt.asUintN(64, d);
  const neg = d < 0n;
  if (neg) u = BigInt.asUintN(64, -u);
  let out: string;
  if (u < Second) {
    if (u === 0n) return '0s';
    let prec: number;
    let unit: string;
    if (u < Microsecond) {
      prec = 0;
      unit = 'ns';
    } else if (u < Millisecond) {
      prec = 3;
      unit = 'µs';
    } else {
      prec = 6;
      unit = 'ms';
    }
    const [frac, rest] = fmtFrac(u, prec);
    out = rest.toString() + frac + unit;
  } else {
    const [frac, secs] = fmtFrac(u, 9);
    out = (secs % 60n).toString() + frac + 's';
    const mins = secs / 60n;
    if (mins > 0n) {
      out = (mins % 60n).toString() + 'm' + out;
      const hours = mins / 60n;
      if (hours > 0n) out = hours.toString() + 'h' + out;
    }
  }
  return neg ? '-' + out : out;
}

// fmtFrac: the fraction of v/10**prec without trailing zeros (and no point when it is
// zero), and v/10**prec.
function fmtFrac(v: bigint, prec: number): [string, bigint] {
  let digits = '';
  let printed = false;
  for (let i = 0; i < prec; i++) {
    const digit = v % 10n;
    printed = printed || digit !== 0n;
    if (printed) digits = digit.toString() + digits;
    v /= 10n;
  }
  return [printed ? '.' + digits : '', v];
}

/** Duration.Round(m): halfway values round away from zero; saturates like Go. */
export function durationRound(d: bigint, m: bigint): bigint {
  if (m <= 0n) return d;
  let r = d % m;
  const lessThanHalf = (x: bigint, y: bigint) => BigInt.asUintN(64, x + x) < BigInt.asUintN(64, y);
  if (d < 0n) {
    r = -r;
    if (lessThanHalf(r, m)) return d + r;
    const d1 = d - m + r;
    return d1 >= MIN_INT64 ? d1 : MIN_INT64;
  }
  if (lessThanHalf(r, m)) return d - r;
  const d1 = d + m - r;
  return d1 <= MAX_INT64 ? d1 : MAX_INT64;
}

/** Duration.Truncate(m). */
export function durationTruncate(d: bigint, m: bigint): bigint {
  if (m <= 0n) return d;
  return d - (d % m);
}

const unitMap: Record<string, bigint> = {
  ns: Nanosecond,
  us: Microsecond,
  'µs': Microsecond,
  'μs': Microsecond,
  ms: Millisecond,
  s: Second,
  m: Minute,
  h: Hour,
};

/** The error Go's functions return; its message is the error text. */
export class GoTimeError extends Error {}

/** time.ParseDuration: [-+]?([0-9]*(\.[0-9]*)?[a-z]+)+ */
export function parseDuration(orig: string): bigint {
  let s = orig;
  let d = 0n;
  let neg = false;
  const invalid = () => new GoTimeError('time: invalid duration ' + quote(orig));
  if (s !== '') {
    const c = s[0];
    if (c === '-' || c === '+') {
      neg = c === '-';
      s = s.slice(1);
    }
  }
  if (s === '0') return 0n;
  if (s === '') throw invalid();
  while (s !== '') {
    let v = 0n;
    let f = 0n;
    let scale = 1;
    if (!(s[0] === '.' || (s[0] >= '0' && s[0] <= '9'))) throw invalid();
    // Consume [0-9]*
    const pl = s.length;
    const li = leadingInt(s);
    if (li === undefined) throw invalid();
    [v, s] = li;
    const pre = pl !== s.length;
    // Consume (\.[0-9]*)?
    let post = false;
    if (s !== '' && s[0] === '.') {
      s = s.slice(1);
      const pl2 = s.length;
      [f, scale, s] = leadingFraction(s);
      post = pl2 !== s.length;
    }
    if (!pre && !post) throw invalid();
    // Consume unit.
    let i = 0;
    for (; i < s.length; i++) {
      const c = s[i];
      if (c === '.' || (c >= '0' && c <= '9')) break;
    }
    if (i === 0) throw new GoTimeError('time: missing unit in duration ' + quote(orig));
    const u = s.slice(0, i);
    s = s.slice(i);
    const unit = unitMap[u];
    if (unit === undefined) throw new GoTimeError('time: unknown unit ' + quote(u) + ' in duration ' + quote(orig));
    if (v > (1n << 63n) / unit) throw invalid();
    v *= unit;
    if (f > 0n) {
      // float64 is needed to be nanosecond accurate for fractions of hours.
      v += BigInt(Math.trunc(Number(f) * (Number(unit) / scale)));
      if (v > 1n << 63n) throw invalid();
    }
    d += v;
    if (d > 1n << 63n) throw invalid();
  }
  if (neg) return int64(-d);
  if (d > MAX_INT64) throw invalid();
  return d;
}

// leadingInt consumes the leading [0-9]* from s; undefined on overflow.
function leadingInt(s: string): [bigint, string] | undefined {
  let i = 0;
  let x = 0n;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    if (x > (1n << 63n) / 10n) return undefined;
    x = x * 10n + BigInt(c - 48);
    if (x > 1n << 63n) return undefined;
  }
  return [x, s.slice(i)];
}

// leadingFraction consumes the leading [0-9]* from s; on overflow it stops gaining precision.
function leadingFraction(s: string): [bigint, number, string] {
  let i = 0;
  let x = 0n;
  let scale = 1;
  let overflow = false;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    if (overflow) continue;
    if (x > ((1n << 63n) - 1n) / 10n) {
      overflow = true;
      continue;
    }
    const y = x * 10n + BigInt(c - 48);
    if (y > 1n << 63n) {
      overflow = true;
      continue;
    }
    x = y;
    scale *= 10;
  }
  return [x, scale, s.slice(i)];
}

// --- Arithmetic --------------------------------------------------------------------------

/** Time.Add: keeps the monotonic reading unless it would overflow. */
export function add(t: Time, d: bigint): Time {
  d = int64(d);
  let dsec = d / Second;
  let nsec = t.nsec + Number(d % Second);
  if (nsec >= 1e9) {
    dsec++;
    nsec -= 1e9;
  } else if (nsec < 0) {
    dsec--;
    nsec += 1e9;
  }
  const out: Time = { sec: t.sec + Number(dsec), nsec, loc: t.loc };
  if (t.mono !== undefined) {
    const te = t.mono + d;
    if (te >= MIN_INT64 && te <= MAX_INT64) out.mono = te;
  }
  return out;
}

/** Time.Sub: t-u as a Duration, saturating at the int64 limits. */
export function sub(t: Time, u: Time): bigint {
  let d: bigint;
  if (t.mono !== undefined && u.mono !== undefined) d = t.mono - u.mono;
  else d = BigInt(t.sec - u.sec) * Second + BigInt(t.nsec - u.nsec);
  if (d > MAX_INT64) return MAX_INT64;
  if (d < MIN_INT64) return MIN_INT64;
  return d;
}

export function compare(t: Time, u: Time): number {
  if (t.mono !== undefined && u.mono !== undefined) return t.mono < u.mono ? -1 : t.mono > u.mono ? 1 : 0;
  if (t.sec !== u.sec) return t.sec < u.sec ? -1 : 1;
  return t.nsec < u.nsec ? -1 : t.nsec > u.nsec ? 1 : 0;
}

/** Time.AddDate. */
export function addDate(t: Time, years: number, months: number, days: number): Time {
  const c = civil(t);
  return date(c.year + years, c.month + months, c.day + days, c.hour, c.min, c.sec, t.nsec, t.loc);
}

/** Time.In / UTC / Local: same instant, another location, no monotonic reading. */
export function inLocation(t: Time, loc: Location): Time {
  return { sec: t.sec, nsec: t.nsec, loc };
}

/** Time.Truncate(d) and Time.Round(d) for d > 0: relative to the zero time, as Go. */
export function truncate(t: Time, d: bigint): Time {
  const base = { sec: t.sec, nsec: t.nsec, loc: t.loc };
  if (d <= 0n) return base;
  return add(base, -mod(base, d));
}

export function round(t: Time, d: bigint): Time {
  const base = { sec: t.sec, nsec: t.nsec, loc: t.loc };
  if (d <= 0n) return base;
  const r = mod(base, d);
  if (BigInt.asUintN(64, r + r) < BigInt.asUintN(64, d)) return add(base, -r);
  return add(base, d - r);
}

function mod(t: Time, d: bigint): bigint {
  const since = BigInt(t.sec - zeroTime.sec) * Second + BigInt(t.nsec);
  return ((since % d) + d) % d;
}

// --- Formatting -------------------------------------------------------------------------

const std = {
  none: 0,
  longMonth: 1,
  month: 2,
  numMonth: 3,
  zeroMonth: 4,
  longWeekDay: 5,
  weekDay: 6,
  day: 7,
  underDay: 8,
  zeroDay: 9,
  underYearDay: 10,
  zeroYearDay: 11,
  hour: 12,
  hour12: 13,
  zeroHour12: 14,
  minute: 15,
  zeroMinute: 16,
  second: 17,
  zeroSecond: 18,
  longYear: 19,
  year: 20,
  PM: 21,
  pm: 22,
  TZ: 23,
  ISO8601TZ: 24,
  ISO8601SecondsTZ: 25,
  ISO8601ShortTZ: 26,
  ISO8601ColonTZ: 27,
  ISO8601ColonSecondsTZ: 28,
  NumTZ: 29,
  NumSecondsTz: 30,
  NumShortTZ: 31,
  NumColonTZ: 32,
  NumColonSecondsTZ: 33,
  FracSecond0: 34,
  FracSecond9: 35,
} as const;

interface Chunk {
  prefix: string;
  std: number;
  /** digits of a fractional second and its separator */
  digits?: number;
  sep?: string;
  stdstr: string;
  suffix: string;
}

const std0x = [std.zeroMonth, std.zeroDay, std.zeroHour12, std.zeroMinute, std.zeroSecond, std.year];

function startsWithLowerCase(s: string): boolean {
  return s.length > 0 && s[0] >= 'a' && s[0] <= 'z';
}

function isDigit(s: string, i: number): boolean {
  return i < s.length && s[i] >= '0' && s[i] <= '9';
}

/** nextStdChunk: the text before the first layout element, the element, and the rest. */
function nextStdChunk(layout: string): Chunk {
  const at = (i: number, n: number, std_: number, pre = i): Chunk => ({
    prefix: layout.slice(0, pre),
    std: std_,
    stdstr: layout.slice(pre, i + n),
    suffix: layout.slice(i + n),
  });
  for (let i = 0; i < layout.length; i++) {
    const c = layout[i];
    const has = (s: string) => layout.startsWith(s, i);
    switch (c) {
      case 'J': // January, Jan
        if (has('Jan')) {
          if (has('January')) return at(i, 7, std.longMonth);
          if (!startsWithLowerCase(layout.slice(i + 3))) return at(i, 3, std.month);
        }
        break;
      case 'M': // Monday, Mon, MST
        if (layout.length >= i + 3) {
          if (has('Mon')) {
            if (has('Monday')) return at(i, 6, std.longWeekDay);
            if (!startsWithLowerCase(layout.slice(i + 3))) return at(i, 3, std.weekDay);
          }
          if (has('MST')) return at(i, 3, std.TZ);
        }
        break;
      case '0': // 01, 02, 03, 04, 05, 06, 002
        if (layout.length >= i + 2 && layout[i + 1] >= '1' && layout[i + 1] <= '6') {
          return at(i, 2, std0x[layout.charCodeAt(i + 1) - 49]);
        }
        if (has('002')) return at(i, 3, std.zeroYearDay);
        break;
      case '1': // 15, 1
        if (has('15')) return at(i, 2, std.hour);
        return at(i, 1, std.numMonth);
      case '2': // 2006, 2
        if (has('2006')) return at(i, 4, std.longYear);
        return at(i, 1, std.day);
      case '_': // _2, _2006, __2
        if (layout.length >= i + 2 && layout[i + 1] === '2') {
          // _2006 is really a literal _, followed by stdLongYear
          if (layout.startsWith('2006', i + 1)) return at(i + 1, 4, std.longYear);
          return at(i, 2, std.underDay);
        }
        if (has('__2')) return at(i, 3, std.underYearDay);
        break;
      case '3':
        return at(i, 1, std.hour12);
      case '4':
        return at(i, 1, std.minute);
      case '5':
        return at(i, 1, std.second);
      case 'P': // PM
        if (has('PM')) return at(i, 2, std.PM);
        break;
      case 'p': // pm
        if (has('pm')) return at(i, 2, std.pm);
        break;
      case '-': // -070000, -07:00:00, -0700, -07:00, -07
        if (has('-070000')) return at(i, 7, std.NumSecondsTz);
        if (has('-07:00:00')) return at(i, 9, std.NumColonSecondsTZ);
        if (has('-0700')) return at(i, 5, std.NumTZ);
        if (has('-07:00')) return at(i, 6, std.NumColonTZ);
        if (has('-07')) return at(i, 3, std.NumShortTZ);
        break;
      case 'Z': // Z070000, Z07:00:00, Z0700, Z07:00,
        if (has('Z070000')) return at(i, 7, std.ISO8601SecondsTZ);
        if (has('Z07:00:00')) return at(i, 9, std.ISO8601ColonSecondsTZ);
        if (has('Z0700')) return at(i, 5, std.ISO8601TZ);
        if (has('Z07:00')) return at(i, 6, std.ISO8601ColonTZ);
        if (has('Z07')) return at(i, 3, std.ISO8601ShortTZ);
        break;
      case '.':
      case ',': // ,000, or .000, or ,999, or .999 - repeated digits for fractional seconds.
        if (i + 1 < layout.length && (layout[i + 1] === '0' || layout[i + 1] === '9')) {
          const ch = layout[i + 1];
          let j = i + 1;
          while (j < layout.length && layout[j] === ch) j++;
          // String of digits must end here - only fractional second is all digits.
          if (!isDigit(layout, j)) {
            const chunk = at(i, j - i, ch === '9' ? std.FracSecond9 : std.FracSecond0);
            chunk.digits = (j - (i + 1)) & 0xfff;
            chunk.sep = c;
            return chunk;
          }
        }
        break;
    }
  }
  return { prefix: layout, std: 0, stdstr: '', suffix: '' };
}

const longDayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const shortDayNames = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const shortMonthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const longMonthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const weekdayNames = longDayNames;

// appendInt: decimal x, zero-padded to width digits (the sign does not count).
function appendInt(x: number, width: number): string {
  const neg = x < 0;
  const s = String(Math.abs(x)).padStart(width, '0');
  return neg ? '-' + s : s;
}

// appendNano: a fractional second of n digits; the ".999" form drops trailing zeros.
function appendNano(nanosec: number, chunk: Chunk): string {
  const trim = chunk.std === std.FracSecond9;
  const n = chunk.digits ?? 0;
  if (trim && (n === 0 || nanosec === 0)) return '';
  let b = chunk.sep + String(nanosec).padStart(9, '0');
  if (n < 9) b = b.slice(0, b.length - 9 + n);
  if (trim) {
    b = b.replace(/0+$/, '');
    if (b === chunk.sep) b = '';
  }
  return b;
}

/** Time.Format. */
export function format(t: Time, layout: string): string {
  const c = civil(t);
  let b = '';
  while (layout !== '') {
    const chunk = nextStdChunk(layout);
    b += chunk.prefix;
    if (chunk.std === 0) break;
    layout = chunk.suffix;
    switch (chunk.std) {
      case std.year:
        b += appendInt(Math.abs(c.year) % 100, 2);
        break;
      case std.longYear:
        b += appendInt(c.year, 4);
        break;
      case std.month:
        b += longMonthNames[c.month - 1].slice(0, 3);
        break;
      case std.longMonth:
        b += longMonthNames[c.month - 1];
        break;
      case std.numMonth:
        b += appendInt(c.month, 0);
        break;
      case std.zeroMonth:
        b += appendInt(c.month, 2);
        break;
      case std.weekDay:
        b += longDayNames[c.weekday].slice(0, 3);
        break;
      case std.longWeekDay:
        b += longDayNames[c.weekday];
        break;
      case std.day:
        b += appendInt(c.day, 0);
        break;
      case std.underDay:
        if (c.day < 10) b += ' ';
        b += appendInt(c.day, 0);
        break;
      case std.zeroDay:
        b += appendInt(c.day, 2);
        break;
      case std.underYearDay:
        if (c.yday < 100) {
          b += ' ';
          if (c.yday < 10) b += ' ';
        }
        b += appendInt(c.yday, 0);
        break;
      case std.zeroYearDay:
        b += appendInt(c.yday, 3);
        break;
      case std.hour:
        b += appendInt(c.hour, 2);
        break;
      case std.hour12:
      case std.zeroHour12: {
        // Noon is 12PM, midnight is 12AM.
        const hr = c.hour % 12 === 0 ? 12 : c.hour % 12;
        b += appendInt(hr, chunk.std === std.zeroHour12 ? 2 : 0);
        break;
      }
      case std.minute:
        b += appendInt(c.min, 0);
        break;
      case std.zeroMinute:
        b += appendInt(c.min, 2);
        break;
      case std.second:
        b += appendInt(c.sec, 0);
        break;
      case std.zeroSecond:
        b += appendInt(c.sec, 2);
        break;
      case std.PM:
        b += c.hour >= 12 ? 'PM' : 'AM';
        break;
      case std.pm:
        b += c.hour >= 12 ? 'pm' : 'am';
        break;
      case std.ISO8601TZ:
      case std.ISO8601ColonTZ:
      case std.ISO8601SecondsTZ:
      case std.ISO8601ShortTZ:
      case std.ISO8601ColonSecondsTZ:
      case std.NumTZ:
      case std.NumColonTZ:
      case std.NumSecondsTz:
      case std.NumShortTZ:
      case std.NumColonSecondsTZ: {
        const s = chunk.std;
        const iso = s === std.ISO8601TZ || s === std.ISO8601ColonTZ || s === std.ISO8601SecondsTZ || s === std.ISO8601ShortTZ || s === std.ISO8601ColonSecondsTZ;
        // The "Z" variants mean "the time zone as formatted for ISO 8601".
        if (c.offset === 0 && iso) {
          b += 'Z';
          break;
        }
        let zone = Math.trunc(c.offset / 60);
        let absoffset = c.offset;
        if (zone < 0) {
          b += '-';
          zone = -zone;
          absoffset = -absoffset;
        } else {
          b += '+';
        }
        b += appendInt(Math.trunc(zone / 60), 2);
        if (s === std.ISO8601ColonTZ || s === std.NumColonTZ || s === std.ISO8601ColonSecondsTZ || s === std.NumColonSecondsTZ) b += ':';
        if (s !== std.NumShortTZ && s !== std.ISO8601ShortTZ) b += appendInt(zone % 60, 2);
        if (s === std.ISO8601SecondsTZ || s === std.NumSecondsTz || s === std.NumColonSecondsTZ || s === std.ISO8601ColonSecondsTZ) {
          if (s === std.NumColonSecondsTZ || s === std.ISO8601ColonSecondsTZ) b += ':';
          b += appendInt(absoffset % 60, 2);
        }
        break;
      }
      case std.TZ: {
        if (c.zoneName !== '') {
          b += c.zoneName;
          break;
        }
        // No time zone known for this time, but we must print one. Use the -0700 format.
        let zone = Math.trunc(c.offset / 60);
        if (zone < 0) {
          b += '-';
          zone = -zone;
        } else {
          b += '+';
        }
        b += appendInt(Math.trunc(zone / 60), 2) + appendInt(zone % 60, 2);
        break;
      }
      case std.FracSecond0:
      case std.FracSecond9:
        b += appendNano(t.nsec, chunk);
        break;
    }
  }
  return b;
}

/** Time.String: Format("2006-01-02 15:04:05.999999999 -0700 MST") plus " m=±s.nnnnnnnnn". */
export function timeString(t: Time): string {
  let s = format(t, '2006-01-02 15:04:05.999999999 -0700 MST');
  if (t.mono !== undefined) {
    let m2 = t.mono < 0n ? -t.mono : t.mono;
    const sign = t.mono < 0n ? '-' : '+';
    const m1 = m2 / 1000000000n;
    m2 = m2 % 1000000000n;
    s += ` m=${sign}${m1}.${m2.toString().padStart(9, '0')}`;
  }
  return s;
}

// --- Parsing ----------------------------------------------------------------------------

/** Go's time-package quote: non-ASCII and control bytes as \x escapes. */
export function quote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x80 || c < 0x20) {
      for (const byte of new TextEncoder().encode(ch)) out += '\\x' + byte.toString(16).padStart(2, '0');
    } else {
      if (ch === '"' || ch === '\\') out += '\\';
      out += ch;
    }
  }
  return out + '"';
}

/** ParseError.Error(). */
function parseError(layout: string, value: string, layoutElem: string, valueElem: string, message: string): GoTimeError {
  if (message === '') {
    return new GoTimeError(`parsing time ${quote(value)} as ${quote(layout)}: cannot parse ${quote(valueElem)} as ${quote(layoutElem)}`);
  }
  return new GoTimeError(`parsing time ${quote(value)}${message}`);
}

const errBad = Symbol('errBad');
type Bad = typeof errBad;

function match(s1: string, s2: string): boolean {
  for (let i = 0; i < s1.length; i++) {
    let c1 = s1.charCodeAt(i);
    let c2 = s2.charCodeAt(i);
    if (c1 !== c2) {
      c1 |= 0x20;
      c2 |= 0x20;
      if (c1 !== c2 || c1 < 97 || c1 > 122) return false;
    }
  }
  return true;
}

function lookup(tab: string[], val: string): [number, string] | Bad {
  for (let i = 0; i < tab.length; i++) {
    const v = tab[i];
    if (val.length >= v.length && match(val.slice(0, v.length), v)) return [i, val.slice(v.length)];
  }
  return errBad;
}

// getnum parses s[0:1] or s[0:2] (fixed forces s[0:2]) as a decimal integer.
function getnum(s: string, fixed: boolean): [number, string] | Bad {
  if (!isDigit(s, 0)) return errBad;
  if (!isDigit(s, 1)) {
    if (fixed) return errBad;
    return [s.charCodeAt(0) - 48, s.slice(1)];
  }
  return [(s.charCodeAt(0) - 48) * 10 + (s.charCodeAt(1) - 48), s.slice(2)];
}

// getnum3 parses s[0:1], s[0:2], or s[0:3] (fixed forces s[0:3]).
function getnum3(s: string, fixed: boolean): [number, string] | Bad {
  let n = 0;
  let i = 0;
  for (; i < 3 && isDigit(s, i); i++) n = n * 10 + (s.charCodeAt(i) - 48);
  if (i === 0 || (fixed && i !== 3)) return errBad;
  return [n, s.slice(i)];
}

function cutspace(s: string): string {
  let i = 0;
  while (i < s.length && s[i] === ' ') i++;
  return s.slice(i);
}

// skip removes the given prefix from value, treating runs of space characters as equivalent.
function skip(value: string, prefix: string): string | Bad {
  while (prefix.length > 0) {
    if (prefix[0] === ' ') {
      if (value.length > 0 && value[0] !== ' ') return errBad;
      prefix = cutspace(prefix);
      value = cutspace(value);
      continue;
    }
    if (value.length === 0 || value[0] !== prefix[0]) return errBad;
    prefix = prefix.slice(1);
    value = value.slice(1);
  }
  return value;
}

// atoi as the time package does it: optional sign, digits only.
function atoi(s: string): number | Bad {
  let neg = false;
  if (s.length > 0 && (s[0] === '-' || s[0] === '+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  const li = leadingInt(s);
  if (li === undefined || li[1].length > 0) return errBad;
  const x = Number(BigInt.asIntN(64, li[0]));
  return neg ? -x : x;
}

function commaOrPeriod(c: string | undefined): boolean {
  return c === '.' || c === ',';
}

function parseNanoseconds(value: string, nbytes: number): { ns: number; rangeErr: string } | Bad {
  if (!commaOrPeriod(value[0])) return errBad;
  if (nbytes > 10) {
    value = value.slice(0, 10);
    nbytes = 10;
  }
  let ns = atoi(value.slice(1, nbytes));
  if (ns === errBad) return errBad;
  if (ns < 0) return { ns, rangeErr: 'fractional second' };
  for (let i = 0; i < 10 - nbytes; i++) ns *= 10;
  return { ns, rangeErr: '' };
}

// parseTimeZone: the length of a zone abbreviation at the start of value.
function parseTimeZone(value: string): number | undefined {
  if (value.length < 3) return undefined;
  // Special case 1: ChST and MeST are the only zones with a lower-case letter.
  if (value.length >= 4 && (value.startsWith('ChST') || value.startsWith('MeST'))) return 4;
  // Special case 2: GMT may have an hour offset; treat it specially.
  if (value.startsWith('GMT')) return parseGMT(value);
  // Special Case 3: Some time zones are not named, but have +/-00 format
  if (value[0] === '+' || value[0] === '-') {
    const length = parseSignedOffset(value);
    return length > 0 ? length : undefined;
  }
  let nUpper = 0;
  for (; nUpper < 6; nUpper++) {
    if (nUpper >= value.length) break;
    const c = value[nUpper];
    if (c < 'A' || c > 'Z') break;
  }
  switch (nUpper) {
    case 5:
      return value[4] === 'T' ? 5 : undefined;
    case 4:
      return value[3] === 'T' || value.startsWith('WITA') ? 4 : undefined;
    case 3:
      return 3;
  }
  return undefined;
}

function parseGMT(value: string): number {
  const rest = value.slice(3);
  if (rest.length === 0) return 3;
  return 3 + parseSignedOffset(rest);
}

function parseSignedOffset(value: string): number {
  const sign = value[0];
  if (sign !== '-' && sign !== '+') return 0;
  const li = leadingInt(value.slice(1));
  if (li === undefined || li[1] === value.slice(1)) return 0;
  if (li[0] > 23n) return 0;
  return value.length - li[1].length;
}

/**
 * time.ParseInLocation's parse(layout, value, defaultLocation, local). Throws GoTimeError
 * with Go's ParseError text.
 */
export function parse(layout: string, value: string, defaultLocation: Location, local: Location): Time {
  const alayout = layout;
  const avalue = value;
  let rangeErrString = '';
  let amSet = false;
  let pmSet = false;
  let year = 0;
  let month = -1;
  let day = -1;
  let yday = -1;
  let hour = 0;
  let min = 0;
  let sec = 0;
  let nsec = 0;
  let z: Location | undefined;
  let zoneOffset = -1;
  let zoneName = '';

  for (;;) {
    const chunk = nextStdChunk(layout);
    const { prefix, stdstr, suffix } = chunk;
    const skipped = skip(value, prefix);
    if (skipped === errBad) throw parseError(alayout, avalue, prefix, value, '');
    value = skipped;
    if (chunk.std === 0) {
      if (value.length !== 0) throw parseError(alayout, avalue, '', value, ': extra text: ' + quote(value));
      break;
    }
    layout = suffix;
    const hold = value;
    let bad = false;
    // r unpacks a [number, rest] result or marks the element bad.
    const r = (res: [number, string] | Bad): number => {
      if (res === errBad) {
        bad = true;
        return 0;
      }
      value = res[1];
      return res[0];
    };
    switch (chunk.std) {
      case std.year: {
        if (value.length < 2) {
          bad = true;
          break;
        }
        const p = value.slice(0, 2);
        value = value.slice(2);
        const y = atoi(p);
        if (y === errBad) {
          bad = true;
          break;
        }
        year = y >= 69 ? y + 1900 : y + 2000;
        break;
      }
      case std.longYear: {
        if (value.length < 4 || !isDigit(value, 0)) {
          bad = true;
          break;
        }
        const p = value.slice(0, 4);
        value = value.slice(4);
        const y = atoi(p);
        if (y === errBad) bad = true;
        else year = y;
        break;
      }
      case std.month:
        month = r(lookup(shortMonthNames, value)) + 1;
        break;
      case std.longMonth:
        month = r(lookup(longMonthNames, value)) + 1;
        break;
      case std.numMonth:
      case std.zeroMonth:
        month = r(getnum(value, chunk.std === std.zeroMonth));
        if (!bad && (month <= 0 || 12 < month)) rangeErrString = 'month';
        break;
      case std.weekDay:
        r(lookup(shortDayNames, value));
        break;
      case std.longWeekDay:
        r(lookup(longDayNames, value));
        break;
      case std.day:
      case std.underDay:
      case std.zeroDay:
        if (chunk.std === std.underDay && value.length > 0 && value[0] === ' ') value = value.slice(1);
        day = r(getnum(value, chunk.std === std.zeroDay));
        break;
      case std.underYearDay:
      case std.zeroYearDay:
        for (let i = 0; i < 2; i++) {
          if (chunk.std === std.underYearDay && value.length > 0 && value[0] === ' ') value = value.slice(1);
        }
        yday = r(getnum3(value, chunk.std === std.zeroYearDay));
        break;
      case std.hour:
        hour = r(getnum(value, false));
        if (hour < 0 || 24 <= hour) rangeErrString = 'hour';
        break;
      case std.hour12:
      case std.zeroHour12:
        hour = r(getnum(value, chunk.std === std.zeroHour12));
        if (hour < 0 || 12 < hour) rangeErrString = 'hour';
        break;
      case std.minute:
      case std.zeroMinute:
        min = r(getnum(value, chunk.std === std.zeroMinute));
        if (min < 0 || 60 <= min) rangeErrString = 'minute';
        break;
      case std.second:
      case std.zeroSecond: {
        sec = r(getnum(value, chunk.std === std.zeroSecond));
        if (bad) break;
        if (sec < 0 || 60 <= sec) {
          rangeErrString = 'second';
          break;
        }
        // Special case: do we have a fractional second but no fractional second in the format?
        if (value.length >= 2 && commaOrPeriod(value[0]) && isDigit(value, 1)) {
          const next = nextStdChunk(layout).std;
          if (next === std.FracSecond0 || next === std.FracSecond9) break;
          let n = 2;
          for (; n < value.length && isDigit(value, n); n++);
          const ns = parseNanoseconds(value, n);
          if (ns === errBad) bad = true;
          else {
            nsec = ns.ns;
            rangeErrString = ns.rangeErr;
          }
          value = value.slice(n);
        }
        break;
      }
      case std.PM:
      case std.pm: {
        if (value.length < 2) {
          bad = true;
          break;
        }
        const p = value.slice(0, 2);
        value = value.slice(2);
        const [PM, AM] = chunk.std === std.PM ? ['PM', 'AM'] : ['pm', 'am'];
        if (p === PM) pmSet = true;
        else if (p === AM) amSet = true;
        else bad = true;
        break;
      }
      case std.ISO8601TZ:
      case std.ISO8601ShortTZ:
      case std.ISO8601ColonTZ:
      case std.ISO8601SecondsTZ:
      case std.ISO8601ColonSecondsTZ:
      case std.NumTZ:
      case std.NumShortTZ:
      case std.NumColonTZ:
      case std.NumSecondsTz:
      case std.NumColonSecondsTZ: {
        const s = chunk.std;
        const iso = s === std.ISO8601TZ || s === std.ISO8601ShortTZ || s === std.ISO8601ColonTZ || s === std.ISO8601SecondsTZ || s === std.ISO8601ColonSecondsTZ;
        if (iso && value.length >= 1 && value[0] === 'Z') {
          value = value.slice(1);
          z = UTC;
          break;
        }
        let sign: string, hh: string, mm: string, ss: string;
        if (s === std.ISO8601ColonTZ || s === std.NumColonTZ) {
          if (value.length < 6 || value[3] !== ':') {
            bad = true;
            break;
          }
          [sign, hh, mm, ss] = [value.slice(0, 1), value.slice(1, 3), value.slice(4, 6), '00'];
          value = value.slice(6);
        } else if (s === std.NumShortTZ || s === std.ISO8601ShortTZ) {
          if (value.length < 3) {
            bad = true;
            break;
          }
          [sign, hh, mm, ss] = [value.slice(0, 1), value.slice(1, 3), '00', '00'];
          value = value.slice(3);
        } else if (s === std.ISO8601ColonSecondsTZ || s === std.NumColonSecondsTZ) {
          if (value.length < 9 || value[3] !== ':' || value[6] !== ':') {
            bad = true;
            break;
          }
          [sign, hh, mm, ss] = [value.slice(0, 1), value.slice(1, 3), value.slice(4, 6), value.slice(7, 9)];
          value = value.slice(9);
        } else if (s === std.ISO8601SecondsTZ || s === std.NumSecondsTz) {
          if (value.length < 7) {
            bad = true;
            break;
          }
          [sign, hh, mm, ss] = [value.slice(0, 1), value.slice(1, 3), value.slice(3, 5), value.slice(5, 7)];
          value = value.slice(7);
        } else {
          if (value.length < 5) {
            bad = true;
            break;
          }
          [sign, hh, mm, ss] = [value.slice(0, 1), value.slice(1, 3), value.slice(3, 5), '00'];
          value = value.slice(5);
        }
        const hr = getnum(hh, true);
        const mn = hr === errBad ? errBad : getnum(mm, true);
        const sc = mn === errBad ? errBad : getnum(ss, true);
        if (hr === errBad || mn === errBad || sc === errBad) bad = true;
        const h = hr === errBad ? 0 : hr[0];
        const m = mn === errBad ? 0 : mn[0];
        const se = sc === errBad ? 0 : sc[0];
        // The range test use > rather than >=, as some people do write offsets of 24
        // hours or 60 minutes or 60 seconds.
        if (h > 24) rangeErrString = 'time zone offset hour';
        if (m > 60) rangeErrString = 'time zone offset minute';
        if (se > 60) rangeErrString = 'time zone offset second';
        zoneOffset = (h * 60 + m) * 60 + se;
        if (sign === '-') zoneOffset = -zoneOffset;
        else if (sign !== '+') bad = true;
        break;
      }
      case std.TZ: {
        // Does it look like a time zone?
        if (value.length >= 3 && value.startsWith('UTC')) {
          z = UTC;
          value = value.slice(3);
          break;
        }
        const n = parseTimeZone(value);
        if (n === undefined) {
          bad = true;
          break;
        }
        zoneName = value.slice(0, n);
        value = value.slice(n);
        break;
      }
      case std.FracSecond0: {
        // stdFracSecond0 requires the exact number of digits as specified in the layout.
        const ndigit = 1 + (chunk.digits ?? 0);
        if (value.length < ndigit) {
          bad = true;
          break;
        }
        const ns = parseNanoseconds(value, ndigit);
        if (ns === errBad) bad = true;
        else {
          nsec = ns.ns;
          rangeErrString = ns.rangeErr;
        }
        value = value.slice(ndigit);
        break;
      }
      case std.FracSecond9: {
        if (value.length < 2 || !commaOrPeriod(value[0]) || value[1] < '0' || value[1] > '9') break;
        // Take any number of digits, even more than asked for, because it is what the
        // stdSecond case would do.
        let i = 0;
        while (i + 1 < value.length && value[i + 1] >= '0' && value[i + 1] <= '9') i++;
        const ns = parseNanoseconds(value, 1 + i);
        if (ns === errBad) bad = true;
        else {
          nsec = ns.ns;
          rangeErrString = ns.rangeErr;
        }
        value = value.slice(1 + i);
        break;
      }
    }
    if (rangeErrString !== '') throw parseError(alayout, avalue, stdstr, value, ': ' + rangeErrString + ' out of range');
    if (bad) throw parseError(alayout, avalue, stdstr, hold, '');
  }
  if (pmSet && hour < 12) hour += 12;
  else if (amSet && hour === 12) hour = 0;

  // Convert yday to day, month.
  if (yday >= 0) {
    let d = 0;
    let m = 0;
    if (isLeap(year)) {
      if (yday === 31 + 29) {
        m = 2;
        d = 29;
      } else if (yday > 31 + 29) {
        yday--;
      }
    }
    if (yday < 1 || yday > 365) throw parseError(alayout, avalue, '', value, ': day-of-year out of range');
    if (m === 0) {
      m = Math.floor((yday - 1) / 31) + 1;
      if (daysBefore(m + 1) < yday) m++;
      d = yday - daysBefore(m);
    }
    // If month, day already seen, yday's m, d must match.
    if (month >= 0 && month !== m) throw parseError(alayout, avalue, '', value, ': day-of-year does not match month');
    month = m;
    if (day >= 0 && day !== d) throw parseError(alayout, avalue, '', value, ': day-of-year does not match day');
    day = d;
  } else {
    if (month < 0) month = 1;
    if (day < 0) day = 1;
  }

  // Validate the day of the month.
  if (day < 1 || day > daysIn(month, year)) throw parseError(alayout, avalue, '', value, ': day out of range');

  if (z !== undefined) return date(year, month, day, hour, min, sec, nsec, z);

  if (zoneOffset !== -1) {
    const t = date(year, month, day, hour, min, sec, nsec, UTC);
    t.sec -= zoneOffset;
    // Look for local zone with the given offset. If that zone was in effect at the given
    // time, use it.
    const lz = lookupZone(local, t.sec);
    if (lz.offset === zoneOffset && (zoneName === '' || lz.name === zoneName)) return { ...t, loc: local };
    // Otherwise create fake zone to record offset.
    return { ...t, loc: fixedZone(zoneName, zoneOffset) };
  }

  if (zoneName !== '') {
    const t = date(year, month, day, hour, min, sec, nsec, UTC);
    // Look for local zone with the given offset. If that zone was in effect at the given
    // time, use it.
    const offset = lookupZoneName(local, zoneName, t.sec);
    if (offset !== undefined) {
      t.sec -= offset;
      return { ...t, loc: local };
    }
    // Otherwise, create fake zone with unknown offset.
    let off = 0;
    if (zoneName.length > 3 && zoneName.startsWith('GMT')) {
      const a = atoi(zoneName.slice(3));
      off = (a === errBad ? 0 : a) * 3600;
    }
    return { ...t, loc: fixedZone(zoneName, off) };
  }

  // Otherwise, fall back to default.
  return date(year, month, day, hour, min, sec, nsec, defaultLocation);
}

// daysBefore: days in the year before the first day of month m (m == 13 is the year end).
function daysBefore(m: number): number {
  let n = 0;
  for (let i = 1; i < m; i++) n += i === 2 ? 28 : daysIn(i, 2001);
  return n;
}
