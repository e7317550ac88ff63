import type { Metadata } from "next";

import { BackToTalks } from "@/components/layout/back-to-talks";
import { TopicList } from "@/components/talks/topic-list";
import { pageMetadata } from "@/lib/outputs/metadata";
import { routes } from "@/lib/site/routes";
import { site } from "@/lib/site/site";
import { getTopics } from "@/lib/site/topics";

export const metadata: Metadata = pageMetadata({
  title: "Topics",
  description: `The topics of ${site.name}'s talks, each with its own list of talks.`,
  path: routes.topics,
  type: "website",
});

export default function TopicsPage() {
  const topics = getTopics();
  return (
    <>
      <BackToTalks />
      <header className="mt-6 pb-8">
        <h1 className="text-4xl font-bold tracking-tight">Topics</h1>
        <p className="mt-4 text-lg text-muted">
          {topics.length} topics, the most frequent first. Each leads to its talks.
        </p>
      </header>
      <TopicList topics={topics} />
    </>
  );
}
