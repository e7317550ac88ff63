import type { Talk } from "@/lib/content/load-talks";
import { splitUpcomingTalks } from "@/lib/site/talks";
import { getTopics } from "@/lib/site/topics";

import { firstScreen, type CardDecks } from "./talk-card";
import { TalkSearch } from "./talk-search";
import { SearchableTalkList, TalkYearGroups } from "./talk-year-groups";
import { TopicList } from "./topic-list";

/** /talks: the search first, the topics, then every talk: upcoming first, then by year. */
export function TalksIndex({ talks, decks }: { talks: readonly Talk[]; decks?: CardDecks }) {
  const { upcoming, past } = splitUpcomingTalks(talks);
  const firstCards = firstScreen([...upcoming, ...past]);

  return (
    <>
      <header className="pb-6">
        <h1 className="text-4xl font-bold tracking-tight">Talks</h1>
        <p className="mt-3 max-w-2xl text-lg text-muted">
          Every talk, newest first, with its slides and recordings and the events where it was given.
        </p>
      </header>

      <TalkSearch total={talks.length} />

      <nav aria-labelledby="topics-heading" className="mb-10">
        <h2 id="topics-heading" className="text-sm font-semibold text-ink">
          Talks by topic
        </h2>
        <div className="mt-3">
          <TopicList topics={getTopics(talks)} />
        </div>
      </nav>

      {upcoming.length > 0 ? (
        // suppressHydrationWarning: hidden by the search island before hydration under `npm run dev`.
        <section aria-labelledby="upcoming-heading" className="mb-12" data-search-group="" suppressHydrationWarning>
          <h2 id="upcoming-heading" className="text-2xl font-bold tracking-tight">
            Upcoming
          </h2>
          <SearchableTalkList talks={upcoming} decks={decks} inlineArt={firstCards} />
        </section>
      ) : null}

      <TalkYearGroups talks={past} decks={decks} inlineArt={firstCards} />
    </>
  );
}
