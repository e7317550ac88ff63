import path from "node:path";

import { sameLanguage } from "./content/language";
import { loadTalks, type Talk, type TalkEvent } from "./content/load-talks";
import { getProfile } from "./profile";
import { calendarDayOf, comparePartialDates, isAfterDay, type CalendarDay } from "./content/partial-date";
import { slugFromTitle } from "./content/slug";

export type { EventFormat, Talk, TalkEvent, TalkLink, TalkSpeaker } from "./content/load-talks";
export { EVENT_FORMAT_LABELS, languageName } from "./content/language";
export { formatPartialDate, toIsoString, type CalendarDay, type PartialDate } from "./content/partial-date";

// A literal path: a path built from a variable makes Next's tracer include the whole project.
const TALKS_DIRECTORY = path.join(process.cwd(), "content", "talks");
// Where a talk's PDF deck must exist: the files the site serves.
const PUBLIC_DIRECTORY = path.join(process.cwd(), "public");
// Next's own cache folder: kept between local builds and by Vercel's build cache, never exported.
const PLACES_CACHE_FILE = path.join(process.cwd(), ".next", "cache", "places.json");

const isDevelopment = process.env.NODE_ENV === "development";

let cachedTalks: readonly Talk[] | undefined;

/**
 * Every talk, newest first (ties by title). Read and validated once per build; in
 * `npm run dev` it is read on every request, so edits show on reload, and drafts
 * are included.
 */
export function getTalks(): readonly Talk[] {
  if (cachedTalks && !isDevelopment) return cachedTalks;
  // Only `next dev` shows drafts; builds, tests and scripts see what production publishes.
  const talks = loadTalks(TALKS_DIRECTORY, {
    includeDrafts: isDevelopment,
    publicDirectory: PUBLIC_DIRECTORY,
    placesCacheFile: PLACES_CACHE_FILE,
    defaultLanguage: getProfile().language,
  });
  cachedTalks = talks;
  return talks;
}

export function getTalk(slug: string): Talk | undefined {
  return getTalks().find((talk) => talk.slug === slug);
}

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
    talk.events.filter((event) => isUpcomingEvent(event, today)).map((event) => event.date).sort(comparePartialDates)[0];
  const upcoming = talks
    .filter((talk) => isUpcomingTalk(talk, today))
    .sort((a, b) => comparePartialDates(nextEventDate(a)!, nextEventDate(b)!) || a.title.localeCompare(b.title, "en"));
  const past = talks.filter((talk) => !isUpcomingTalk(talk, today));
  return { upcoming, past };
}

export type Topic = {
  /** As the talk files spell it: "eBPF". */
  name: string;
  /** Its URL segment: /talks/tags/<slug>. */
  slug: string;
  /** Published talks with this tag. */
  count: number;
};

/** "Continuous Profiling" -> "continuous-profiling"; the same rule as talk slugs. */
export function topicSlug(tag: string): string {
  return slugFromTitle(tag);
}

/**
 * Every tag in use, the most used first (ties by name). Tags that differ only in case or
 * accents ("eBPF", "ebpf") share a page, named as the first talk in order spells it.
 */
export function getTopics(talks: readonly Talk[] = getTalks()): Topic[] {
  const topics = new Map<string, Topic>();
  for (const talk of talks) {
    for (const slug of new Set(talk.tags.map(topicSlug))) {
      const topic = topics.get(slug);
      if (topic) topic.count += 1;
      else topics.set(slug, { name: talk.tags.find((tag) => topicSlug(tag) === slug)!, slug, count: 1 });
    }
  }
  return [...topics.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "en"));
}

export function getTopic(slug: string): { topic: Topic; talks: Talk[] } | undefined {
  const topic = getTopics().find((candidate) => candidate.slug === slug);
  if (!topic) return undefined;
  return { topic, talks: getTalks().filter((talk) => talk.tags.some((tag) => topicSlug(tag) === slug)) };
}

/** The site's language, which pages are written in (content/speaker.mdx's `language`). */
export function siteLanguage(): string {
  return getProfile().language;
}

/**
 * The `lang` attribute for text in `tag`: undefined when it is the page's own language, so
 * that only text in another language is marked (for screen readers' voices and search engines).
 */
export function langAttribute(tag: string, pageLanguage: string = siteLanguage()): string | undefined {
  return sameLanguage(tag, pageLanguage) ? undefined : tag;
}

export { eventFacets, inLanguageLabel, searchFacets } from "./event-facets";
