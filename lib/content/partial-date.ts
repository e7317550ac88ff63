import { YEAR_RANGE } from "./limits";

/**
 * Event dates are known to different precisions: a year, a month, or a day.
 * A PartialDate keeps exactly what the author wrote, so the site never shows
 * a day or a month that nobody knows.
 */
export type PartialDate = {
  year: number;
  /** 1-12 when known. */
  month?: number;
  /** 1-31 when known; only present together with a month. */
  day?: number;
};

export const PARTIAL_DATE_FORMAT = "YYYY, YYYY-MM or YYYY-MM-DD";

const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTH_NAMES = [
  "Jan", "Feb", "Mar", "Apr", "May", "Jun",
  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
] as const;

const FULL_MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids DST edges.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export type PartialDateParseResult =
  | { ok: true; date: PartialDate }
  | { ok: false; reason: string };

/** Parses "2020", "2020-02" or "2020-02-01", rejecting impossible months and days. */
export function parsePartialDate(text: string): PartialDateParseResult {
  const match = PARTIAL_DATE_PATTERN.exec(text);
  if (!match) return { ok: false, reason: `expected ${PARTIAL_DATE_FORMAT}` };
  const year = Number(match[1]);
  if (year < YEAR_RANGE.first || year > YEAR_RANGE.last) {
    return { ok: false, reason: `expected a year from ${YEAR_RANGE.first} to ${YEAR_RANGE.last} (${PARTIAL_DATE_FORMAT})` };
  }
  if (match[2] === undefined) return { ok: true, date: { year } };
  const month = Number(match[2]);
  if (month < 1 || month > 12) {
    return { ok: false, reason: `expected a month from 01 to 12 (${PARTIAL_DATE_FORMAT})` };
  }
  if (match[3] === undefined) return { ok: true, date: { year, month } };
  const day = Number(match[3]);
  const lastDay = daysInMonth(year, month);
  if (day < 1 || day > lastDay) {
    return {
      ok: false,
      reason: `expected a real date: ${FULL_MONTH_NAMES[month - 1]} ${year} has ${lastDay} days`,
    };
  }
  return { ok: true, date: { year, month, day } };
}

/** Machine-readable form at the date's own precision, valid for `<time dateTime>`. */
export function toIsoString(date: PartialDate): string {
  const parts = [String(date.year).padStart(4, "0")];
  if (date.month !== undefined) parts.push(String(date.month).padStart(2, "0"));
  if (date.day !== undefined) parts.push(String(date.day).padStart(2, "0"));
  return parts.join("-");
}

/** Human form at the date's own precision: "2020", "Feb 2020" or "1 Feb 2020". */
export function formatPartialDate(date: PartialDate): string {
  if (date.month === undefined) return String(date.year);
  const month = MONTH_NAMES[date.month - 1];
  if (date.day === undefined) return `${month} ${date.year}`;
  return `${date.day} ${month} ${date.year}`;
}

/**
 * Orders dates oldest first. A date sorts at the start of the period it names,
 * so "2021" comes before "2021-10", and "2022-05" before "2022-05-16".
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

/** A calendar day in UTC, the unit the site's "today" is measured in. */
export type CalendarDay = { year: number; month: number; day: number };

export function calendarDayOf(instant: Date): CalendarDay {
  return { year: instant.getUTCFullYear(), month: instant.getUTCMonth() + 1, day: instant.getUTCDate() };
}

/**
 * True when the whole period a date names lies after `day`, judged by its first day:
 * "2027-03" is after 2027-02-28, but "2026-11" is not after 2026-11-05 (it may mean the 1st).
 */
export function isAfterDay(date: PartialDate, day: CalendarDay): boolean {
  const firstDay: CalendarDay = { year: date.year, month: date.month ?? 1, day: date.day ?? 1 };
  return comparePartialDates(firstDay, day) > 0;
}
