import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { SlideDeck } from "@/components/slides/slide-deck";
import { deckSources, getDeck } from "@/lib/content/decks";
import { pageMetadata, talkImage } from "@/lib/outputs/metadata";
import { routes } from "@/lib/site/routes";

type Props = {
  params: Promise<{ slug: string }>;
};

export const dynamicParams = false;

/** The talks whose own deck is a PDF of the site's. */
function sourceOf(slug: string) {
  return deckSources().find((source) => source.talk.slug === slug && !source.event);
}

// With output: "export", Next refuses a dynamic route whose generateStaticParams is empty, as
// it is when no talk has a PDF deck (the seed's case). This placeholder is then the one page;
// it is not found (no talk's slug starts with "_"), and scripts/build/remove-client-runtime.mjs deletes
// what the export writes for it.
export const NO_TALK_DECK = { slug: "_no-pdf-deck" };

export function generateStaticParams() {
  const pages = deckSources()
    .filter((source) => !source.event)
    .map((source) => ({ slug: source.talk.slug }));
  return pages.length > 0 ? pages : [NO_TALK_DECK];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = sourceOf((await params).slug);
  if (!source) return {};
  const deck = await getDeck(source);
  return pageMetadata({
    title: `Slides: ${source.talk.title}`,
    description: `All ${deck.slides.length} slides of “${source.talk.title}”, each with its text and a link of its own.`,
    path: routes.slides(source.talk.slug, source.eventSlug),
    type: "article",
    image: talkImage(source.talk),
  });
}

export default async function TalkSlidesPage({ params }: Props) {
  const source = sourceOf((await params).slug);
  if (!source) notFound();
  return <SlideDeck source={source} deck={await getDeck(source)} />;
}
