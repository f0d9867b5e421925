// time.Time and time.Duration as template values: GoStructs whose methods are the ones a
// chart can call (`now.Year`, `$t.Format "2006"`, `($a.Sub $b).Hours`), printing as Go's
// String methods print.
import { GoStruct, Int64, int64, type FuncSpec, FuncError } from '../gotemplate/value';
import * as gt from './_gotime';
import { locationName } from './_gozone';

/** A time.Time value. `fields` is empty: time.Time has no exported fields. */
export class GoTime extends GoStruct {
  constructor(readonly time: gt.Time) {
    super('time.Time', {}, timeMethods(time), () => gt.timeString(time));
  }
}

/** A time.Duration value (an int64 of nanoseconds with a String method). */
export class GoDuration extends GoStruct {
  constructor(readonly ns: bigint) {
    super('time.Duration', {}, durationMethods(ns), () => gt.durationString(ns));
  }
}

export function isGoTime(v: unknown): v is GoTime {
  return v instanceof GoTime;
}

/**
 * A Duration argument: the executor lets only a Duration through, or an untyped integer
 * constant it converted (a bigint).
 */
export function durationArg(v: unknown): bigint {
  return v instanceof GoDuration ? v.ns : BigInt.asIntN(64, v as bigint);
}

function timeArg(v: unknown): gt.Time {
  if (v instanceof GoTime) return v.time;
  throw new FuncError(`wrong type for value; expected time.Time; got ${describe(v)}`);
}

function describe(v: unknown): string {
  if (v instanceof GoStruct) return v.typeName;
  if (typeof v === 'bigint') return 'int';
  if (v instanceof Int64) return 'int64';
  if (typeof v === 'number') return 'float64';
  if (v === null || v === undefined) return '<nil>';
  return typeof v;
}

/** A named integer type that prints its name (time.Month, time.Weekday). */
function namedInt(typeName: string, name: string): GoStruct {
  return new GoStruct(typeName, {}, { String: { params: [], fn: () => name } }, () => name);
}

function m(params: FuncSpec['params'], fn: FuncSpec['fn']): FuncSpec {
  return { params, fn };
}

function timeMethods(t: gt.Time): Record<string, FuncSpec> {
  const c = () => gt.civil(t);
  const unixNs = () => BigInt(t.sec) * gt.Second + BigInt(t.nsec);
  return {
    Year: m([], () => BigInt(c().year)),
    Month: m([], () => {
      const mo = c().month;
      return namedInt('time.Month', gt.longMonthNames[mo - 1]);
    }),
    Day: m([], () => BigInt(c().day)),
    Hour: m([], () => BigInt(c().hour)),
    Minute: m([], () => BigInt(c().min)),
    Second: m([], () => BigInt(c().sec)),
    Nanosecond: m([], () => BigInt(t.nsec)),
    YearDay: m([], () => BigInt(c().yday)),
    Weekday: m([], () => {
      const w = c().weekday;
      return namedInt('time.Weekday', gt.weekdayNames[w]);
    }),
    Unix: m([], () => int64(BigInt(t.sec))),
    UnixMilli: m([], () => int64(unixNs() / 1000000n)),
    UnixMicro: m([], () => int64(unixNs() / 1000n)),
    UnixNano: m([], () => int64(BigInt.asIntN(64, unixNs()))),
    Format: m(['string'], (layout: string) => gt.format(t, layout)),
    String: m([], () => gt.timeString(t)),
    UTC: m([], () => new GoTime(gt.inLocation(t, gt.UTC))),
    Local: m([], () => new GoTime(gt.inLocation(t, gt.Local))),
    Location: m([], () => {
      const name = locationName(t.loc);
      return new GoStruct('*time.Location', {}, { String: { params: [], fn: () => name } }, () => name);
    }),
    Add: m(['duration'], (d: unknown) => new GoTime(gt.add(t, durationArg(d)))),
    AddDate: m(['int', 'int', 'int'], (y: bigint, mo: bigint, d: bigint) => new GoTime(gt.addDate(t, Number(y), Number(mo), Number(d)))),
    Sub: m(['time'], (u: unknown) => new GoDuration(gt.sub(t, timeArg(u)))),
    Before: m(['time'], (u: unknown) => gt.compare(t, timeArg(u)) < 0),
    After: m(['time'], (u: unknown) => gt.compare(t, timeArg(u)) > 0),
    Equal: m(['time'], (u: unknown) => gt.compare(t, timeArg(u)) === 0),
    Compare: m(['time'], (u: unknown) => BigInt(gt.compare(t, timeArg(u)))),
    IsZero: m([], () => gt.isZero(t)),
    Truncate: m(['duration'], (d: unknown) => new GoTime(gt.truncate(t, durationArg(d)))),
    Round: m(['duration'], (d: unknown) => new GoTime(gt.round(t, durationArg(d)))),
  };
}

function durationMethods(d: bigint): Record<string, FuncSpec> {
  // Hours, Minutes and Seconds split whole and fractional parts as Go does, so that
  // large durations keep their precision.
  const split = (unit: bigint) => Number(d / unit) + Number(d % unit) / Number(unit);
  return {
    String: m([], () => gt.durationString(d)),
    Hours: m([], () => split(gt.Hour)),
    Minutes: m([], () => split(gt.Minute)),
    Seconds: m([], () => split(gt.Second)),
    Milliseconds: m([], () => int64(d / gt.Millisecond)),
    Microseconds: m([], () => int64(d / gt.Microsecond)),
    Nanoseconds: m([], () => int64(d)),
    Round: m(['duration'], (x: unknown) => new GoDuration(gt.durationRound(d, durationArg(x)))),
    Truncate: m(['duration'], (x: unknown) => new GoDuration(gt.durationTruncate(d, durationArg(x)))),
    Abs: m([], () => new GoDuration(d >= 0n ? d : d === -(1n << 63n) ? (1n << 63n) - 1n : -d)),
  };
}
