// Expected values were checked against Helm 4.1.4 (see dates.diff.test.ts).
import { describe, expect, it } from 'vitest';
import { GoStruct, int64 } from '../gotemplate/value';
import { funcs, GoTime } from './dates';
import * as gt from './_gotime';

const call = (name: string, ...args: unknown[]) => funcs[name].fn(...args);
const str = (v: unknown) => (v as GoStruct).str!();
const T = () => call('toDate', '2006-01-02 15:04:05.000000000', '2024-02-29 13:04:05.123456789') as GoTime;

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return '(no error)';
}

describe('formatting (date)', () => {
  const cases: { layout: string; want: string }[] = [
    { layout: '2006-01-02T15:04:05Z07:00', want: '2024-02-29T13:04:05Z' },
    { layout: 'Mon Jan _2 15:04:05 MST 2006', want: 'Thu Feb 29 13:04:05 UTC 2024' },
    { layout: 'Monday, 02-Jan-06 15:04:05 MST', want: 'Thursday, 29-Feb-24 13:04:05 UTC' },
    { layout: '3:04PM', want: '1:04PM' },
    { layout: '03:04:05 pm', want: '01:04:05 pm' },
    { layout: '__2 002', want: ' 60 060' },
    { layout: '2006-01-02 15:04:05.000', want: '2024-02-29 13:04:05.123' },
    { layout: '15:04:05.999999', want: '13:04:05.123456' },
    { layout: '15:04:05,00', want: '13:04:05,12' },
    { layout: '.9 .99 .999999999', want: '.1 .12 .123456789' },
    { layout: '-0700 -07:00 -07 Z0700 Z07:00:00', want: '+0000 +00:00 +00 Z Z' },
    { layout: 'January Mon Monday Month', want: 'February Thu Thursday Month' },
    { layout: 'Jan02 _2006 1 01 2 02', want: 'Feb29 _2024 2 02 29 29' },
    { layout: 'plain text', want: 'plain text' },
  ];
  for (const c of cases) it(c.layout, () => expect(call('date', c.layout, T())).toBe(c.want));

  const more: { name: string; got: () => unknown; want: string }[] = [
    { name: 'from int seconds', got: () => call('date', '2006-01-02 15:04:05', 1700000000n), want: '2023-11-14 22:13:20' },
    { name: 'negative seconds', got: () => call('date', '2006-01-02 15:04:05', -1n), want: '1969-12-31 23:59:59' },
    { name: 'htmlDate', got: () => call('htmlDate', 1000000000n), want: '2001-09-09' },
    { name: 'htmlDateInZone', got: () => call('htmlDateInZone', 1000000000n, 'Asia/Tokyo'), want: '2001-09-09' },
    { name: 'new york winter', got: () => call('dateInZone', '2006-01-02 15:04 MST -0700', T(), 'America/New_York'), want: '2024-02-29 08:04 EST -0500' },
    { name: 'berlin summer', got: () => call('dateInZone', '2006-01-02 15:04 MST', 1721044800n, 'Europe/Berlin'), want: '2024-07-15 14:00 CEST' },
    { name: 'kolkata', got: () => call('dateInZone', '15:04 MST -07:00', 1721044800n, 'Asia/Kolkata'), want: '17:30 IST +05:30' },
    { name: 'numeric abbreviation', got: () => call('dateInZone', '15:04 MST', 1721044800n, 'America/Sao_Paulo'), want: '09:00 -03' },
    { name: 'unknown zone is UTC', got: () => call('dateInZone', '15:04 MST', 0n, 'Nope/Zone'), want: '00:00 UTC' },
    { name: 'wrong case zone is UTC', got: () => call('dateInZone', '15:04 MST', 0n, 'america/new_york'), want: '00:00 UTC' },
  ];
  for (const c of more) it(c.name, () => expect(c.got()).toBe(c.want));
});

