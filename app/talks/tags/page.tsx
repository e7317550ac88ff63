import type { Metadata } from "next";

import { BackToTalks } from "@/components/back-to-talks";
import { TopicList } from "@/components/topic-list";
import { pageMetadata } from "@/lib/metadata";
import { site } from "@/lib/site";
import { getTopics } from "@/lib/talks";

export const metadata: Metadata = pageMetadata({
  title: "Topics",
  description: `The topics of ${site.name}'s talks, each with its own list of talks.`,
  path: "/talks/tags",
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
