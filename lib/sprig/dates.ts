// Sprig's date functions (date.go). Times are time.Time GoStructs (see _gotime_value.ts).
//
// Only `now` and `ago` read the clock on every call and are marked nondeterministic.
// date, dateInZone, htmlDate and friends also fall back to time.Now when handed a value
// that is neither a time nor an integer (Sprig's default case), like Helm does.
//
// Local is UTC here (see _gozone.ts): `date` formats in it and `toDate` parses in it.
import { type FuncMap, type GoValue, FuncError, Int64, intValue, isInt } from '../gotemplate/value';
import * as gt from './_gotime';
import { loadLocation } from './_gozone';
import { GoTime, GoDuration } from './_gotime_value';

/** The time a date function's interface{} argument stands for. */
function dateArg(v: GoValue): gt.Time {
  if (v instanceof GoTime) return v.time;
  // int, int32 and int64 are seconds since the Unix epoch.
  if (isInt(v)) return gt.unixTime(Number(BigInt.asIntN(64, intValue(v))));
  return gt.now();
}

function dateInZone(layout: string, v: GoValue, zone: string): string {
  const loc = loadLocation(zone) ?? gt.UTC;
  return gt.format(gt.inLocation(dateArg(v), loc), layout);
}

function dateModify(layout: string, t: GoTime): GoTime {
  let d: bigint;
  try {
    d = gt.parseDuration(layout);
  } catch {
    return t;
  }
  return new GoTime(gt.add(t.time, d));
}

function mustDateModify(layout: string, t: GoTime): GoTime {
  try {
    return new GoTime(gt.add(t.time, gt.parseDuration(layout)));
  } catch (e) {
    throw new FuncError((e as Error).message);
  }
}

function dateAgo(v: GoValue): string {
  const t = v instanceof GoTime ? v.time : isInt(v) ? gt.unixTime(Number(BigInt.asIntN(64, intValue(v)))) : gt.now();
  // Drop resolution to seconds
  return gt.durationString(gt.durationRound(gt.sub(gt.now(), t), gt.Second));
}

// strconv.ParseInt(s, 10, 64), or undefined where Go returns an error.
function parseInt64(s: string): bigint | undefined {
  if (!/^[+-]?[0-9]+$/.test(s)) return undefined;
  const n = BigInt(s);
  return n === BigInt.asIntN(64, n) ? n : undefined;
}

function duration(v: GoValue): string {
  // Sprig's switch takes string and int64 only: a plain int (a template literal) is 0s.
  let n = 0n;
  if (typeof v === 'string') n = parseInt64(v) ?? 0n;
  else if (v instanceof Int64) n = BigInt.asIntN(64, v.v);
  return gt.durationString(gt.int64(n * gt.Second));
}

const YEAR = gt.Hour * 24n * 365n;
const MONTH = gt.Hour * 24n * 30n;
const DAY = gt.Hour * 24n;

function durationRound(v: GoValue): string {
  let d = 0n;
  if (typeof v === 'string') {
    try {
      d = gt.parseDuration(v);
    } catch {
      d = 0n;
    }
  } else if (v instanceof Int64) {
    // int64 nanoseconds only; a plain int falls to Sprig's default, 0
    d = BigInt.asIntN(64, v.v);
  } else if (v instanceof GoTime) {
    d = gt.sub(gt.now(), v.time);
  }
  let u = BigInt.asUintN(64, d);
  if (d < 0n) u = BigInt.asUintN(64, -u);
  const units: [bigint, string][] = [
    [YEAR, 'y'],
    [MONTH, 'mo'],
    [DAY, 'd'],
    [gt.Hour, 'h'],
    [gt.Minute, 'm'],
    [gt.Second, 's'],
  ];
  for (const [unit, suffix] of units) if (u > unit) return (u / unit).toString() + suffix;
  return '0s';
}

function toDate(layout: string, s: string): GoTime {
  try {
    return new GoTime(gt.parse(layout, s, gt.Local, gt.Local));
  } catch {
    return new GoTime(gt.zeroTime);
  }
}

function mustToDate(layout: string, s: string): GoTime {
  try {
    return new GoTime(gt.parse(layout, s, gt.Local, gt.Local));
  } catch (e) {
    throw new FuncError((e as Error).message);
  }
}

export const funcs: FuncMap = {
  now: { params: [], fn: () => new GoTime(gt.now()), nondeterministic: true },
  ago: { params: ['any'], fn: dateAgo, nondeterministic: true },
  date: { params: ['string', 'any'], fn: (layout: string, v: GoValue) => dateInZone(layout, v, 'Local') },
  dateInZone: { params: ['string', 'any', 'string'], fn: dateInZone },
  date_in_zone: { params: ['string', 'any', 'string'], fn: dateInZone },
  htmlDate: { params: ['any'], fn: (v: GoValue) => dateInZone('2006-01-02', v, 'Local') },
  htmlDateInZone: { params: ['any', 'string'], fn: (v: GoValue, zone: string) => dateInZone('2006-01-02', v, zone) },
  dateModify: { params: ['string', 'time'], fn: dateModify },
  date_modify: { params: ['string', 'time'], fn: dateModify },
  mustDateModify: { params: ['string', 'time'], fn: mustDateModify },
  must_date_modify: { params: ['string', 'time'], fn: mustDateModify },
  duration: { params: ['any'], fn: duration },
  durationRound: { params: ['any'], fn: durationRound },
  toDate: { params: ['string', 'string'], fn: toDate },
  mustToDate: { params: ['string', 'string'], fn: mustToDate },
  unixEpoch: { params: ['time'], fn: (t: GoTime) => String(t.time.sec) },
};

export { GoTime, GoDuration };
