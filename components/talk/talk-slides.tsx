import { SlidePicture } from "@/components/slides/slide-picture";
import { ArrowRightIcon } from "@/components/ui/icons";
import { Section } from "@/components/ui/section";
import { SmartLink } from "@/components/ui/smart-link";
import type { DeckView } from "@/lib/content/decks";
import { parseDeck } from "@/lib/content/embeds";
import type { Talk } from "@/lib/content/load-talks";
import { siteNameOf } from "@/lib/site/event-facets";
import { routes } from "@/lib/site/routes";

import { DeckViewer } from "./embed-frames";
import { SlidesLink } from "./talk-links";

type Props = {
  talk: Talk;
  /** The talk's PDF decks, rendered at build: the talk's own shows its first slide as the viewer's poster. */
  decks: readonly DeckView[];
};

/** The talk's own deck in a viewer, and, for a PDF, a link to its slides page. Nothing when the talk has no deck. */
export function TalkSlides({ talk, decks }: Props) {
  const deck = talk.slides ? parseDeck(talk.slides) : undefined;
  if (!deck || !talk.slides) return null;
  const slidePages = decks.find((view) => !view.source.event);
  const firstSlide = slidePages?.deck.slides[0];

  return (
    <Section id="slides" title="Slides">
      <div className="mt-4">
        <DeckViewer
          embed={deck}
          href={talk.slides}
          title={talk.title}
          firstSlide={
            slidePages && firstSlide ? (
              <SlidePicture
                hash={slidePages.deck.hash}
                slide={firstSlide}
                sizes="(min-width: 48rem) 46rem, calc(100vw - 2.5rem)"
                className="size-full object-contain"
              />
            ) : undefined
          }
        />
      </div>
      {/* Where the deck itself lives: the host that shows it, or the PDF file, opened by the browser. */}
      <p className="mt-4">
        <SlidesLink
          href={talk.slides}
          className="inline-flex items-center gap-2 font-semibold text-accent hover:underline"
        >
          {deck.kind === "pdf" ? "The PDF" : `Open them on ${siteNameOf(talk.slides)}`}
        </SlidesLink>
      </p>
      {slidePages ? (
        <p className="mt-4">
          <SmartLink
            href={routes.slides(slidePages.source.talk.slug, slidePages.source.eventSlug)}
            className="inline-flex items-center gap-2 font-semibold text-accent hover:underline"
          >
            All {slidePages.deck.slides.length} slides, with their text <ArrowRightIcon />
          </SmartLink>
        </p>
      ) : null}
    </Section>
  );
}
