import type { Talk } from "@/lib/content/load-talks";
import { site } from "@/lib/site/site";
import { splitUpcomingTalks } from "@/lib/site/talks";
import { getTopics } from "@/lib/site/topics";

import { TalkSearch } from "./talk-search";
import { SearchableTalkList, TalkYearGroups } from "./talk-year-groups";
import { TalksPerYearChart } from "./talks-per-year-chart";
import { TopicList } from "./topic-list";

/** /talks: every talk, upcoming first, then by year, with the chart, the topics and the search over them. */
export function TalksIndex({ talks }: { talks: readonly Talk[] }) {
  const { upcoming, past } = splitUpcomingTalks(talks);

  return (
    <>
      <header className="pb-8">
        <h1 className="text-4xl font-bold tracking-tight">Talks</h1>
        <p className="mt-4 max-w-2xl text-lg text-muted">
          Conference talks on observability, continuous profiling, eBPF, Prometheus, Thanos and Go, newest first. Each
          has its slides and, where one exists, a recording. You can also watch them all in the{" "}
          <a
            href={site.playlist.href}
            rel="noopener noreferrer"
            className="font-medium text-accent underline underline-offset-3"
          >
            {site.playlist.label}
          </a>
          .
        </p>
      </header>

      <div className="mb-10 grid gap-8 sm:grid-cols-[auto_1fr] sm:items-start">
        <TalksPerYearChart talks={talks} />
        <section aria-labelledby="topics-heading">
          <h2 id="topics-heading" className="text-sm font-semibold text-ink">
            Topics
          </h2>
          <div className="mt-3">
            <TopicList topics={getTopics(talks)} />
          </div>
        </section>
      </div>

      <TalkSearch total={talks.length} />

      {upcoming.length > 0 ? (
        // suppressHydrationWarning: hidden by the search island before hydration under `npm run dev`.
        <section aria-labelledby="upcoming-heading" className="mb-12" data-search-group="" suppressHydrationWarning>
          <h2 id="upcoming-heading" className="text-2xl font-bold tracking-tight">
            Upcoming
          </h2>
          <SearchableTalkList talks={upcoming} />
        </section>
      ) : null}

      <TalkYearGroups talks={past} />
    </>
  );
}
