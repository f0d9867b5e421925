// Go's *time.Location for the engine: UTC, Local, fixed zones and IANA zones.
//
// Go reads zone rules and abbreviations from the tz database; a browser only has Intl,
// which gives offsets reliably but abbreviations in a locale's own style ("GMT+9" where
// Go prints "JST"). So offsets come from Intl and abbreviations from the table below,
// taken from what the Helm binary prints; a zone missing from it gets the tz database's
// numeric style ("+04", "+0530"), which is right for the many zones that have no letters.
//
// Local: Helm runs Go's Local, which is the machine's zone. The engine has no machine,
// so Local is UTC (what Helm prints in a container). Its name stays "Local" as in Go.

export type Location =
  | { kind: 'utc' }
  | { kind: 'local' }
  | { kind: 'fixed'; name: string; offset: number }
  | { kind: 'zone'; name: string; tz: string };

export const UTC: Location = { kind: 'utc' };
export const Local: Location = { kind: 'local' };

export function fixedZone(name: string, offset: number): Location {
  return { kind: 'fixed', name, offset };
}

/** Location.String(). */
export function locationName(l: Location): string {
  switch (l.kind) {
    case 'utc':
      return 'UTC';
    case 'local':
      return 'Local';
    default:
      return l.name;
  }
}

/** The zone in effect at a Unix second: its abbreviation and offset east of UTC in seconds. */
export function lookupZone(l: Location, unixSec: number): { name: string; offset: number } {
  switch (l.kind) {
    case 'utc':
    case 'local':
      return { name: 'UTC', offset: 0 };
    case 'fixed':
      return { name: l.name, offset: l.offset };
    case 'zone': {
      const offset = intlOffset(l.tz, unixSec);
      return { name: abbreviation(l, unixSec, offset), offset };
    }
  }
}

/** Location.lookupName: the offset a zone abbreviation has in this location, if any. */
export function lookupZoneName(l: Location, name: string, unixSec: number): number | undefined {
  if (l.kind === 'utc' || l.kind === 'local') return name === 'UTC' ? 0 : undefined;
  if (l.kind === 'fixed') return l.name === name ? l.offset : undefined;
  // Go scans the zone's abbreviations; try the ones this instant and half a year away use.
  for (const t of [unixSec, unixSec - 182 * 86400, unixSec + 182 * 86400]) {
    const z = lookupZone(l, t);
    if (z.name === name) return z.offset;
  }
  return undefined;
}

/**
 * time.LoadLocation: "" and "UTC" are UTC, "Local" is Local, anything else must name a
 * zone file. Go's file lookup is case-sensitive, Intl's is not, so a name that Intl only
 * knows under another spelling of the same letters is refused as Go refuses it.
 */
export function loadLocation(name: string): Location | undefined {
  if (name === '' || name === 'UTC') return UTC;
  if (name === 'Local') return Local;
  if (name.includes('..') || name.startsWith('/') || name.startsWith('\\')) return undefined;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
  if (resolved !== name && resolved.toLowerCase() === name.toLowerCase()) return undefined;
  // Every zone file name segment starts with a capital; Intl also takes "us/eastern".
  if (name.split('/').some((seg) => /^[a-z]/.test(seg))) return undefined;
  return { kind: 'zone', name, tz: name };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(tz, f);
  }
  return f;
}

// JavaScript dates reach ±8.64e15 ms; beyond that no zone rules apply anyway.
const MAX_JS_SEC = 8.64e12;

function intlOffset(tz: string, unixSec: number): number {
  if (!(Math.abs(unixSec) < MAX_JS_SEC)) return 0;
  const parts = formatter(tz).formatToParts(new Date(unixSec * 1000));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '0';
  let year = Number(get('year'));
  if (/^B/.test(get('era'))) year = 1 - year;
  const wall =
    daysFromCivil(year, Number(get('month')), Number(get('day'))) * 86400 +
    Number(get('hour')) * 3600 +
    Number(get('minute')) * 60 +
    Number(get('second'));
  return wall - Math.floor(unixSec);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1..12). */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function abbreviation(l: { name: string; tz: string }, unixSec: number, offset: number): string {
  const names = ZONE_ABBRS[l.name] ?? ZONE_ABBRS[canonical(l.tz)];
  if (names) {
    if (names[0] === names[1]) return names[0];
    // The table holds [abbreviation at the smaller offset, at the larger] of the year.
    const year = Math.floor(unixSec / 31556952) + 1970;
    const jan = intlOffset(l.tz, (daysFromCivil(year, 1, 1)) * 86400);
    const jul = intlOffset(l.tz, (daysFromCivil(year, 7, 1)) * 86400);
    if (jan === jul) return names[0];
    return offset <= Math.min(jan, jul) ? names[0] : names[1];
  }
  return numericAbbr(offset);
}