describe('parsing (toDate / mustToDate)', () => {
  const cases: { name: string; layout: string; value: string; want?: string; wantErr?: string }[] = [
    { name: 'date only', layout: '2006-01-02', value: '2024-03-05', want: '2024-03-05 00:00:00 +0000 UTC' },
    { name: 'offset makes a fixed zone', layout: '2006-01-02T15:04:05Z07:00', value: '2024-03-05T10:11:12+02:00', want: '2024-03-05 10:11:12 +0200 +0200' },
    { name: 'zero offset is Local', layout: '2006-01-02T15:04:05Z07:00', value: '2024-03-05T10:11:12+00:00', want: '2024-03-05 10:11:12 +0000 UTC' },
    { name: 'unknown abbreviation', layout: '2006-01-02 15:04:05 MST', value: '2024-03-05 10:11:12 PST', want: '2024-03-05 10:11:12 +0000 PST' },
    { name: 'GMT offset', layout: '2006-01-02 15:04 MST', value: '2024-03-05 10:11 GMT+3', want: '2024-03-05 13:11:00 +0300 GMT+3' },
    { name: 'fraction not in layout', layout: '15:04:05', value: '10:11:12.5', want: '0000-01-01 10:11:12.5 +0000 UTC' },
    { name: 'cannot parse', layout: '2006-01-02', value: 'bad', wantErr: 'parsing time "bad" as "2006-01-02": cannot parse "bad" as "2006"' },
    { name: 'extra text', layout: '2006-01-02', value: '2024-01-01x', wantErr: 'parsing time "2024-01-01x": extra text: "x"' },
    { name: 'month range', layout: '2006-01-02', value: '2024-13-01', wantErr: 'parsing time "2024-13-01": month out of range' },
    { name: 'day range', layout: '2006-01-02', value: '2023-02-29', wantErr: 'parsing time "2023-02-29": day out of range' },
    { name: 'hour range', layout: '15:04', value: '25:00', wantErr: 'parsing time "25:00": hour out of range' },
    { name: 'weekday', layout: 'Mon 2006-01-02', value: 'Xyz 2024-01-01', wantErr: 'parsing time "Xyz 2024-01-01" as "Mon 2006-01-02": cannot parse "Xyz 2024-01-01" as "Mon"' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      if (c.wantErr !== undefined) {
        expect(errorOf(() => call('mustToDate', c.layout, c.value))).toBe(c.wantErr);
        expect(str(call('toDate', c.layout, c.value))).toBe('0001-01-01 00:00:00 +0000 UTC');
      } else {
        expect(str(call('toDate', c.layout, c.value))).toBe(c.want);
      }
    });
  }

  it('two-digit years pivot at 69', () => {
    expect(call('date', '2006', call('toDate', '06-01-02', '69-01-02'))).toBe('1969');
    expect(call('date', '2006', call('toDate', '06-01-02', '68-01-02'))).toBe('2068');
  });
  it('year day', () => expect(call('date', 'Jan 2', call('toDate', '2006 002', '2024 060'))).toBe('Feb 29'));
  it('unixEpoch', () => {
    expect(call('unixEpoch', T())).toBe('1709211845');
    expect(call('unixEpoch', call('toDate', 'x', 'y'))).toBe('-62135596800');
  });
});

