import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { SlideDeck } from "@/components/slides/slide-deck";
import { deckSources, getDeck } from "@/lib/content/decks";
import { pageMetadata, talkImage } from "@/lib/outputs/metadata";
import { routes } from "@/lib/site/routes";

type Props = {
  params: Promise<{ slug: string; event: string }>;
};

export const dynamicParams = false;

// With output: "export", Next refuses a dynamic route whose generateStaticParams is empty, as
// it is when no event has a PDF deck of its own. This placeholder is then the one page; it is
// not found (no talk's slug starts with "_"), and scripts/build/remove-client-runtime.mjs deletes
// what the export writes for it.
export const NO_EVENT_DECK = { slug: "_no-pdf-deck", event: "none" };

/** An event's own deck, when it is a PDF of the site's and not the talk's. */
async function sourceOf(params: Props["params"]) {
  const { slug, event } = await params;
  return deckSources().find((source) => source.talk.slug === slug && source.eventSlug === event);
}

export function generateStaticParams() {
  const pages = deckSources().flatMap((source) =>
    source.eventSlug ? [{ slug: source.talk.slug, event: source.eventSlug }] : [],
  );
  return pages.length > 0 ? pages : [NO_EVENT_DECK];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await sourceOf(params);
  if (!source?.event) return {};
  const deck = await getDeck(source);
  return pageMetadata({
    title: `Slides at ${source.event.name}: ${source.talk.title}`,
    description: `All ${deck.slides.length} slides of “${source.talk.title}” as used at ${source.event.name}, each with its text and a link of its own.`,
    path: routes.slides(source.talk.slug, source.eventSlug),
    type: "article",
    image: talkImage(source.talk),
  });
}

export default async function EventSlidesPage({ params }: Props) {
  const source = await sourceOf(params);
  if (!source) notFound();
  return <SlideDeck source={source} deck={await getDeck(source)} />;
}
