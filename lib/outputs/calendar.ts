import { type FeedSite } from "./feeds";
import type { Talk, TalkEvent } from "../content/load-talks";
/**
 * The talks as an iCalendar file (RFC 5545) to subscribe to: one all-day event per
 * talk event whose day is known; and, for each such event still to come, a file of its
 * own to add it to a calendar once. Pure functions of the talks and the site, so the
 * same content always gives the same bytes.
 */
import { isAfterDay, type CalendarDay } from "../content/partial-date";
import { eventSlug, slugFromTitle } from "../content/slug";
import { eventFacets } from "../site/event-facets";
import { absoluteUrl, routes } from "../site/routes";

/** The type of /talks.ics and of each event's file; lib/serving/http-headers.cjs forces it on static hosts. */
export const CALENDAR_CONTENT_TYPE = "text/calendar; charset=utf-8";

/** An event dated to the day; a month or a year alone cannot be put on a calendar. */
type DatedEvent = TalkEvent & { date: { year: number; month: number; day: number } };

export function isFullyDated(event: TalkEvent): event is DatedEvent {
  return event.date.month !== undefined && event.date.day !== undefined;
}

/** Every event the calendar holds, with its talk, in the talks' order (newest first). */
export function calendarEvents(talks: readonly Talk[]): { talk: Talk; event: DatedEvent }[] {
  return talks
    .filter((talk) => !talk.draft)
    .flatMap((talk) => talk.events.filter(isFullyDated).map((event) => ({ talk, event })));
}

/** "20220516": an iCalendar DATE. */
function icalDate({ year, month, day }: DatedEvent["date"]): string {
  return `${String(year).padStart(4, "0")}${String(month).padStart(2, "0")}${String(day).padStart(2, "0")}`;
}

function nextDay({ year, month, day }: DatedEvent["date"]): DatedEvent["date"] {
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

// RFC 5545 TEXT allows no control character but tab (a line break is written \n).
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000A-\u001F\u007F]/g;

/** A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line breaks as \n. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\\;,]/g, (character) => `\\${character}`)
    .replace(/\n/g, "\\n")
    .replace(CONTROL_CHARACTERS, "");
}

const MAX_LINE_OCTETS = 75;
const encoder = new TextEncoder();

/**
 * Folds a content line to at most 75 octets per line (RFC 5545 §3.1): each continuation
 * starts with a space, which unfolding removes. Counted in UTF-8 bytes and cut only
 * between code points, so a multi-byte character is never split across lines.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = "";
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = " ";
      octets = 1;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join("\r\n");
}

/**
 * Stable across builds: the same talk, day and event always give the same UID, so a
 * subscribed calendar updates an event in place instead of duplicating it. The event's
 * name is part of it because one talk can be given twice on one day.
 */
export function eventUid(talk: Talk, event: DatedEvent, siteHost: string): string {
  return `${talk.slug}-${icalDate(event.date)}-${slugFromTitle(event.name)}@${siteHost}`;
}

/**
 * "eBPF? Safety First! — Cloud-Native eBPF Day EU 2022". The title comes first because
 * it is what the calendar is about and a narrow month view shows only the start; the
 * event's name follows because LOCATION holds the place, not the conference, and one
 * talk given at two events would otherwise show as two identical entries.
 */
function eventSummary(talk: Talk, event: TalkEvent): string {
  return `${talk.title} — ${event.name}`;
}

/** "Workshop, in English." and a blank line, for an event that is not a talk in the talk's language; else nothing. */
function eventFacetsLine(talk: Talk, event: TalkEvent): string {
  const facets = eventFacets(event, talk);
  if (facets.length === 0) return "";
  const sentence = facets.join(", ");
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.\n\n`;
}

/** One event's VEVENT: the same lines in /talks.ics and in the event's own file. */
function veventLines(talk: Talk, event: DatedEvent, site: FeedSite, host: string): string[] {
  const url = absoluteUrl(routes.talk(talk.slug), site.url);
  return [
    "BEGIN:VEVENT",
    `UID:${eventUid(talk, event, host)}`,
    // DTSTAMP must be a UTC date-time. The event's own day, not the build clock, so a
    // rebuild changes nothing; clients replace a subscribed calendar's events by UID
    // on every refresh, so they do not need it to move when a detail is edited.
    `DTSTAMP:${icalDate(event.date)}T000000Z`,
    `DTSTART;VALUE=DATE:${icalDate(event.date)}`,
    // All-day events end on the next day: DTEND is exclusive.
    `DTEND;VALUE=DATE:${icalDate(nextDay(event.date))}`,
    // The title and summary are in the talk's language (RFC 5545's LANGUAGE parameter).
    `SUMMARY;LANGUAGE=${talk.language}:${escapeText(eventSummary(talk, event))}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    `URL:${url}`,
    // The link again in the text: several calendar apps (Google's among them) never show URL.
    `DESCRIPTION;LANGUAGE=${talk.language}:${escapeText(`${talk.summary}\n\n${eventFacetsLine(talk, event)}${url}`)}`,
    ...(talk.tags.length > 0 ? [`CATEGORIES:${talk.tags.map(escapeText).join(",")}`] : []),
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
  ];
}

/** The lines every calendar file of the site opens with. */
function calendarHead(site: FeedSite, host: string): string[] {
  return [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-//${host}//Talks//${site.locale.toUpperCase()}`,
    "CALSCALE:GREGORIAN",
  ];
}

function calendarText(lines: readonly string[]): string {
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}

export function buildCalendar(talks: readonly Talk[], site: FeedSite): string {
  const host = new URL(site.url).host;
  return calendarText([
    ...calendarHead(site, host),
    `X-WR-CALNAME:${escapeText(`Talks by ${site.name}`)}`,
    `X-WR-CALDESC:${escapeText(site.description)}`,
    ...calendarEvents(talks).flatMap(({ talk, event }) => veventLines(talk, event, site, host)),
    "END:VCALENDAR",
  ]);
}

/**
 * One event alone, to add once ("Add to calendar"): the VEVENT of /talks.ics, byte for
 * byte, so a calendar that has both holds the event once (same UID). No X-WR-CALNAME:
 * with one, some apps (Apple's) make a new calendar for the file instead of adding the
 * event to the visitor's own.
 */
export function buildEventCalendar(talk: Talk, event: DatedEvent, site: FeedSite): string {
  const host = new URL(site.url).host;
  return calendarText([...calendarHead(site, host), ...veventLines(talk, event, site, host), "END:VCALENDAR"]);
}

/** An upcoming event's own calendar file. */
export type EventCalendarFile = {
  talk: Talk;
  event: DatedEvent;
  /** "future-conf-2027-2027-03-14.ics": the last segment of its path (see eventSlug). */
  fileName: string;
  /** "/talks/<talk slug>/future-conf-2027-2027-03-14.ics" */
  path: string;
};

/**
 * The events that get a file of their own: the calendar's events (dated to the day, not
 * drafts) that are after `today`, i.e. upcoming as lib/talks counts it. A past event has
 * nothing left to attend, and a month or a year has no day to put in a calendar.
 */
export function eventCalendarFiles(talks: readonly Talk[], today: CalendarDay): EventCalendarFile[] {
  return calendarEvents(talks)
    .filter(({ event }) => isAfterDay(event.date, today))
    .map(({ talk, event }) => {
      const fileName = `${eventSlug(event)}.ics`;
      return { talk, event, fileName, path: routes.eventCalendar(talk.slug, fileName) };
    });
}