function canonical(tz: string): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: tz }).resolvedOptions().timeZone;
  } catch {
    return tz;
  }
}

/** The tz database's style for zones without letters: "+04", "-03", "+0530". */
function numericAbbr(offset: number): string {
  const sign = offset < 0 ? '-' : '+';
  const a = Math.abs(offset);
  const h = Math.floor(a / 3600);
  const m = Math.floor((a % 3600) / 60);
  const hh = String(h).padStart(2, '0');
  return m === 0 ? `${sign}${hh}` : `${sign}${hh}${String(m).padStart(2, '0')}`;
}

// Abbreviations as the Helm binary prints them (tz database 2025), [smaller offset, larger].
const ZONE_ABBRS: Record<string, [string, string]> = Object.create(null);
function zones(abbrs: [string, string], names: string): void {
  for (const n of names.split(' ')) ZONE_ABBRS[n] = abbrs;
}
zones(['UTC', 'UTC'], 'UTC Etc/UTC Etc/UCT Etc/Universal Etc/Zulu UCT Universal Zulu');
zones(['GMT', 'GMT'], 'GMT Etc/GMT Etc/GMT+0 Etc/GMT-0 Etc/GMT0 Etc/Greenwich GMT+0 GMT-0 GMT0 Greenwich Africa/Abidjan Africa/Accra Africa/Dakar Atlantic/Reykjavik Iceland');
zones(['EST', 'EDT'], 'America/New_York America/Toronto America/Detroit America/Montreal America/Nassau America/Indiana/Indianapolis America/Indianapolis America/Kentucky/Louisville America/Louisville US/Eastern US/Michigan Canada/Eastern EST5EDT');
zones(['CST', 'CDT'], 'America/Chicago America/Winnipeg America/Indiana/Knox America/Menominee US/Central Canada/Central CST6CDT');
zones(['MST', 'MDT'], 'America/Denver America/Edmonton America/Boise US/Mountain Canada/Mountain MST7MDT Navajo America/Shiprock');
zones(['PST', 'PDT'], 'America/Los_Angeles America/Vancouver America/Tijuana US/Pacific Canada/Pacific PST8PDT');
zones(['AKST', 'AKDT'], 'America/Anchorage America/Juneau America/Sitka America/Nome US/Alaska');
zones(['HST', 'HST'], 'Pacific/Honolulu US/Hawaii HST');
zones(['MST', 'MST'], 'America/Phoenix US/Arizona MST');
zones(['EST', 'EST'], 'EST America/Panama America/Cancun America/Jamaica Jamaica');
zones(['CST', 'CST'], 'America/Mexico_City America/Regina America/Guatemala America/Costa_Rica America/El_Salvador America/Monterrey America/Merida Canada/Saskatchewan Asia/Shanghai Asia/Taipei Asia/Macau Asia/Chongqing Asia/Harbin PRC ROC');
zones(['AST', 'ADT'], 'America/Halifax America/Glace_Bay America/Moncton Atlantic/Bermuda Canada/Atlantic');
zones(['AST', 'AST'], 'America/Puerto_Rico America/Santo_Domingo America/Barbados America/Martinique');
zones(['NST', 'NDT'], 'America/St_Johns Canada/Newfoundland');
zones(['GMT', 'BST'], 'Europe/London Europe/Belfast Europe/Guernsey Europe/Isle_of_Man Europe/Jersey GB GB-Eire');
zones(['GMT', 'IST'], 'Europe/Dublin Eire');
zones(['WET', 'WEST'], 'Europe/Lisbon Atlantic/Canary Atlantic/Madeira Atlantic/Faroe Portugal WET');
zones(['CET', 'CEST'], 'Europe/Paris Europe/Berlin Europe/Madrid Europe/Rome Europe/Amsterdam Europe/Brussels Europe/Zurich Europe/Stockholm Europe/Oslo Europe/Copenhagen Europe/Warsaw Europe/Prague Europe/Vienna Europe/Budapest Europe/Luxembourg Europe/Monaco Europe/Malta Europe/Belgrade Europe/Bratislava Europe/Ljubljana Europe/Zagreb Europe/Sarajevo Europe/Skopje Europe/Podgorica Europe/Tirane Europe/Andorra Europe/Gibraltar Europe/Vaduz Europe/San_Marino Europe/Vatican Europe/Busingen Africa/Ceuta Arctic/Longyearbyen Poland CET MET');
zones(['EET', 'EEST'], 'Europe/Athens Europe/Helsinki Europe/Kiev Europe/Kyiv Europe/Bucharest Europe/Sofia Europe/Riga Europe/Tallinn Europe/Vilnius Europe/Chisinau Europe/Mariehamn Asia/Nicosia Asia/Beirut Europe/Nicosia Africa/Cairo Egypt EET');
zones(['EET', 'EET'], 'Europe/Kaliningrad Africa/Tripoli Libya');
zones(['MSK', 'MSK'], 'Europe/Moscow Europe/Simferopol W-SU');
zones(['SAST', 'SAST'], 'Africa/Johannesburg Africa/Maseru Africa/Mbabane');
zones(['WAT', 'WAT'], 'Africa/Lagos Africa/Kinshasa Africa/Luanda Africa/Douala Africa/Libreville Africa/Malabo Africa/Niamey Africa/Porto-Novo Africa/Bangui Africa/Brazzaville Africa/Ndjamena');
zones(['CAT', 'CAT'], 'Africa/Maputo Africa/Harare Africa/Lusaka Africa/Gaborone Africa/Blantyre Africa/Bujumbura Africa/Kigali Africa/Lubumbashi Africa/Windhoek Africa/Khartoum Africa/Juba');
zones(['EAT', 'EAT'], 'Africa/Nairobi Africa/Addis_Ababa Africa/Dar_es_Salaam Africa/Kampala Africa/Mogadishu Africa/Djibouti Africa/Asmara Indian/Antananarivo Indian/Comoro Indian/Mayotte');
zones(['PKT', 'PKT'], 'Asia/Karachi');
zones(['IST', 'IST'], 'Asia/Kolkata Asia/Calcutta');
zones(['IST', 'IDT'], 'Asia/Jerusalem Asia/Tel_Aviv Israel');
zones(['WIB', 'WIB'], 'Asia/Jakarta Asia/Pontianak');
zones(['WITA', 'WITA'], 'Asia/Makassar');
zones(['WIT', 'WIT'], 'Asia/Jayapura');
zones(['HKT', 'HKT'], 'Asia/Hong_Kong Hongkong');
zones(['PST', 'PST'], 'Asia/Manila');
zones(['KST', 'KST'], 'Asia/Seoul Asia/Pyongyang ROK');
zones(['JST', 'JST'], 'Asia/Tokyo Japan');
zones(['AWST', 'AWST'], 'Australia/Perth Australia/West');
zones(['ACST', 'ACDT'], 'Australia/Adelaide Australia/Broken_Hill Australia/South Australia/Yancowinna');
zones(['ACST', 'ACST'], 'Australia/Darwin Australia/North');
zones(['AEST', 'AEST'], 'Australia/Brisbane Australia/Lindeman Australia/Queensland');
zones(['AEST', 'AEDT'], 'Australia/Sydney Australia/Melbourne Australia/Hobart Australia/Canberra Australia/ACT Australia/NSW Australia/Victoria Australia/Tasmania Australia/Currie');
zones(['NZST', 'NZDT'], 'Pacific/Auckland Antarctica/McMurdo Antarctica/South_Pole NZ');
zones(['ChST', 'ChST'], 'Pacific/Guam Pacific/Saipan');
zones(['SST', 'SST'], 'Pacific/Pago_Pago Pacific/Midway Pacific/Samoa US/Samoa');
