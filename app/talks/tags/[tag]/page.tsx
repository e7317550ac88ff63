import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { BackToTalks } from "@/components/layout/back-to-talks";
import { TalkYearGroups } from "@/components/talks/talk-year-groups";
import { TopicList } from "@/components/talks/topic-list";
import { SmartLink } from "@/components/ui/smart-link";
import { pageMetadata } from "@/lib/outputs/metadata";
import { routes } from "@/lib/site/routes";
import { site } from "@/lib/site/site";
import { getTopic, getTopics } from "@/lib/site/topics";
import { plural, pluralNoun } from "@/lib/words";

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
  const { tag } = await params;
  const found = getTopic(tag);
  if (!found) notFound();
  const { topic, talks } = found;

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
      <TalkYearGroups talks={talks} />
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
