import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { TopicTalks } from "@/components/talks/topic-talks";
import { firstDecks } from "@/lib/content/decks";
import { pageMetadata } from "@/lib/outputs/metadata";
import { routes } from "@/lib/site/routes";
import { site } from "@/lib/site/site";
import { getTopic, getTopics } from "@/lib/site/topics";
import { plural } from "@/lib/words";

type Props = {
  params: Promise<{ tag: string }>;
};

// A page per topic in use, generated at build; any other tag is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return getTopics().map((topic) => ({ tag: topic.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag } = await params;
  const found = getTopic(tag);
  if (!found) return {};
  const { topic } = found;
  return pageMetadata({
    title: `Talks on ${topic.name}`,
    description: `${plural(topic.count, "talk", "talks")} by ${site.name} on ${topic.name}, with slides, recordings and the events where each was given.`,
    path: routes.topic(topic.slug),
    type: "website",
  });
}

export default async function TopicPage({ params }: Props) {
  const found = getTopic((await params).tag);
  if (!found) notFound();
  return <TopicTalks topic={found.topic} talks={found.talks} decks={await firstDecks(found.talks)} />;
}
