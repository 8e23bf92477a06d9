import { formatProgrammeTime } from '../agenda/programme.js';

/**
 * The Action Report's times are wall-clock times in one time zone, written as the programme
 * writes them ("9.10", "12.40"). The screens show times in the device's own zone; the report is
 * made on a server that may be anywhere, so the zone is said, not assumed: the screen that asks
 * for the report sends its own (the console's laptop is in the room), and without one the
 * councils' own, Europe/London (REPORT-3).
 */
export const DEFAULT_REPORT_TIME_ZONE = 'Europe/London';

/** Whether `zone` is an IANA time zone this runtime knows ("Europe/London", "UTC"). */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(zone) || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The zone itself, or the default when it is missing or not a zone. */
export function reportTimeZone(zone: string | null | undefined): string {
  return zone && isTimeZone(zone) ? zone : DEFAULT_REPORT_TIME_ZONE;
}

function parts(ms: number, zone: string): Record<string, string> {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return Object.fromEntries(format.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
}

/** A server timestamp as a programme time in `zone`: "9.10", "1.05". */
export function timeInZone(ms: number, zone: string): string {
  const { hour, minute } = parts(ms, zone);
  return formatProgrammeTime(Number(hour) * 60 + Number(minute));
}

/** The calendar day of a timestamp in `zone`, "2026-11-29": for file names and sorting. */
export function isoDateInZone(ms: number, zone: string): string {
  const { year, month, day } = parts(ms, zone);
  return `${year}-${month}-${day}`;
}

const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const SHORT_DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

const utcMidday = (isoDate: string) => Date.parse(`${isoDate}T12:00:00Z`);

/** "2026-11-29" → "Sunday 29 November 2026": a calendar day, the same in every zone. */
export function longDate(isoDate: string): string {
  return LONG_DATE.format(utcMidday(isoDate)).replace(',', '');
}

/** "2027-03-31" → "31 March 2027". */
export function shortDate(isoDate: string): string {
  return SHORT_DATE.format(utcMidday(isoDate));
}

/** Whole minutes between two timestamps, rounded: how long an item ran. */
export function minutesBetween(fromMs: number, toMs: number): number {
  return Math.round((toMs - fromMs) / 60_000);
}
