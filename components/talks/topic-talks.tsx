import { BackToTalks } from "@/components/layout/back-to-talks";
import { SmartLink } from "@/components/ui/smart-link";
import type { Talk } from "@/lib/content/load-talks";
import { routes } from "@/lib/site/routes";
import { getTopics, type Topic } from "@/lib/site/topics";
import { pluralNoun } from "@/lib/words";

import { firstScreen, type CardDecks } from "./talk-card";
import { TalkYearGroups } from "./talk-year-groups";
import { TopicList } from "./topic-list";

/** /talks/tags/<topic>: the talks on one topic, by year, and the other topics. */
export function TopicTalks({ topic, talks, decks }: { topic: Topic; talks: readonly Talk[]; decks?: CardDecks }) {
  return (
    <>
      <BackToTalks />
      <header className="mt-6 pb-8">
        <p className="text-sm font-semibold tracking-widest text-muted uppercase">Topic</p>
        <h1 className="mt-2 text-4xl font-bold tracking-tight">{topic.name}</h1>
        <p className="mt-4 text-lg text-muted">
          {topic.count} {pluralNoun(topic.count, "talk", "talks")}, newest first.
        </p>
      </header>
      <TalkYearGroups talks={talks} decks={decks} inlineArt={firstScreen(talks)} />
      <nav aria-labelledby="other-topics-heading" className="border-t border-line pt-8">
        <h2 id="other-topics-heading" className="text-sm font-semibold text-ink">
          <SmartLink href={routes.topics} className="hover:text-accent hover:underline">
            All topics
          </SmartLink>
        </h2>
        <div className="mt-3">
          <TopicList topics={getTopics()} current={topic.slug} />
        </div>
      </nav>
    </>
  );
}
