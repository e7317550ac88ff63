import { PLACES_CACHE_FILE, PUBLIC_DIRECTORY, TALKS_DIRECTORY } from "../paths.mjs";
import { loadTalks, type Talk } from "./load-talks";
import { getProfile } from "./profile";

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

/** Every talk's slug as a route's static params: each page or file under /talks/<slug>/. */
export function talkSlugParams(): { slug: string }[] {
  return getTalks().map((talk) => ({ slug: talk.slug }));
}

export function getTalk(slug: string): Talk | undefined {
  return getTalks().find((talk) => talk.slug === slug);
}
