import { BackToTalks } from "@/components/layout/back-to-talks";
import type { Topic } from "@/lib/site/topics";

import { TopicList } from "./topic-list";

/** /talks/tags: every topic, the most frequent first. */
export function AllTopics({ topics }: { topics: readonly Topic[] }) {
  return (
    <div className="mx-auto max-w-3xl">
      <BackToTalks />
      <header className="mt-6 pb-8">
        <h1 className="text-4xl font-bold tracking-tight">Topics</h1>
        <p className="mt-4 text-lg text-muted">
          {topics.length} topics, the most frequent first. Each leads to its talks.
        </p>
      </header>
      <TopicList topics={topics} />
    </div>
  );
}
