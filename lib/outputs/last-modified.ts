import type { Talk } from "../content/load-talks";
import { isAfterDay, type CalendarDay, type PartialDate } from "../content/partial-date";

/**
 * The instant a partial date starts: "2021-05" is 1 May 2021 and "2021" is 1 January,
 * at midnight UTC. Feeds and the sitemap need an instant; this is the one rule for it,
 * the same "a date sorts at the start of its period" that ordering uses.
 */
export function startOfPartialDate(date: PartialDate): Date {
  return new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}

/**
 * When the page for `talks` (one talk, or a list of them) last changed, as the sitemap
 * says it: the newest event date that is not after `today`, from the content, never
 * from the build clock, so that a rebuild with nothing new keeps every date.
 *
 * An event still to come is left out: a lastmod in the future is an error to crawlers.
 * A page whose talks are all still to come gets no date at all (undefined) rather than
 * `today`, which would change on every build without the page changing, the kind of
 * lastmod search engines learn to ignore.
 */
export function lastModified(talks: readonly Talk[], today: CalendarDay): Date | undefined {
  let newest: Date | undefined;
  for (const talk of talks) {
    for (const event of talk.events) {
      if (isAfterDay(event.date, today)) continue;
      const start = startOfPartialDate(event.date);
      if (!newest || start > newest) newest = start;
    }
  }
  return newest;
}
