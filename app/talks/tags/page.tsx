import type { Metadata } from "next";

import { AllTopics } from "@/components/talks/all-topics";
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
  return <AllTopics topics={getTopics()} />;
}