describe('modifying and durations', () => {
  it('dateModify', () => {
    expect(str(call('dateModify', '-1h30m', T()))).toBe('2024-02-29 11:34:05.123456789 +0000 UTC');
    expect(call('date', '15:04', call('dateModify', 'bad', T()))).toBe('13:04');
    expect(errorOf(() => call('mustDateModify', '3x', T()))).toBe('time: unknown unit "x" in duration "3x"');
    expect(errorOf(() => call('mustDateModify', '3', T()))).toBe('time: missing unit in duration "3"');
    expect(errorOf(() => call('mustDateModify', '', T()))).toBe('time: invalid duration ""');
    expect(call('date', '05.000000', call('must_date_modify', '1µs', T()))).toBe('05.123457');
  });
  const durations: { name: string; fn: string; input: unknown; want: string }[] = [
    { name: 'seconds string', fn: 'duration', input: '3661', want: '1h1m1s' },
    { name: 'negative', fn: 'duration', input: '-5', want: '-5s' },
    { name: 'not a number', fn: 'duration', input: 'x', want: '0s' },
    { name: 'int64', fn: 'duration', input: int64(86400n), want: '24h0m0s' },
    { name: 'int is zero', fn: 'duration', input: 86400n, want: '0s' },
    { name: 'float is zero', fn: 'duration', input: 1.5, want: '0s' },
    { name: 'round hours', fn: 'durationRound', input: '2h30m', want: '2h' },
    { name: 'round days', fn: 'durationRound', input: '49h', want: '2d' },
    { name: 'round months', fn: 'durationRound', input: '800h', want: '1mo' },
    { name: 'round years', fn: 'durationRound', input: '9000h', want: '1y' },
    { name: 'round seconds', fn: 'durationRound', input: '1.5s', want: '1s' },
    { name: 'round negative', fn: 'durationRound', input: '-3h', want: '3h' },
    { name: 'round exact boundary', fn: 'durationRound', input: '59s', want: '59s' },
    { name: 'round int64 nanoseconds', fn: 'durationRound', input: int64(90000000000n), want: '1m' },
    { name: 'round int is zero', fn: 'durationRound', input: 90000000000n, want: '0s' },
    { name: 'round float is zero', fn: 'durationRound', input: 3.5, want: '0s' },
  ];
  for (const c of durations) it(`${c.fn}: ${c.name}`, () => expect(call(c.fn, c.input)).toBe(c.want));

  it('Duration.String', () => {
    const cases: [bigint, string][] = [
      [0n, '0s'],
      [1n, '1ns'],
      [1100n, '1.1µs'],
      [2200000n, '2.2ms'],
      [3300000000n, '3.3s'],
      [-(4n * 60n * gt.Second + 5n * gt.Second), '-4m5s'],
      [gt.Hour * 100n + 1n, '100h0m0.000000001s'],
      [-(1n << 63n), '-2562047h47m16.854775808s'],
    ];
    for (const [d, want] of cases) expect(gt.durationString(d)).toBe(want);
  });
  it('ParseDuration', () => {
    expect(gt.parseDuration('1h2m3.5s')).toBe(gt.Hour + 2n * gt.Minute + 3500n * gt.Millisecond);
    expect(gt.parseDuration('-.5h')).toBe(-30n * gt.Minute);
    expect(gt.parseDuration('+0')).toBe(0n);
    expect(() => gt.parseDuration('9223372036854775808ns')).toThrow('time: invalid duration "9223372036854775808ns"');
    expect(gt.parseDuration('-9223372036854775808ns')).toBe(-(1n << 63n));
  });
});

describe('time.Time methods', () => {
  const m = (name: string, ...args: unknown[]) => T().methods[name].fn(...args);
  it('fields', () => {
    expect([m('Year'), str(m('Month')), m('Day'), m('Hour'), m('Minute'), m('Second'), m('Nanosecond'), m('YearDay'), str(m('Weekday')), m('Unix')]).toEqual([
      2024n, 'February', 29n, 13n, 4n, 5n, 123456789n, 60n, 'Thursday', int64(1709211845n),
    ]);
  });
  it('arithmetic', () => {
    expect(str(m('Add', 1500000000n))).toBe('2024-02-29 13:04:06.623456789 +0000 UTC');
    expect(str(m('AddDate', 0n, 1n, 1n))).toBe('2024-03-30 13:04:05.123456789 +0000 UTC');
    const jan31 = call('toDate', '2006-01-02', '2024-01-31') as GoTime;
    expect(call('date', '2006-01-02', jan31.methods.AddDate.fn(0n, 1n, 0n))).toBe('2024-03-02');
    const t = T();
    expect(str(t.methods.Sub.fn(t.methods.AddDate.fn(0n, 0n, -2n)))).toBe('48h0m0s');
    expect(str(t.methods.Location.fn())).toBe('Local');
    expect((call('toDate', 'x', 'y') as GoTime).methods.IsZero.fn()).toBe(true);
  });
  it('now has a monotonic reading', () => {
    expect(str(call('now'))).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)? \+0000 UTC m=\+\d+\.\d{9}$/);
    expect(funcs.now.nondeterministic).toBe(true);
  });
});

describe('zones', () => {
  it('Date finds the offset of a wall time', () => {
    const t = gt.date(2024, 7, 15, 12, 0, 0, 0, { kind: 'zone', name: 'Europe/Paris', tz: 'Europe/Paris' });
    expect(gt.format(t, '2006-01-02 15:04 MST -0700')).toBe('2024-07-15 12:00 CEST +0200');
  });
});
