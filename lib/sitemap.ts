import type { MetadataRoute } from "next";

import type { Talk } from "./content/load-talks";
import type { CalendarDay } from "./content/partial-date";
import { lastModified } from "./last-modified";
import { getTopics, topicSlug } from "./talks";

/**
 * Every page of the site with its absolute URL and, where the content tells, when it
 * last changed (see `lastModified`): the home page, the about page, the index, each talk, the list of
 * topics and each topic's page.
 */
export function sitemapEntries(talks: readonly Talk[], site: { url: string }, today: CalendarDay): MetadataRoute.Sitemap {
  const entry = (path: string, pageTalks: readonly Talk[]): MetadataRoute.Sitemap[number] => {
    const modified = lastModified(pageTalks, today);
    return { url: `${site.url}${path}`, ...(modified ? { lastModified: modified } : {}) };
  };
  return [
    entry("/", talks),
    entry("/about", talks),
    entry("/talks", talks),
    ...talks.map((talk) => entry(`/talks/${talk.slug}`, [talk])),
    entry("/talks/tags", talks),
    ...getTopics(talks).map((topic) =>
      entry(
        `/talks/tags/${topic.slug}`,
        talks.filter((talk) => talk.tags.some((tag) => topicSlug(tag) === topic.slug)),
      ),
    ),
  ];
}
