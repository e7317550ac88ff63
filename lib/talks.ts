import path from "node:path";

import { loadTalks, type Talk } from "./content/load-talks";

export type { Talk, TalkEvent, TalkLink, TalkSpeaker } from "./content/load-talks";
export { formatPartialDate, toIsoString, type PartialDate } from "./content/partial-date";

// A literal path: a path built from a variable makes Next's tracer include the whole project.
const TALKS_DIRECTORY = path.join(process.cwd(), "content", "talks");

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
  const talks = loadTalks(TALKS_DIRECTORY, { includeDrafts: isDevelopment });
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
