import type { Talk } from "../content/load-talks";
import { slugFromTitle } from "../content/slug";
import { getTalks } from "../content/talks";

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
