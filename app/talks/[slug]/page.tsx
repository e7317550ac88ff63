import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { JsonLd } from "@/components/layout/json-ld";
import { TalkArticle } from "@/components/talk/talk-article";
import { talkDecks } from "@/lib/content/decks";
import { getTalk, talkSlugParams } from "@/lib/content/talks";
import { pageMetadata, talkImage } from "@/lib/outputs/metadata";
import { talkStructuredData } from "@/lib/outputs/structured-data";
import { routes } from "@/lib/site/routes";
import { getAdjacentTalks } from "@/lib/site/talks";

type Props = {
  params: Promise<{ slug: string }>;
};

// Every talk is generated at build; any other slug is a 404, never rendered on demand.
export const dynamicParams = false;

export const generateStaticParams = talkSlugParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const talk = getTalk(slug);
  if (!talk) return {};
  return pageMetadata({
    title: talk.title,
    description: talk.summary,
    path: routes.talk(talk.slug),
    type: "article",
    image: talkImage(talk),
    oembed: { path: routes.talkOembed(talk.slug), title: talk.title },
  });
}

export default async function TalkPage({ params }: Props) {
  const { slug } = await params;
  const talk = getTalk(slug);
  if (!talk) notFound();
  return (
    <>
      <JsonLd data={talkStructuredData(talk, { imagePath: talkImage(talk).path })} />
      <TalkArticle talk={talk} {...getAdjacentTalks(slug)} decks={await talkDecks(talk)} />
    </>
  );
}
