import type { MetadataRoute } from "next";

import { lastModified } from "./last-modified";
import type { Talk } from "../content/load-talks";
import type { CalendarDay } from "../content/partial-date";
import { absoluteUrl, routes } from "../site/routes";
import { getTopics, topicSlug } from "../site/topics";

/**
 * Every page of the site with its absolute URL and, where the content tells, when it
 * last changed (see `lastModified`): the home page, the about page, the index, the search page, each
 * talk and its organisers' kit, the list of topics and each topic's page. (Not the short links'
 * pages, which only send the browser on, nor the cards other sites frame.)
 */
export function sitemapEntries(
  talks: readonly Talk[],
  site: { url: string },
  today: CalendarDay,
): MetadataRoute.Sitemap {
  const entry = (path: string, pageTalks: readonly Talk[]): MetadataRoute.Sitemap[number] => {
    const modified = lastModified(pageTalks, today);
    return { url: absoluteUrl(path, site.url), ...(modified ? { lastModified: modified } : {}) };
  };
  return [
    entry(routes.home, talks),
    entry(routes.about, talks),
    entry(routes.talks, talks),
    entry(routes.search, talks),
    ...talks.map((talk) => entry(routes.talk(talk.slug), [talk])),
    ...talks.map((talk) => entry(routes.talkKit(talk.slug), [talk])),
    entry(routes.topics, talks),
    ...getTopics(talks).map((topic) =>
      entry(
        routes.topic(topic.slug),
        talks.filter((talk) => talk.tags.some((tag) => topicSlug(tag) === topic.slug)),
      ),
    ),
  ];
}
