import type { Talk, TalkEvent } from "../content/load-talks";
import { calendarDayOf, comparePartialDates, isAfterDay, type CalendarDay } from "../content/partial-date";
import { getTalks } from "../content/talks";

/**
 * What pages ask of the talks beyond reading them: their order, their years, and which
 * are still to come.
 */

/** The talks either side of `slug` in the newest-first order. */
export function getAdjacentTalks(slug: string): { newer?: Talk; older?: Talk } {
  const talks = getTalks();
  const index = talks.findIndex((talk) => talk.slug === slug);
  if (index === -1) return {};
  return { newer: talks[index - 1], older: talks[index + 1] };
}

export type TalksInYear = { year: number; talks: Talk[] };

/** Groups already-sorted talks by the year of their latest event, keeping the order. */
export function groupTalksByYear(talks: readonly Talk[]): TalksInYear[] {
  const groups: TalksInYear[] = [];
  for (const talk of talks) {
    const last = groups.at(-1);
    if (last && last.year === talk.date.year) last.talks.push(talk);
    else groups.push({ year: talk.date.year, talks: [talk] });
  }
  return groups;
}

/**
 * The day the site was built, in UTC. A static site knows no other "today": an event
 * after it is upcoming until the next build, which the next talk file triggers.
 */
export const buildDay: CalendarDay = calendarDayOf(new Date());

export function isUpcomingEvent(event: TalkEvent, today: CalendarDay = buildDay): boolean {
  return isAfterDay(event.date, today);
}

/** A talk is upcoming while any of its events is. */
export function isUpcomingTalk(talk: Talk, today: CalendarDay = buildDay): boolean {
  return talk.events.some((event) => isUpcomingEvent(event, today));
}

/**
 * Splits talks into upcoming (the soonest first, by their next event) and past (kept in
 * the given newest-first order). A talk given before and scheduled again is upcoming.
 */
export function splitUpcomingTalks(
  talks: readonly Talk[],
  today: CalendarDay = buildDay,
): { upcoming: Talk[]; past: Talk[] } {
  const nextEventDate = (talk: Talk) =>
    talk.events
      .filter((event) => isUpcomingEvent(event, today))
      .map((event) => event.date)
      .sort(comparePartialDates)[0];
  const upcoming = talks
    .filter((talk) => isUpcomingTalk(talk, today))
    .sort((a, b) => comparePartialDates(nextEventDate(a)!, nextEventDate(b)!) || a.title.localeCompare(b.title, "en"));
  const past = talks.filter((talk) => !isUpcomingTalk(talk, today));
  return { upcoming, past };
}
